package de.kjchessen.site.events;

import de.kjchessen.site.support.GeneratedSite;
import de.kjchessen.site.support.Project;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Termine: each event has a page and an .ics file that ical4j (a second, independent iCalendar implementation)
 * reads back with the header's dates, place and link; the list splits upcoming and past at the build day.
 */
class EventsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static GeneratedSite site;
    static List<Project.Source> termine;
    static String host = Project.host();

    @BeforeAll
    static void load() {
        site = GeneratedSite.built();
        termine = Project.published("termin");
        assertFalse(termine.isEmpty(), "kein Termin in content/termine");
    }

    @Test
    void firstTerminIsTheTagDerKommunalenJobcenter2018InBerlin() {
        Project.Source tag = termine.stream().filter(t -> t.rel().equals("termine/2018-11-26-tag-der-kommunalen-jobcenter.md"))
                .findFirst().orElseThrow();
        assertEquals("2018-11-26", tag.get("start"));
        assertEquals("2018-11-27", tag.get("end"));
        assertEquals("Berlin", tag.get("location")); // the only place the source (HLT, 26.11.2018) names
        Document page = site.pages().get(tag.page());
        assertEquals("26. und 27. November 2018", page.selectFirst("main time").text());
        assertEquals("2018-11-26", page.selectFirst("main time").attr("datetime"));
    }

    @Test
    void everyTerminHasAnIcsFileThatIcal4jReadsBack() throws Exception {
        for (Project.Source t : termine) {
            Document page = site.pages().get(t.page());
            assertNotNull(page, t.rel());
            Element download = page.selectFirst("a[href$=.ics]");
            assertNotNull(download, t.rel() + ": Link auf die Kalenderdatei fehlt");
            Path ics = site.root().resolve(download.attr("href").substring(1));
            assertEquals(t.page().replace(".html", ".ics"), site.relative(ics));

            Calendar cal;
            try (Reader r = Files.newBufferedReader(ics, StandardCharsets.UTF_8)) {
                cal = new CalendarBuilder().build(r);
            }
            cal.validate();
            assertEquals("2.0", cal.getProperty(Property.VERSION).orElseThrow().getValue());
            List<VEvent> events = cal.getComponents(Component.VEVENT);
            assertEquals(1, events.size(), t.rel());
            VEvent e = events.get(0);
            VTimeZone tz = (VTimeZone) cal.getComponents(Component.VTIMEZONE).get(0);
            assertEquals("Europe/Berlin", tz.getProperty(Property.TZID).orElseThrow().getValue());
            assertEquals(t.get("title"), e.getProperty(Property.SUMMARY).orElseThrow().getValue());
            assertEquals(t.get("location"), e.getProperty(Property.LOCATION).orElseThrow().getValue());
            assertEquals(host + t.url(), e.getProperty(Property.URL).orElseThrow().getValue());
            assertTrue(e.getProperty(Property.UID).orElseThrow().getValue().endsWith("@" + host.replaceFirst("https?://", "")));
            assertNotNull(e.getProperty(Property.DTSTAMP).orElse(null), "DTSTAMP ist Pflicht (RFC 5545)");

            DateProperty<?> start = e.getProperty(Property.DTSTART).map(p -> (DateProperty<?>) p).orElseThrow();
            DateProperty<?> end = e.getProperty(Property.DTEND).map(p -> (DateProperty<?>) p).orElseThrow();
            String endValue = t.get("end").isEmpty() ? t.get("start") : t.get("end");
            if (t.get("start").length() == 10) {
                assertEquals("DATE", start.getParameter(Parameter.VALUE).orElseThrow().getValue(), t.rel());
                assertEquals(LocalDate.parse(t.get("start")), start.getDate());
                assertEquals(LocalDate.parse(endValue).plusDays(1), end.getDate(), "DTEND ist der Tag nach dem letzten Tag");
            } else {
                assertEquals("Europe/Berlin", start.getParameter(Parameter.TZID).orElseThrow().getValue(), t.rel());
                assertEquals(local(t.get("start")), berlin(start.getDate()));
                assertEquals(local(endValue), berlin(end.getDate()));
            }
        }
    }

    @Test
    void onlyUpcomingTermineOfferTheCalendarFileAsTheirMainAction() {
        LocalDate buildDay = LocalDate.parse(site.pages().get("termine/index.html").selectFirst("[data-build-date]")
                .attr("datetime"));
        for (Project.Source t : termine) {
            Document page = site.pages().get(t.url().substring(1));
            boolean past = lastDay(t).isBefore(buildDay);
            assertEquals(!past, page.selectFirst("p.kalender a[href$=.ics]") != null, t.url());
            assertNotNull(page.selectFirst("main a[href$=.ics]"), t.url() + ": die Kalenderdatei bleibt verlinkt");
            assertEquals(past, page.selectFirst("main").text().contains("Dieser Termin ist vorbei."), t.url());
        }
    }

    @Test
    void listSplitsUpcomingAndPastAtTheBuildDay() {
        Document list = site.pages().get("termine/index.html");
        LocalDate buildDay = LocalDate.parse(list.selectFirst("[data-build-date]").attr("datetime"));
        LocalDate today = LocalDate.now(BERLIN);
        assertTrue(!buildDay.isAfter(today) && !buildDay.isBefore(today.minusDays(1)),
                "Die Einteilung muss beim Bauen berechnet sein (Stand " + buildDay + ", heute " + today + ")");
        Comparator<Project.Source> byStart = Comparator.comparing(s -> s.get("start"));
        List<String> upcoming = termine.stream().filter(t -> !lastDay(t).isBefore(buildDay)).sorted(byStart)
                .map(Project.Source::url).toList();
        List<String> past = termine.stream().filter(t -> lastDay(t).isBefore(buildDay)).sorted(byStart.reversed())
                .map(Project.Source::url).toList();
        assertEquals(upcoming, list.select("section[aria-labelledby=kommende] .eintraege--termine a").eachAttr("href"));
        assertEquals(past, list.select("section[aria-labelledby=vergangene] .eintraege--termine a").eachAttr("href"));
        assertTrue(past.contains("/termine/2018-11-26-tag-der-kommunalen-jobcenter.html"), "2018 liegt in der Vergangenheit");
        if (upcoming.isEmpty()) {
            assertTrue(list.selectFirst("section[aria-labelledby=kommende]").text().contains("keine Termine"));
        }
    }

    static LocalDate lastDay(Project.Source t) {
        String end = t.get("end").isEmpty() ? t.get("start") : t.get("end");
        return LocalDate.parse(end.substring(0, 10));
    }

    static LocalDateTime local(String value) {
        return LocalDateTime.parse(value.replace(' ', 'T'));
    }

    static LocalDateTime berlin(Temporal t) {
        return ZonedDateTime.from(t).withZoneSameInstant(BERLIN).toLocalDateTime();
    }
}
