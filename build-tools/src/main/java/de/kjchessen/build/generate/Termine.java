package de.kjchessen.build.generate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

/** Splits the Termine into upcoming (soonest first) and past (latest first) for a given day. */
public final class Termine {

    public static final ZoneId BERLIN = de.kjchessen.build.BuildClock.BERLIN;

    private Termine() {
    }

    public record Plan(List<Termin> upcoming, List<Termin> past) {
    }

    /** The day of the build in Berlin ({@link de.kjchessen.build.BuildClock}): "upcoming" and "past" are decided when the site is baked. */
    public static LocalDate buildDay() {
        return de.kjchessen.build.BuildClock.today();
    }

    public static Plan split(List<Termin> termine, LocalDate today) {
        Comparator<Termin> byStart = Comparator.comparing((Termin t) -> t.start().sortKey()).thenComparing(Termin::title);
        List<Termin> upcoming = termine.stream().filter(t -> !t.isPast(today)).sorted(byStart).toList();
        List<Termin> past = termine.stream().filter(t -> t.isPast(today)).sorted(byStart.reversed()).toList();
        return new Plan(upcoming, past);
    }
}
