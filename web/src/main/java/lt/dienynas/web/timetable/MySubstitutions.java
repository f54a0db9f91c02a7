package lt.dienynas.web.timetable;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.journal.SubstitutedLesson;
import lt.dienynas.journal.SubstitutionService;
import lt.dienynas.shared.SchoolClock;

/** The lessons the teacher gives as a substitute in the week shown on their timetable. */
@Named
@RequestScoped
public class MySubstitutions {
  @Inject private SubstitutionService substitutions;
  @Inject private SchoolClock clock;

  private List<SubstitutedLesson> lessons;

  /** The week (Monday to Sunday) of the date, or of today. */
  public List<SubstitutedLesson> of(LocalDate date) {
    if (lessons == null) {
      LocalDate monday = (date == null ? clock.today() : date).with(DayOfWeek.MONDAY);
      lessons = substitutions.mine(monday, monday.plusDays(6));
    }
    return lessons;
  }
}
