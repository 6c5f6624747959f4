package de.kjchessen.build;

import de.kjchessen.build.generate.TerminText;
import de.kjchessen.build.generate.Zeitpunkt;

import java.util.Map;

/**
 * Adds the display fields of a Termin to its document when it is parsed, so that every template (the
 * Termin page and the lists) shows the same German date text: {@code termin_wann} and {@code termin_beginn};
 * {@code termin_vorbei} says whether it is over on the build day (the page then no longer offers the calendar
 * file as its main action).
 */
final class TerminFields {

    private TerminFields() {
    }

    static void add(Map<String, Object> doc) {
        Zeitpunkt start = Zeitpunkt.parse(String.valueOf(doc.get("start"))).orElse(null);
        if (start == null) {
            return; // the validator has already reported it; the bake then fails in SiteGenerators
        }
        Zeitpunkt end = doc.get("end") == null ? null : Zeitpunkt.parse(String.valueOf(doc.get("end"))).orElse(null);
        doc.put("termin_wann", TerminText.wann(start, end));
        doc.put("termin_beginn", TerminText.isoStart(start));
        doc.put("termin_vorbei", de.kjchessen.build.generate.Termin.of(doc).isPast(BuildClock.today()));
    }
}
