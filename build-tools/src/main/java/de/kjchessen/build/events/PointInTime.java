package de.kjchessen.build.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start or end of a Termin as the Redaktion writes it: a day ("2018-11-26") or a day with a time in
 * Berlin local time ("2018-11-26 10:00"). A day without a time means the whole day.
 */
public record PointInTime(LocalDate day, LocalTime time) {

    private static final Pattern FORM = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}:\\d{2}))?");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    /** Parses "JJJJ-MM-TT" or "JJJJ-MM-TT HH:MM"; empty when the value has another form or names no real day/time. */
    public static Optional<PointInTime> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1), DAY);
            LocalTime time = m.group(2) == null ? null : LocalTime.parse(m.group(2), TIME);
            return Optional.of(new PointInTime(day, time));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean hasTime() {
        return time != null;
    }

    /** For ordering: a whole day counts from its first minute. */
    public LocalDateTime sortKey() {
        return day.atTime(time == null ? LocalTime.MIN : time);
    }
}
