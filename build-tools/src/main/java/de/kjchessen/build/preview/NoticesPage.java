package de.kjchessen.build.preview;

import de.kjchessen.build.Problem;

import java.util.List;

/** The notices of the last build (/__vorschau/hinweise/), each linked to its explanation in the handbook. */
final class NoticesPage {

    private NoticesPage() {
    }

    static String render(List<Problem> notices, Handbook handbook) {
        StringBuilder sb = new StringBuilder("<h1>Hinweise der Prüfung</h1>\n");
        if (notices.isEmpty()) {
            sb.append("<p>Die letzte Prüfung hat keine Hinweise gefunden.</p>\n");
        } else {
            sb.append("<p>Hinweise halten die Vorschau nicht an. Prüfen Sie die Stellen trotzdem; ")
              .append("jede Meldung nennt Datei, Zeile und was zu tun ist.</p>\n");
            ErrorPage.list(sb, notices, handbook, "vorschau-meldungen");
        }
        sb.append("<p><a href=\"/\">Zur Startseite der Vorschau</a></p>\n");
        return PreviewPage.render("Vorschau: Hinweise", sb.toString());
    }
}
