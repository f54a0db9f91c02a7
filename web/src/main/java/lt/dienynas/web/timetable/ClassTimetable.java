package lt.dienynas.web.timetable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.timetable.TimetableService;

/** A class's week for its class teacher and the admin (§21.2, §18.8). */
@Named
@RequestScoped
public class ClassTimetable {
  @Inject private SchoolClock clock;

  @Inject private TimetableService timetable;

  private Long schoolClass;
  private LocalDate date;
  private WeekGrid week;

  public void load() {
    if (date == null) {
      date = clock.today();
    }
    week = new WeekGrid(timetable.ofClass(schoolClass, date));
  }

  public WeekGrid getWeek() {
    return week;
  }

  public Long getSchoolClass() {
    return schoolClass;
  }

  public void setSchoolClass(Long schoolClass) {
    this.schoolClass = schoolClass;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
