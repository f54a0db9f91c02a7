package lt.dienynas.journal;

import static lt.dienynas.testing.JournalSchool.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A lesson saved against what its form loaded (#23): what someone else wrote meanwhile survives a
 * stale form's save, and a field or cell both changed is refused with who changed it and its value
 * now, storing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StaleLessonSaveIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);
  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("stale-lesson-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB JournalService journal;

  private Fixtures fx;

  @BeforeEach
  void setUp() {
    fx = new Fixtures(em, tx);
  }

  @Test
  void aStaleFormKeepsWhatOthersChangedAndRefusesAClash() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 3);
    Lesson lesson = school.lesson(DAY, 1);
    List<Student> s = school.students;
    long id = lesson.getId();
    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              id,
              new LessonRecord("Tema", "Nd 1", null, null, null, false),
              AssessmentKind.CLASSWORK,
              null,
              cells(s.get(0), "6", s.get(1), "7"));
          return null;
        });
    LoadedLesson stale = as(school.teacherAccount, () -> loaded(school, id));

    // meanwhile: topic, homework, a mark and an absence, through the service's old door (the API's)
    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              id,
              new LessonRecord("Nauja tema", "Nd 2", null, null, null, false),
              AssessmentKind.CLASSWORK,
              null,
              cells(s.get(0), "9", s.get(2), "n"));
          return null;
        });

    // the stale form changes one other mark only: nothing of the above is reverted
    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              id,
              stale,
              stale.record(),
              AssessmentKind.CLASSWORK,
              null,
              typed(stale, s.get(1), "8"));
          return null;
        });
    JournalMonth now = as(school.teacherAccount, () -> month(school));
    assertEquals("Nauja tema", now.lessons().get(0).topic());
    assertEquals("Nd 2", now.lessons().get(0).homework());
    assertEquals("9", now.cell(id, s.get(0).getId()).notation());
    assertEquals("8", now.cell(id, s.get(1).getId()).notation());
    assertEquals("n", now.cell(id, s.get(2).getId()).notation());

    // a clash on a cell and on the topic: refused, named, nothing stored
    LoadedLesson stale2 = as(school.teacherAccount, () -> loaded(school, id));
    as(
        school.teacherAccount,
        () -> {
          journal.saveLesson(
              id,
              new LessonRecord("Trečia tema", "Nd 2", null, null, null, false),
              AssessmentKind.CLASSWORK,
              null,
              cells(s.get(1), "5"));
          return null;
        });
    Map<Long, String> mine = typed(stale2, s.get(1), "10");
    mine.put(s.get(0).getId(), "4");
    StaleLessonException refused =
        assertThrows(
            StaleLessonException.class,
            () ->
                as(
                    school.teacherAccount,
                    () -> {
                      journal.saveLesson(
                          id,
                          stale2,
                          new LessonRecord("Mano tema", "Nd 2", null, null, null, false),
                          AssessmentKind.CLASSWORK,
                          null,
                          mine);
                      return null;
                    }));
    Map<String, JournalConflict> byField = new HashMap<>();
    for (JournalConflict c : refused.conflicts()) {
      byField.put(c.isCell() ? "cell" + c.studentId() : c.field(), c);
    }
    assertEquals(2, refused.conflicts().size(), refused.conflicts().toString());
    JournalConflict cell = byField.get("cell" + s.get(1).getId());
    assertEquals("5", cell.current());
    assertEquals(
        school.teacher.getFirstName() + " " + school.teacher.getLastName(), cell.changedBy());
    assertEquals("Trečia tema", byField.get("topic").current());
    assertNull(byField.get("cell" + s.get(0).getId()));

    JournalMonth after = as(school.teacherAccount, () -> month(school));
    assertEquals("Trečia tema", after.lessons().get(0).topic());
    assertEquals("9", after.cell(id, s.get(0).getId()).notation(), "nothing of a refused save");
    assertEquals("5", after.cell(id, s.get(1).getId()).notation());
  }

  @Test
  void aSaveAgainstTheLoadedLessonIsRefusedToWhoMayNotWriteIt() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 1);
    JournalSchool other = JournalSchool.of(fx, em, 6, 1);
    Lesson lesson = school.lesson(DAY, 2);
    long id = lesson.getId();
    LoadedLesson loaded = as(school.teacherAccount, () -> loaded(school, id));
    Map<Long, String> cells = typed(loaded, school.students.get(0), "9");
    LessonRecord record = LessonRecord.topic("Svetima tema");
    Fixtures.Account deputy = fx.account(fx.staff("Dalia", "Pavaduotoja", Role.DEPUTY));
    // a teacher of another class, the class teacher who teaches the class nothing: no relationship
    for (Fixtures.Account stranger : List.of(other.teacherAccount, school.classTeacherAccount)) {
      assertThrows(
          AccessDeniedException.class,
          () ->
              as(
                  stranger,
                  () -> {
                    journal.saveLesson(id, loaded, record, AssessmentKind.CLASSWORK, null, cells);
                    return null;
                  }));
    }
    // the deputy reads every journal but writes no lesson
    assertThrows(
        EJBAccessException.class,
        () ->
            as(
                deputy,
                () -> {
                  journal.saveLesson(id, loaded, record, AssessmentKind.CLASSWORK, null, cells);
                  return null;
                }));
    JournalMonth month = as(school.teacherAccount, () -> month(school));
    assertNull(month.lessons().get(0).topic());
    assertEquals("", month.cell(id, school.students.get(0).getId()).notation());
  }

  private JournalMonth month(JournalSchool school) {
    return journal.month(school.classGroup.getId(), school.subject.getId(), OCTOBER);
  }

  /** What the grid loads: the record and every student's cell as written. */
  private LoadedLesson loaded(JournalSchool school, long lessonId) {
    JournalMonth month = month(school);
    Map<Long, String> cells = new HashMap<>();
    for (JournalStudent student : month.students()) {
      cells.put(student.id(), month.cell(lessonId, student.id()).notation());
    }
    return new LoadedLesson(month.lessons().get(0).record(), cells);
  }

  /** The loaded cells with one changed, as the grid submits them. */
  private static Map<Long, String> typed(LoadedLesson loaded, Student student, String text) {
    Map<Long, String> cells = new LinkedHashMap<>(loaded.cells());
    cells.put(student.getId(), text);
    return cells;
  }

  private static Map<Long, String> cells(Object... studentsAndTexts) {
    Map<Long, String> cells = new LinkedHashMap<>();
    for (int i = 0; i < studentsAndTexts.length; i += 2) {
      cells.put(((Student) studentsAndTexts[i]).getId(), (String) studentsAndTexts[i + 1]);
    }
    return cells;
  }
}
