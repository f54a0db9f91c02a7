package lt.dienynas.web.timetable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.journal.SubstitutedLesson;
import lt.dienynas.journal.SubstitutionService;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.Notices;

/**
 * Pavadavimai (§19.8, §23.16): the deputy or the DB admin gives a teacher's lessons between two
 * dates to a substitute in one action, or back to the teacher, and sees the lessons with their
 * substitutes.
 */
@Named
@ViewScoped
public class Substitutions implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private SubstitutionService substitutions;
  @Inject private SchoolClock clock;

  private List<SubstitutionService.TeacherOption> teachers;
  private Long teacher;
  private Long substitute;
  private LocalDate from;
  private LocalDate to;
  private List<SubstitutedLesson> lessons = List.of();

  public void load() {
    teachers = substitutions.teachers();
    if (from == null) {
      from = clock.today();
    }
    if (to == null) {
      to = from;
    }
    show();
  }

  /** Lists the teacher's lessons of the range. */
  public void show() {
    lessons = teacher == null ? List.of() : substitutions.ofTeacher(teacher, from, to);
  }

  /** Gives the lessons of the range to the substitute chosen. */
  public void assign() {
    int count = substitutions.assignRange(requiredTeacher(), from, to, substitute);
    show();
    Notices.info("substitution.assigned", count);
  }

  /** Gives the lessons of the range back to the teacher. */
  public void clear() {
    int count = substitutions.assignRange(requiredTeacher(), from, to, null);
    show();
    Notices.info("substitution.cleared", count);
  }

  private long requiredTeacher() {
    if (teacher == null) {
      throw new lt.dienynas.shared.BusinessException("api.badValue", "teacher");
    }
    return teacher;
  }

  public List<SubstitutionService.TeacherOption> getTeachers() {
    return teachers;
  }

  public Long getTeacher() {
    return teacher;
  }

  public void setTeacher(Long teacher) {
    this.teacher = teacher;
  }

  public Long getSubstitute() {
    return substitute;
  }

  public void setSubstitute(Long substitute) {
    this.substitute = substitute;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public List<SubstitutedLesson> getLessons() {
    return lessons;
  }
}
