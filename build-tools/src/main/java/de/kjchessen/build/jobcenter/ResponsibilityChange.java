package de.kjchessen.build.jobcenter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A change of the Jobcenter responsible for one Gemeinde, as seen on the build day: one that lies ahead is
 * announced ("Ab …"), one in the past is named for a year ("Seit …") and then no more.
 *
 * @param ab      the first day the new Jobcenter is responsible
 * @param bisher  the Jobcenter responsible before that day (the Kreis's)
 * @param neu     the Jobcenter responsible from that day on
 * @param upcoming true if {@code ab} lies after the build day
 */
public record ResponsibilityChange(LocalDate ab, JobCentre bisher, JobCentre neu, boolean upcoming) {

    /** How long a past change is still named ("Seit …"). */
    static final java.time.Period NAMED_FOR = java.time.Period.ofYears(1);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.GERMAN);

    /** The change to show on {@code day}, or null if there is none to show (no change, or older than a year). */
    static ResponsibilityChange am(LocalDate ab, JobCentre bisher, JobCentre neu, LocalDate day) {
        if (ab.isAfter(day)) {
            return new ResponsibilityChange(ab, bisher, neu, true);
        }
        return day.isBefore(ab.plus(NAMED_FOR)) ? new ResponsibilityChange(ab, bisher, neu, false) : null;
    }

    private String sinceOrFrom() {
        return (upcoming ? "Ab " : "Seit ") + ab.format(DATE);
    }

    /** For a Gemeinde: "Seit 2. Januar 2026 zuständig: Jobcenter Hanau (vorher: …)." (names need no article) */
    public String sentence() {
        return sinceOrFrom() + " zuständig: " + neu.finderName() + (upcoming ? " (bis dahin: " : " (vorher: ") + bisher.finderName() + ").";
    }

    /**
     * Short form for the Gemeinde's entry in the lists, next to the link to the Jobcenter responsible today
     * (the lists name areas): "Seit 2. Januar 2026; vorher: Main-Kinzig-Kreis." / "Ab 2. Januar 2026: Stadt Hanau."
     */
    public String shortForm() {
        return upcoming ? sinceOrFrom() + ": " + neu.areaLabel() + "." : sinceOrFrom() + "; vorher: " + bisher.areaLabel() + ".";
    }

    /** For the page of the Jobcenter that takes the Gemeinde over. */
    public String sentenceForNew(String gemeinde) {
        return sinceOrFrom() + " ist dieses Jobcenter für " + gemeinde + " zuständig" + (upcoming ? " (bis dahin: " : " (vorher: ")
                + bisher.finderName() + ").";
    }

    /** For the page of the Jobcenter that hands the Gemeinde over. */
    public String sentenceForPrevious(String gemeinde) {
        return sinceOrFrom() + " ist für " + gemeinde + " ein anderes Jobcenter zuständig: " + neu.finderName() + ".";
    }
}
