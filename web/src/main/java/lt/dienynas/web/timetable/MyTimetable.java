package lt.dienynas.web.timetable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.journal.JournalLink;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.timetable.NewTimetableSlot;
import lt.dienynas.timetable.TimetableService;
import lt.dienynas.web.faces.Notices;

/** A teacher's own timetable: their week, and entering or ending their weekly lessons. */
@Named
@ViewScoped
public class MyTimetable implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  @Inject private TimetableService timetable;
  @Inject private JournalService journal;

  private LocalDate date;
  private WeekGrid week;
  private List<JournalLink> taught;

  private String groupAndSubject;
  private DayOfWeek weekday = DayOfWeek.MONDAY;
  private int lessonNumber = 1;
  private String room;
  private LocalDate validFrom;

  public void load() {
    if (date == null) {
      date = clock.today();
    }
    if (validFrom == null) {
      validFrom = date;
    }
    week = new WeekGrid(timetable.mine(date));
    taught =
        journal.myJournals(date).stream()
            .filter(l -> l.relation() == JournalLink.Relation.TEACHES)
            .toList();
  }

  /** Enters a weekly lesson; a clash comes back as a message and nothing is stored. */
  public void add() {
    if (groupAndSubject == null || !groupAndSubject.matches("\\d+:\\d+")) {
      throw new BusinessException("timetable.unknown");
    }
    String[] ids = groupAndSubject.split(":");
    timetable.add(
        new NewTimetableSlot(
            Long.parseLong(ids[0]),
            Long.parseLong(ids[1]),
            null,
            weekday,
            lessonNumber,
            room,
            validFrom));
    load();
    Notices.info("timetable.added");
  }

  /**
   * The weekly lesson is no longer given from the date shown, if it is still as the page loaded it
   * ({@code version}); otherwise nothing changes, the week is shown as it is now and the message
   * says what the lesson is now.
   */
  public void end(long slotId, int version) {
    try {
      timetable.end(slotId, date, version);
    } catch (StaleWriteException e) {
      load();
      throw e;
    }
    load();
    Notices.info("timetable.ended");
  }

  public DayOfWeek[] getWeekdays() {
    return new DayOfWeek[] {
      DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY
    };
  }

  public WeekGrid getWeek() {
    return week;
  }

  public List<JournalLink> getTaught() {
    return taught;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getGroupAndSubject() {
    return groupAndSubject;
  }

  public void setGroupAndSubject(String groupAndSubject) {
    this.groupAndSubject = groupAndSubject;
  }

  public DayOfWeek getWeekday() {
    return weekday;
  }

  public void setWeekday(DayOfWeek weekday) {
    this.weekday = weekday;
  }

  public int getLessonNumber() {
    return lessonNumber;
  }

  public void setLessonNumber(int lessonNumber) {
    this.lessonNumber = lessonNumber;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }
}
