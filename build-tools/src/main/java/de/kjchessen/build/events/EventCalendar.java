package de.kjchessen.build.events;

import de.kjchessen.build.BuildClock;
import de.kjchessen.build.SiteUrls;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.TimeZone;

/**
 * Writes one Termin as an iCalendar file (RFC 5545) with biweekly. A Termin with times is written in the
 * time zone Europe/Berlin (TZID plus its VTIMEZONE); a Termin of whole days uses DATE values, and its
 * DTEND is the day after the last day (RFC 5545: DTEND is exclusive).
 */
public final class EventCalendar {

    private static final TimeZone BERLIN = TimeZone.getTimeZone(BuildClock.BERLIN);

    private EventCalendar() {
    }

    /**
     * @param host  the site's base URL ("https://www.example.de"), for UID and URL
     * @param stamp DTSTAMP: when the file was made
     */
    public static String write(Event termin, String host, String producer, Instant stamp) {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//" + producer + "//Termine//DE");
        ical.setMethod(Method.publish());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(BERLIN, berlin()));

        VEvent event = new VEvent();
        event.setUid(uid(termin, host));
        event.setDateTimeStamp(Date.from(stamp));
        event.setSummary(termin.title()).setLanguage("de");
        if (!termin.description().isEmpty()) {
            event.setDescription(termin.description());
        }
        if (!termin.location().isEmpty()) {
            event.setLocation(termin.location());
        }
        event.setUrl(host + SiteUrls.ofUri(termin.uri()));
        PointInTime start = termin.start();
        if (start.hasTime()) {
            event.setDateStart(new DateStart(at(start.day(), start.time()), true));
            if (termin.end() != null) {
                event.setDateEnd(new DateEnd(at(termin.end().day(), termin.end().time()), true));
            }
        } else {
            event.setDateStart(new DateStart(day(start.day()), false));
            event.setDateEnd(new DateEnd(day(termin.lastDay().plusDays(1)), false));
        }
        ical.addEvent(event);
        return Biweekly.write(ical).version(ICalVersion.V2_0).go();
    }

    /** Stable across builds, so a calendar app updates the event instead of adding it twice. */
    static String uid(Event termin, String host) {
        String name = termin.uri().replaceAll("\\.html$", "").replace('/', '-');
        return name + "@" + host.replaceFirst("^https?://", "").replaceAll("/.*$", "");
    }

    private static ICalDate at(LocalDate day, LocalTime time) {
        return new ICalDate(Date.from(day.atTime(time).atZone(BuildClock.BERLIN).toInstant()), true);
    }

    /** A DATE value: biweekly writes its components as they are, without any time zone. */
    private static ICalDate day(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    /**
     * Europe/Berlin as a VTIMEZONE: CET (+01:00), and CEST (+02:00) from the last Sunday in March, 02:00,
     * to the last Sunday in October, 03:00 (the EU rule since 1996, as in the tz database).
     */
    static VTimezone berlin() {
        VTimezone tz = new VTimezone("Europe/Berlin");
        DaylightSavingsTime summer = new DaylightSavingsTime();
        summer.setDateStart(new DateTimeComponents(1970, 3, 29, 2, 0, 0, false));
        summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
        summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
        summer.addTimezoneName("CEST");
        summer.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
        tz.addDaylightSavingsTime(summer);
        StandardTime winter = new StandardTime();
        winter.setDateStart(new DateTimeComponents(1970, 10, 25, 3, 0, 0, false));
        winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
        winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
        winter.addTimezoneName("CET");
        winter.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
        tz.addStandardTime(winter);
        return tz;
    }
}
