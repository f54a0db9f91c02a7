package lt.dienynas.web.journal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import lt.dienynas.assessment.IntegratedLessonForm;
import lt.dienynas.assessment.IntegratedLessonService;
import lt.dienynas.journal.LessonMove;
import lt.dienynas.journal.LessonService;
import lt.dienynas.web.faces.Notices;

/**
 * A lesson's further details, opened from the journal grid: the further subjects an integrated
 * lesson counts for (§23.8), and moving the lesson to another date or lesson number with the reason
 * the class's families are told (§23.13).
 */
@Named
@ViewScoped
public class LessonDetails implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  @Inject private IntegratedLessonService integrated;
  @Inject private LessonService lessons;

  private Long lesson;
  private IntegratedLessonForm form;
  private List<Long> subjects = new ArrayList<>();
  private LocalDate moveDate;
  private Integer moveNumber;
  private String moveReason;
  private boolean exceptionalDay;

  public void load() {
    if (lesson == null) {
      return;
    }
    form = integrated.form(lesson);
    subjects = new ArrayList<>(form.chosen());
    if (moveDate == null) {
      moveDate = form.date();
      moveNumber = form.number();
    }
  }

  /** Saves the further subjects chosen. */
  public void saveSubjects() {
    integrated.integrate(lesson, new LinkedHashSet<>(subjects));
    load();
    Notices.info("lessonDetails.subjectsSaved");
  }

  /**
   * Moves the lesson and opens the grid at its new place.
   *
   * @return the journal grid of the lesson's new month
   */
  public String move() {
    lessons.move(
        lesson, form.version(), new LessonMove(moveDate, moveNumber, moveReason), exceptionalDay);
    return "/journal/grid?faces-redirect=true&group="
        + form.groupId()
        + "&month="
        + YearMonth.from(moveDate)
        + "&lesson="
        + lesson;
  }

  public boolean isBadAddress() {
    return form == null;
  }

  public IntegratedLessonForm getForm() {
    return form;
  }

  public Long getLesson() {
    return lesson;
  }

  public void setLesson(Long lesson) {
    this.lesson = lesson;
  }

  public List<Long> getSubjects() {
    return subjects;
  }

  public void setSubjects(List<Long> subjects) {
    this.subjects = subjects == null ? new ArrayList<>() : subjects;
  }

  public LocalDate getMoveDate() {
    return moveDate;
  }

  public void setMoveDate(LocalDate moveDate) {
    this.moveDate = moveDate;
  }

  public Integer getMoveNumber() {
    return moveNumber;
  }

  public void setMoveNumber(Integer moveNumber) {
    this.moveNumber = moveNumber;
  }

  public String getMoveReason() {
    return moveReason;
  }

  public void setMoveReason(String moveReason) {
    this.moveReason = moveReason;
  }

  public boolean isExceptionalDay() {
    return exceptionalDay;
  }

  public void setExceptionalDay(boolean exceptionalDay) {
    this.exceptionalDay = exceptionalDay;
  }
}
