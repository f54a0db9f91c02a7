package lt.dienynas.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.assessment.PlannedTestService;
import lt.dienynas.assessment.PlannedTestView;
import lt.dienynas.journal.JournalLink;
import lt.dienynas.journal.JournalService;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.web.faces.Notices;

/**
 * Atsiskaitomieji darbai: the teacher announces a test for a group and subject they teach and sees
 * their tests whose marks are late; with {@code class} the tests of a class (the deputy, the class
 * teacher).
 */
@Named
@ViewScoped
public class PlannedTests implements Serializable {
  @Inject private SchoolClock clock;

  @Serial private static final long serialVersionUID = 1L;

  /** How far ahead the class view lists tests. */
  static final int CLASS_VIEW_DAYS = 60;

  @Inject private PlannedTestService tests;
  @Inject private JournalService journal;

  private Long schoolClass;
  private List<JournalLink> teaching = List.of();
  private List<PlannedTestView> marksLate = List.of();
  private List<PlannedTestView> classTests = List.of();
  private String target;
  private LocalDate date;
  private String description;

  /** The view action: the class's tests, or the teacher's journals and late tests. */
  public void load() {
    LocalDate today = clock.today();
    if (schoolClass != null) {
      classTests = tests.ofClass(schoolClass, today, today.plusDays(CLASS_VIEW_DAYS));
      return;
    }
    teaching =
        journal.myJournals(today).stream()
            .filter(l -> l.relation() == JournalLink.Relation.TEACHES && l.subjectId() != null)
            .toList();
    marksLate = tests.marksLateOfMine();
  }

  public void announce() {
    if (target == null || !target.matches("\\d+:\\d+")) {
      throw new BusinessException("plannedTest.groupRequired");
    }
    String[] ids = target.split(":");
    tests.announce(Long.parseLong(ids[0]), Long.parseLong(ids[1]), date, description);
    Notices.info("assessment.announced", date);
    date = null;
    description = null;
    load();
  }

  /** The earliest date a test may be announced for today. */
  public LocalDate getEarliest() {
    return clock.today().plusDays(tests.daysAhead());
  }

  public Long getSchoolClass() {
    return schoolClass;
  }

  public void setSchoolClass(Long schoolClass) {
    this.schoolClass = schoolClass;
  }

  public List<JournalLink> getTeaching() {
    return teaching;
  }

  public List<PlannedTestView> getMarksLate() {
    return marksLate;
  }

  public List<PlannedTestView> getClassTests() {
    return classTests;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
