package de.kjchessen.build.events;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** When a Termin takes place, in German as visitors read it ("26. und 27. November 2018"). */
public final class EventText {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMANY);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d. MMMM", Locale.GERMANY);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.", Locale.GERMANY);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMANY);

    private EventText() {
    }

    public static String when(PointInTime start, PointInTime end) {
        if (start.hasTime()) {
            String from = FULL.format(start.day()) + ", " + TIME.format(start.time());
            if (end == null) {
                return from + " Uhr";
            }
            if (end.day().equals(start.day())) {
                return from + " bis " + TIME.format(end.time()) + " Uhr";
            }
            return from + " Uhr bis " + FULL.format(end.day()) + ", " + TIME.format(end.time()) + " Uhr";
        }
        LocalDate first = start.day();
        LocalDate last = end == null ? first : end.day();
        if (last.equals(first)) {
            return FULL.format(first);
        }
        String joint = last.equals(first.plusDays(1)) ? " und " : " bis ";
        if (first.getYear() != last.getYear()) {
            return FULL.format(first) + joint + FULL.format(last);
        }
        if (first.getMonth() != last.getMonth()) {
            return DAY_MONTH.format(first) + joint + FULL.format(last);
        }
        return DAY.format(first) + joint + FULL.format(last);
    }

    /** The value of {@code <time datetime>} for the start: "2018-11-26" or "2018-11-26T10:00". */
    public static String isoStart(PointInTime start) {
        return start.hasTime() ? start.day() + "T" + TIME.format(start.time()) : start.day().toString();
    }
}
