package de.kjchessen.build.preview;

import de.kjchessen.build.Problem;

import java.nio.file.Path;

/**
 * What the browser shows while the site cannot be built: every message in the validator's format, so the editor
 * fixes it without looking at the terminal. The page reloads itself once the next build succeeds.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(PreviewBuild.Result result, Path root) {
        int count = result.problems().size() + result.bakeErrors().size();
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>Vorschau: ").append(count == 1 ? "1 Fehler" : count + " Fehler").append("</title>\n")
          .append("<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n")
          .append("<main id=\"inhalt\" class=\"breite vorschau-fehler\">\n")
          .append("<h1>Die Vorschau kann nicht gebaut werden</h1>\n");
        if (!result.problems().isEmpty()) {
            sb.append("<p>Die Prüfung hat ").append(result.problems().size() == 1 ? "einen Fehler"
                    : result.problems().size() + " Fehler").append(" gefunden. Jede Meldung nennt Datei, Zeile und ")
              .append("was zu tun ist. Sobald Sie die Datei gespeichert haben, lädt diese Seite neu.</p>\n<ol>\n");
            for (Problem p : result.problems()) {
                sb.append("<li><strong>").append(esc(p.line() > 0 ? p.file() + ", Zeile " + p.line() : p.file()))
                  .append(":</strong> ").append(esc(p.message())).append("</li>\n");
            }
            sb.append("</ol>\n");
        }
        if (!result.bakeErrors().isEmpty()) {
            sb.append("<p>Beim Bauen der Seiten ist ein Fehler aufgetreten, den die Prüfung nicht kennt (meist in ")
              .append("templates/). Wenden Sie sich mit dieser Meldung an die Technik:</p>\n");
            for (String e : result.bakeErrors()) {
                sb.append("<pre>").append(esc(e)).append("</pre>\n");
            }
        }
        sb.append("<p>Hilfe zu jeder Meldung: Redaktionshandbuch <code>")
          .append(esc(root.resolve("docs/redaktion.md").toString())).append("</code></p>\n")
          .append("</main>\n</body>\n</html>\n");
        return sb.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
