package de.kjchessen.build;

import de.kjchessen.build.generate.Zeitpunkt;

import java.util.List;

/** The header key {@code sperrfrist=}: a day and time in German local time, on a Pressemitteilung or Termin only. */
final class SperrfristChecker {

    private SperrfristChecker() {
    }

    static void check(String file, ContentHeaderChecker.Header h, List<Problem> out) {
        String value = h.get(Sperrfrist.KEY);
        if (value == null) {
            return;
        }
        int line = h.lines().get(Sperrfrist.KEY);
        if (!Sperrfrist.TYPES.contains(h.get("type"))) {
            out.add(Problem.error(file, line, "Eine Sperrfrist gibt es nur für Pressemitteilungen (type=post) und "
                    + "Termine (type=termin). Löschen Sie die Zeile sperrfrist=…; eine Seite, die noch nicht erscheinen "
                    + "soll, bekommt status=draft."));
        } else if (Zeitpunkt.parse(value).isEmpty()) {
            out.add(Problem.error(file, line, "Die Sperrfrist \u201E" + value + "\u201C hat nicht die Form "
                    + "JJJJ-MM-TT HH:MM (deutsche Zeit). Schreiben Sie zum Beispiel: sperrfrist=2026-12-01 10:00"));
        }
    }
}
