package de.kjchessen.build;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The one clock of the build, in Europe/Berlin: what is due (a Sperrfrist that has ended, an upcoming Termin), who
 * is responsible for a Gemeinde and which fact is due for review are all decided against it. Tests and a look
 * ahead set it with {@code -Dkjc.build.time=2026-12-01T09:00} (Berlin local time) or {@code -Dkjc.build.time=2025-12-15}
 * (a date alone: its first minute); without the property it is the real time.
 */
public final class BuildClock {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final String PROPERTY = "kjc.build.time";

    private BuildClock() {
    }

    /** The day the site is built for. */
    public static java.time.LocalDate today() {
        return now().toLocalDate();
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
