package de.kjchessen.build.generate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Upcoming and past are decided by the day given (the build day), never by hand. */
class TermineTest {

    static Termin termin(String uri, String start, String end) {
        return new Termin(uri, uri, "", Zeitpunkt.parse(start).orElseThrow(),
                end == null ? null : Zeitpunkt.parse(end).orElseThrow(), "Ort", "");
    }

    static final Termin PAST = termin("a.html", "2018-11-26", "2018-11-27");
    static final Termin RUNNING = termin("b.html", "2026-11-24", "2026-11-26");
    static final Termin TODAY = termin("c.html", "2026-11-25 18:00", null);
    static final Termin LATER = termin("d.html", "2027-01-10 10:00", "2027-01-10 12:00");
    static final Termin SOON = termin("e.html", "2026-12-01", null);

    @Test
    void splitsAtTheGivenDaySoonestFirstAndLatestPastFirst() {
        Termine.Plan plan = Termine.split(List.of(LATER, PAST, TODAY, SOON, RUNNING), LocalDate.of(2026, 11, 25));
        assertEquals(List.of(RUNNING, TODAY, SOON, LATER), plan.upcoming());
        assertEquals(List.of(PAST), plan.past());
    }

    @Test
    void aTerminBecomesPastTheDayAfterItsLastDay() {
        assertEquals(List.of(PAST), Termine.split(List.of(PAST), LocalDate.of(2018, 11, 27)).upcoming());
        assertEquals(List.of(PAST), Termine.split(List.of(PAST), LocalDate.of(2018, 11, 28)).past());
        Termine.Plan later = Termine.split(List.of(PAST, RUNNING, TODAY), LocalDate.of(2026, 11, 27));
        assertEquals(List.of(), later.upcoming());
        assertEquals(List.of(TODAY, RUNNING, PAST), later.past(), "latest start first");
    }

    @Test
    void germanDateText() {
        assertEquals("26. und 27. November 2018", TerminText.wann(PAST.start(), PAST.end()));
        assertEquals("24. bis 26. November 2026", TerminText.wann(RUNNING.start(), RUNNING.end()));
        assertEquals("25. November 2026, 18:00 Uhr", TerminText.wann(TODAY.start(), null));
        assertEquals("10. Januar 2027, 10:00 bis 12:00 Uhr", TerminText.wann(LATER.start(), LATER.end()));
        assertEquals("30. November bis 2. Dezember 2026", TerminText.wann(Zeitpunkt.parse("2026-11-30").orElseThrow(),
                Zeitpunkt.parse("2026-12-02").orElseThrow()));
        assertEquals("31. Dezember 2026 und 1. Januar 2027", TerminText.wann(Zeitpunkt.parse("2026-12-31").orElseThrow(),
                Zeitpunkt.parse("2027-01-01").orElseThrow()));
        assertEquals("2027-01-10T10:00", TerminText.isoStart(LATER.start()));
    }
}
