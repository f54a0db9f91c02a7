package lt.dienynas.web.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import lt.dienynas.calendar.CalendarFeedService.FeedEvent;
import lt.dienynas.shared.SchoolClock;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The feed's events as an iCalendar document (RFC 5545), written by ical4j. */
final class IcsWriter {
  /** A timed event (a meeting at 18:00) lasts an hour in the calendar. */
  static final Duration TIMED_LENGTH = Duration.ofHours(1);

  private IcsWriter() {}

  static String write(List<FeedEvent> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//e. dienynas//Kalendorius//LT"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (FeedEvent event : events) {
      VEvent vevent;
      if (event.time() == null) {
        vevent = new VEvent(event.date(), event.end().plusDays(1), event.summary());
      } else {
        ZonedDateTime start =
            event
                .date()
                .atTime(event.time())
                .atZone(SchoolClock.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC);
        vevent = new VEvent(start, start.plus(TIMED_LENGTH), event.summary());
      }
      vevent.add(new Uid(event.uid() + "@dienynas"));
      if (event.description() != null && !event.description().isBlank()) {
        vevent.add(new Description(event.description()));
      }
      if (event.location() != null && !event.location().isBlank()) {
        vevent.add(new Location(event.location()));
      }
      calendar.add(vevent);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
