package de.kjchessen.build.events;

import de.kjchessen.build.BuildClock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Splits the Termine into upcoming (soonest first) and past (latest first) for a given day. */
public final class Events {

    private Events() {
    }

    public record Plan(List<Event> upcoming, List<Event> past) {
    }

    /** The day of the build in Berlin ({@link BuildClock}): "upcoming" and "past" are decided when the site is baked. */
    public static LocalDate buildDay() {
        return BuildClock.today();
    }

    public static Plan split(List<Event> termine, LocalDate today) {
        Comparator<Event> byStart = Comparator.comparing((Event t) -> t.start().sortKey()).thenComparing(Event::title);
        List<Event> upcoming = termine.stream().filter(t -> !t.isPast(today)).sorted(byStart).toList();
        List<Event> past = termine.stream().filter(t -> t.isPast(today)).sorted(byStart.reversed()).toList();
        return new Plan(upcoming, past);
    }
}
