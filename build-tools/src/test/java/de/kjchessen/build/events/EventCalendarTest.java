package de.kjchessen.build.events;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calendar files written with biweekly, read back with ical4j (an independent implementation). */
class EventCalendarTest {

    static final String HOST = "https://www.example.de";

    static VEvent read(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        cal.validate();
        return (VEvent) cal.getComponents(Component.VEVENT).get(0);
    }

    @Test
    void timedTerminIsInEuropeBerlinAcrossTheSwitchToWinterTime() throws Exception {
        // 26 Oct 2025 is the switch back to CET: 10:00 is +01:00 on that day, 16:00 on the 25th is +02:00.
        Event t = new Event("termine/x.html", "Fachtag; Teil 1, Wiesbaden", "Ein Tag mit \"Zitat\"",
                PointInTime.parse("2025-10-25 16:00").orElseThrow(), PointInTime.parse("2025-10-26 10:00").orElseThrow(),
                "Rathaus, Markt 1, 65183 Wiesbaden", "https://example.org/fachtag");
        String ics = EventCalendar.write(t, HOST, "Test", Instant.parse("2025-01-01T00:00:00Z"));
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin"), ics);
        VEvent e = read(ics);
        DateProperty<?> start = (DateProperty<?>) e.getProperty(Property.DTSTART).orElseThrow();
        DateProperty<?> end = (DateProperty<?>) e.getProperty(Property.DTEND).orElseThrow();
        assertEquals("Europe/Berlin", start.getParameter(Parameter.TZID).orElseThrow().getValue());
        assertEquals(Instant.parse("2025-10-25T14:00:00Z"), ZonedDateTime.from(start.getDate()).toInstant());
        assertEquals(Instant.parse("2025-10-26T09:00:00Z"), ZonedDateTime.from(end.getDate()).toInstant());
        assertEquals("Fachtag; Teil 1, Wiesbaden", e.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("Rathaus, Markt 1, 65183 Wiesbaden", e.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("termine-x@www.example.de", e.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals(HOST + "/termine/x.html", e.getProperty(Property.URL).orElseThrow().getValue());
    }

    @Test
    void wholeDayTerminHasDateValuesAndAnExclusiveEnd() throws Exception {
        Event t = new Event("termine/y.html", "Tag", "", PointInTime.parse("2018-11-26").orElseThrow(),
                PointInTime.parse("2018-11-27").orElseThrow(), "Berlin", "");
        VEvent e = read(EventCalendar.write(t, HOST, "Test", Instant.parse("2026-11-25T00:00:00Z")));
        DateProperty<?> start = (DateProperty<?>) e.getProperty(Property.DTSTART).orElseThrow();
        DateProperty<?> end = (DateProperty<?>) e.getProperty(Property.DTEND).orElseThrow();
        assertEquals("DATE", start.getParameter(Parameter.VALUE).orElseThrow().getValue());
        assertEquals(LocalDate.of(2018, 11, 26), start.getDate());
        assertEquals(LocalDate.of(2018, 11, 28), end.getDate());
    }
}
