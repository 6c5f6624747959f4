package de.kjchessen.build.content;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.events.PointInTime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Pressemitteilung or Termin is embargoed until its {@code sperrfrist=} (Berlin time) or, without one, until the
 * first minute of its {@code date}. Until then the bake treats it as a draft: JBake's every list, tag and feed query
 * asks for status 'published', the page is written as "*-draft.html", which the post-bake step deletes and the
 * search index refuses. So an embargoed release reaches no output, by the same path a draft takes; the preview
 * shows it with the banner "Sperrfrist bis …" ({@code sperrfrist_bis}).
 */
public final class Embargo {

    /** Header key for an explicit embargo: "JJJJ-MM-TT HH:MM" (or a day: its first minute). */
    public static final String KEY = "sperrfrist";
    /** Document field the templates read for the banner, set only on embargoed documents. */
    public static final String BANNER_FIELD = "sperrfrist_bis";
    public static final Set<String> TYPES = Set.of("post", "termin");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);

    private Embargo() {
    }

    /**
     * When the document may be published: the later of the first minute of its date and its sperrfrist; empty for
     * types that have no Sperrfrist, or when neither value is usable (the validator reports that).
     */
    public static Optional<ZonedDateTime> until(String type, String sperrfrist, LocalDate date) {
        if (type == null || !TYPES.contains(type)) {
            return Optional.empty();
        }
        Optional<ZonedDateTime> byDate = Optional.ofNullable(date).map(d -> d.atStartOfDay(BuildClock.BERLIN));
        Optional<ZonedDateTime> explicit = sperrfrist == null || sperrfrist.isBlank() ? Optional.empty()
                : PointInTime.parse(sperrfrist).map(z -> z.sortKey().atZone(BuildClock.BERLIN));
        if (byDate.isPresent() && explicit.isPresent()) {
            return Optional.of(explicit.get().isAfter(byDate.get()) ? explicit.get() : byDate.get());
        }
        return explicit.isPresent() ? explicit : byDate;
    }

    /** When the page of a validated header may be published (see {@link #until(String, String, LocalDate)}). */
    public static Optional<ZonedDateTime> until(Header h) {
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(h.get("date")));
        } catch (java.time.format.DateTimeParseException e) {
            date = null;
        }
        return until(h.get("type"), h.get(KEY), date);
    }

    /** True if the validated header belongs to a document the bake at {@code now} will not publish yet. */
    public static boolean embargoed(Header h, ZonedDateTime now) {
        return until(h).filter(until -> until.isAfter(now)).isPresent();
    }

    /** "1. Dezember 2026, 10:00 Uhr", or the day alone at midnight. */
    public static String text(ZonedDateTime until) {
        String day = DAY.format(until);
        return until.toLocalTime().equals(LocalTime.MIDNIGHT) ? day : day + ", " + TIME.format(until) + " Uhr";
    }

    /**
     * Called for every document as it is parsed: an embargoed published document becomes a draft with the banner
     * field. JBake parses header dates in the JVM's default zone, so the day is read back in that zone.
     */
    public static void apply(Map<String, Object> doc, ZonedDateTime now) {
        if (!"published".equals(doc.get("status"))) {
            return;
        }
        Object rawDate = doc.get("date");
        LocalDate date = rawDate instanceof Date d ? d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate() : null;
        Object explicit = doc.get(KEY);
        until(String.valueOf(doc.get("type")), explicit == null ? null : explicit.toString(), date)
                .filter(until -> until.isAfter(now))
                .ifPresent(until -> {
                    doc.put("status", "draft");
                    doc.put(BANNER_FIELD, text(until));
                });
    }
}
