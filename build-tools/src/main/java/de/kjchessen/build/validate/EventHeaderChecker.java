package de.kjchessen.build.validate;

import de.kjchessen.build.Problem;
import de.kjchessen.build.content.Header;
import de.kjchessen.build.events.PointInTime;

import java.util.List;
import java.util.Optional;

/**
 * Extra header rules for a Termin (type=termin): start (and end) as JJJJ-MM-TT or JJJJ-MM-TT HH:MM,
 * end not before start and in the same form, and a place. Without these the event page, the list and
 * the calendar file would be wrong.
 */
final class EventHeaderChecker {

    private EventHeaderChecker() {
    }

    static void check(String file, Header h, List<Problem> out) {
        String startValue = h.get("start");
        if (startValue == null || startValue.isEmpty()) {
            out.add(Problem.error(file, 1, "Beim Termin fehlt der Beginn. Ergänzen Sie im Kopf eine Zeile "
                    + "start=JJJJ-MM-TT (ganztägig) oder start=JJJJ-MM-TT HH:MM, zum Beispiel start=2018-11-26 10:00."));
            return;
        }
        Optional<PointInTime> start = parse(file, h, "start", out);
        Optional<PointInTime> end = h.get("end") == null || h.get("end").isEmpty() ? Optional.empty() : parse(file, h, "end", out);
        if (start.isPresent() && end.isPresent()) {
            int line = h.lines().get("end");
            if (start.get().hasTime() != end.get().hasTime()) {
                out.add(Problem.error(file, line, "Beginn und Ende des Termins müssen beide eine Uhrzeit haben oder "
                        + "beide keine. Schreiben Sie zum Beispiel start=2018-11-26 10:00 und end=2018-11-26 16:00."));
            } else if (end.get().sortKey().isBefore(start.get().sortKey())) {
                out.add(Problem.error(file, line, "Das Ende des Termins (" + h.get("end") + ") liegt vor dem Beginn ("
                        + h.get("start") + "). Prüfen Sie start und end."));
            }
        }
        String location = h.get("location");
        if (location == null || location.isEmpty()) {
            out.add(Problem.error(file, 1, "Beim Termin fehlt der Ort. Ergänzen Sie im Kopf eine Zeile location=… "
                    + "mit Veranstaltungsort und Anschrift, zum Beispiel location=Bürgerhaus, Hauptstraße 1, 65183 Wiesbaden."));
        }
    }

    private static Optional<PointInTime> parse(String file, Header h, String key, List<Problem> out) {
        Optional<PointInTime> t = PointInTime.parse(h.get(key));
        if (t.isEmpty() && !ContentHeaderChecker.isDatePlaceholder(file, h.lines().get(key), key, h.get(key), out)) {
            out.add(Problem.error(file, h.lines().get(key), "Die Angabe " + key + "=" + h.get(key) + " ist kein gültiger "
                    + "Zeitpunkt. Schreiben Sie JJJJ-MM-TT (ganztägig) oder JJJJ-MM-TT HH:MM, zum Beispiel "
                    + key + "=2018-11-26 10:00."));
        }
        return t;
    }
}
