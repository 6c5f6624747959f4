package de.kjchessen.build.events;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One event (content type "termin"), read from its JBake header: start, optional end (inclusive day or
 * day and time), location, optional link. {@code uri} is JBake's output path ("termine/x.html").
 */
public record Event(String uri, String title, String description, PointInTime start, PointInTime end,
                     String location, String link) {

    public Event {
        Objects.requireNonNull(start, "start");
        if (end != null && end.hasTime() != start.hasTime()) {
            throw new IllegalArgumentException(uri + ": start and end must both have a time or both not");
        }
        if (end != null && end.sortKey().isBefore(start.sortKey())) {
            throw new IllegalArgumentException(uri + ": end is before start");
        }
    }

    /** Reads a document's header values (JBake keeps unknown header keys as strings in the model). */
    public static Event of(Map<String, Object> doc) {
        String uri = string(doc.get("uri"));
        PointInTime start = PointInTime.parse(string(doc.get("start")))
                .orElseThrow(() -> new IllegalArgumentException(uri + ": start is not JJJJ-MM-TT [HH:MM]"));
        String endValue = string(doc.get("end"));
        PointInTime end = endValue.isEmpty() ? null : PointInTime.parse(endValue)
                .orElseThrow(() -> new IllegalArgumentException(uri + ": end is not JJJJ-MM-TT [HH:MM]"));
        return new Event(uri, string(doc.get("title")), string(doc.get("description")), start, end,
                string(doc.get("location")), string(doc.get("link")));
    }

    /** The last day the event takes place on; until the end of that day it is upcoming. */
    public LocalDate lastDay() {
        return end == null ? start.day() : end.day();
    }

    public boolean isPast(LocalDate today) {
        return lastDay().isBefore(today);
    }

    /** "termine/x.html" → "termine/x.ics": the calendar file lies next to the page. */
    public String icsPath() {
        return uri.substring(0, uri.length() - ".html".length()) + ".ics";
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString().strip();
    }
}
