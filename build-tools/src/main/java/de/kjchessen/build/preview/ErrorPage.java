package de.kjchessen.build.preview;

import de.kjchessen.build.Problem;

import java.util.List;

/**
 * What the browser shows while the site cannot be built: every message in the validator's format, each linked to
 * its explanation in the handbook, so the editor fixes it without looking at the terminal. The notes of the same
 * run follow. The page reloads itself once the next build succeeds.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(PreviewBuild.Result result, Handbook handbook) {
        int count = result.problems().size() + result.bakeErrors().size();
        StringBuilder sb = new StringBuilder("<h1>Die Vorschau kann nicht gebaut werden</h1>\n");
        if (!result.problems().isEmpty()) {
            sb.append("<p>Die Prüfung hat ").append(result.problems().size() == 1 ? "einen Fehler"
                    : result.problems().size() + " Fehler").append(" gefunden. Jede Meldung nennt Datei, Zeile und ")
              .append("was zu tun ist. Sobald Sie die Datei gespeichert haben, lädt diese Seite neu.</p>\n");
            list(sb, result.problems(), handbook, "vorschau-meldungen");
        }
        if (!result.bakeErrors().isEmpty()) {
            sb.append("<p>Beim Bauen der Seiten ist ein Fehler aufgetreten, den die Prüfung nicht kennt (meist in ")
              .append("templates/). Wenden Sie sich mit dieser Meldung an die Technik:</p>\n");
            for (String e : result.bakeErrors()) {
                sb.append("<pre>").append(esc(e)).append("</pre>\n");
            }
        }
        if (!result.notices().isEmpty()) {
            sb.append("<h2>Hinweise</h2>\n<p>").append(result.notices().size() == 1 ? "Ein Hinweis hält"
                    : result.notices().size() + " Hinweise halten").append(" die Vorschau nicht an. Prüfen Sie die ")
              .append("Stellen trotzdem.</p>\n");
            list(sb, result.notices(), handbook, "vorschau-meldungen");
        }
        sb.append("<p>Was jede Meldung bedeutet, steht im <a href=\"").append(Handbook.PATH)
          .append("#").append(Handbook.ALL_MESSAGES).append("\">Redaktionshandbuch unter \u201EAlle Fehlermeldungen\u201C</a>.</p>\n");
        return PreviewPage.render("Vorschau: " + (count == 1 ? "1 Fehler" : count + " Fehler"), sb.toString());
    }

    static void list(StringBuilder sb, List<Problem> problems, Handbook handbook, String cssClass) {
        sb.append("<ol class=\"").append(cssClass).append("\">\n");
        for (Problem p : problems) {
            sb.append("<li><strong>").append(esc(p.line() > 0 ? p.file() + ", Zeile " + p.line() : p.file()))
              .append(":</strong> ").append(esc(p.message()));
            if (handbook.exists()) {
                String title = handbook.entryFor(p).map(Handbook.Entry::title).orElse("Alle Fehlermeldungen");
                sb.append(" <a href=\"").append(esc(handbook.linkFor(p))).append("\">Erklärung: ")
                  .append(esc(title)).append("</a>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n");
    }

    static String esc(String s) {
        return PreviewPage.esc(s);
    }
}
