package de.kjchessen.build.events;

import de.kjchessen.build.BuildClock;

import java.util.Map;

/**
 * Adds the display fields of a Termin to its document when it is parsed, so that every template (the
 * Termin page and the lists) shows the same German date text: {@code termin_wann} and {@code termin_beginn};
 * {@code termin_vorbei} says whether it is over on the build day (the page then no longer offers the calendar
 * file as its main action).
 */
public final class EventFields {

    private EventFields() {
    }

    public static void add(Map<String, Object> doc) {
        PointInTime start = PointInTime.parse(String.valueOf(doc.get("start"))).orElse(null);
        if (start == null) {
            return; // the validator has already reported it; the bake then fails in SiteGenerators
        }
        PointInTime end = doc.get("end") == null ? null : PointInTime.parse(String.valueOf(doc.get("end"))).orElse(null);
        doc.put("termin_wann", EventText.when(start, end));
        doc.put("termin_beginn", EventText.isoStart(start));
        doc.put("termin_vorbei", Event.of(doc).isPast(BuildClock.today()));
    }
}
