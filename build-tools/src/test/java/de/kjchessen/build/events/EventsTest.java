package de.kjchessen.build.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Upcoming and past are decided by the day given (the build day), never by hand. */
class EventsTest {

    static Event termin(String uri, String start, String end) {
        return new Event(uri, uri, "", PointInTime.parse(start).orElseThrow(),
                end == null ? null : PointInTime.parse(end).orElseThrow(), "Ort", "");
    }

    static final Event PAST = termin("a.html", "2018-11-26", "2018-11-27");
    static final Event RUNNING = termin("b.html", "2026-11-24", "2026-11-26");
    static final Event TODAY = termin("c.html", "2026-11-25 18:00", null);
    static final Event LATER = termin("d.html", "2027-01-10 10:00", "2027-01-10 12:00");
    static final Event SOON = termin("e.html", "2026-12-01", null);

    @Test
    void splitsAtTheGivenDaySoonestFirstAndLatestPastFirst() {
        Events.Plan plan = Events.split(List.of(LATER, PAST, TODAY, SOON, RUNNING), LocalDate.of(2026, 11, 25));
        assertEquals(List.of(RUNNING, TODAY, SOON, LATER), plan.upcoming());
        assertEquals(List.of(PAST), plan.past());
    }

    @Test
    void aTerminBecomesPastTheDayAfterItsLastDay() {
        assertEquals(List.of(PAST), Events.split(List.of(PAST), LocalDate.of(2018, 11, 27)).upcoming());
        assertEquals(List.of(PAST), Events.split(List.of(PAST), LocalDate.of(2018, 11, 28)).past());
        Events.Plan later = Events.split(List.of(PAST, RUNNING, TODAY), LocalDate.of(2026, 11, 27));
        assertEquals(List.of(), later.upcoming());
        assertEquals(List.of(TODAY, RUNNING, PAST), later.past(), "latest start first");
    }

    @Test
    void germanDateText() {
        assertEquals("26. und 27. November 2018", EventText.when(PAST.start(), PAST.end()));
        assertEquals("24. bis 26. November 2026", EventText.when(RUNNING.start(), RUNNING.end()));
        assertEquals("25. November 2026, 18:00 Uhr", EventText.when(TODAY.start(), null));
        assertEquals("10. Januar 2027, 10:00 bis 12:00 Uhr", EventText.when(LATER.start(), LATER.end()));
        assertEquals("30. November bis 2. Dezember 2026", EventText.when(PointInTime.parse("2026-11-30").orElseThrow(),
                PointInTime.parse("2026-12-02").orElseThrow()));
        assertEquals("31. Dezember 2026 und 1. Januar 2027", EventText.when(PointInTime.parse("2026-12-31").orElseThrow(),
                PointInTime.parse("2027-01-01").orElseThrow()));
        assertEquals("2027-01-10T10:00", EventText.isoStart(LATER.start()));
    }
}
