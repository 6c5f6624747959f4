package de.kjchessen.build;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The moment the site is built, in Europe/Berlin: what is due (a Sperrfrist that has ended, an upcoming Termin) is
 * decided against it. Tests and a look ahead set it with {@code -Dkjc.build.time=2026-12-01T09:00} (Berlin local
 * time, or a date alone for its first minute); without the property it is the real time.
 */
public final class BuildClock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final String PROPERTY = "kjc.build.time";

    private BuildClock() {
    }

    public static ZonedDateTime now() {
        String set = System.getProperty(PROPERTY);
        if (set == null || set.isBlank()) {
            return ZonedDateTime.now(BERLIN);
        }
        String value = set.strip();
        try {
            LocalDateTime local = value.length() == 10 ? java.time.LocalDate.parse(value).atStartOfDay()
                    : LocalDateTime.parse(value.replace(' ', 'T'));
            return local.atZone(BERLIN);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " muss JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM sein, nicht „" + set + "“");
        }
    }
}
