package lt.dienynas.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.MarkService;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.Role;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.JournalSchool;
import lt.dienynas.testing.WatchSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Early warnings with the school's default thresholds (8 unjustified lessons in a month; the last 5
 * ten-point marks 1.5 below the earlier ones): a crossing is told once to the class teacher and the
 * social pedagogues, with the figures; it clears when the figure goes back under, and a new
 * crossing is told again.
 */
@ExtendWith(ArquillianExtension.class)
class EarlyWarningIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("early-warning-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB EarlyWarningService warnings;
  @EJB AttendanceService attendance;
  @EJB MarkService marks;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  @Test
  void aCrossingIsToldOnceAndAgainAfterGoingBackUnderAndCrossingAgain() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    WatchSchool school = new WatchSchool(fx, em, 2042, 2);
    clock.set(LocalDate.of(2042, 10, 31));
    Student absent = school.students.get(0).get(0);
    Student falling = school.students.get(0).get(1);
    StaffMember pedagogue = fx.staff("Saulė", "Perspėjamoji", Role.SOCIAL_PEDAGOGUE);
    long classTeacher = school.classTeachers.get(0).personId();
    List<Long> ids = List.of(absent.getId(), falling.getId());

    for (int day = 1; day <= 7; day++) {
      Lesson lesson = school.lesson(0, school.maths, LocalDate.of(2042, 10, day), 1);
      school.attendance(attendance, lesson, Map.of(absent.getId(), AttendanceStatus.ABSENT));
    }
    assertTrue(warnings.studentsAfter(LocalDate.of(2042, 10, 9), 0, 100_000).containsAll(ids));
    assertEquals(0, warnings.evaluate(ids, LocalDate.of(2042, 10, 9)));

    Lesson eighth = school.lesson(0, school.maths, LocalDate.of(2042, 10, 8), 1);
    school.attendance(attendance, eighth, Map.of(absent.getId(), AttendanceStatus.ABSENT));
    assertEquals(1, warnings.evaluate(ids, LocalDate.of(2042, 10, 9)));
    assertEquals(1, notices(absent, "ABSENCES_MONTH"));
    List<String> args = args(absent, "ABSENCES_MONTH");
    assertTrue(args.get(0).contains("8") && args.get(0).contains("2042-10-01"), args.get(0));
    // to the class teacher and the school's social pedagogues (in the whole suite's database
    // there are many; which of them the test made is not the point)
    Set<Long> told = recipients(absent);
    assertTrue(told.contains(classTeacher), told::toString);
    Set<Long> pedagogues =
        em
            .createNamedQuery(StaffMember.FIND_ACTIVE_BY_ROLE, StaffMember.class)
            .setParameter("role", Role.SOCIAL_PEDAGOGUE)
            .getResultList()
            .stream()
            .map(StaffMember::getId)
            .collect(Collectors.toSet());
    assertTrue(pedagogues.contains(pedagogue.getId()));
    assertTrue(told.stream().anyMatch(pedagogues::contains), told::toString);
    assertTrue(told.stream().allMatch(id -> id == classTeacher || pedagogues.contains(id)));
    // still over the threshold: nothing new
    assertEquals(0, warnings.evaluate(ids, LocalDate.of(2042, 10, 10)));
    assertEquals(1, notices(absent, "ABSENCES_MONTH"));

    // one absence justified: 7, back under; the crossing clears
    JournalSchool.doAs(
        school.classTeachers.get(0),
        () ->
            attendance.justify(
                absent.getId(),
                LocalDate.of(2042, 10, 3),
                LocalDate.of(2042, 10, 3),
                JustificationReason.ILLNESS));
    assertEquals(0, warnings.evaluate(ids, LocalDate.of(2042, 10, 11)));
    List<EarlyWarning> rows = warningsOf(absent);
    assertEquals(1, rows.size());
    assertEquals(LocalDate.of(2042, 10, 11), rows.get(0).getClearedOn().orElseThrow());

    // crossing again: told again
    Lesson ninth = school.lesson(0, school.maths, LocalDate.of(2042, 10, 12), 1);
    school.attendance(attendance, ninth, Map.of(absent.getId(), AttendanceStatus.ABSENT));
    assertEquals(1, warnings.evaluate(ids, LocalDate.of(2042, 10, 13)));
    assertEquals(2, notices(absent, "ABSENCES_MONTH"));
    assertEquals(2, warningsOf(absent).size());
    assertEquals(0, warnings.evaluate(ids, LocalDate.of(2042, 10, 14)));

    // falling marks: five 9s, then five 6s (the last five's average 3 below the earlier)
    for (int day = 1; day <= 10; day++) {
      Lesson lesson = school.lesson(0, school.lithuanian, LocalDate.of(2042, 10, day), 2);
      school.marks(marks, lesson, Map.of(falling.getId(), day <= 5 ? 9 : 6));
    }
    assertEquals(1, warnings.evaluate(ids, LocalDate.of(2042, 10, 14)));
    assertEquals(1, notices(falling, "MARKS_FALLING"));
    String marksArgs = args(falling, "MARKS_FALLING").get(0);
    assertTrue(marksArgs.contains("6.00") && marksArgs.contains("9.00"), marksArgs);
    assertEquals(0, warnings.evaluate(ids, LocalDate.of(2042, 10, 15)));
    assertEquals(
        List.of(EarlyWarningKind.MARKS_FALLING),
        warningsOf(falling).stream().map(EarlyWarning::getKind).toList());
    assertEquals(0, notices(falling, "ABSENCES_MONTH"));
  }

  private long notices(Student student, String kind) throws Exception {
    return args(student, kind).size();
  }

  @SuppressWarnings("unchecked")
  private List<String> args(Student student, String kind) {
    return em.createNativeQuery(
            "SELECT args FROM notice_outbox WHERE body_key = ?1 AND args LIKE ?2 ORDER BY id")
        .setParameter(1, "notice.earlyWarning." + kind)
        .setParameter(2, "%" + student.getLastName() + "%")
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  private Set<Long> recipients(Student student) {
    List<String> rows =
        em.createNativeQuery(
                "SELECT recipient_ids FROM notice_outbox WHERE subject_key = ?1 AND args LIKE ?2"
                    + " ORDER BY id")
            .setParameter(1, "notice.earlyWarning.subject")
            .setParameter(2, "%" + student.getLastName() + "%")
            .getResultList();
    return Arrays.stream(rows.get(0).split(",")).map(Long::valueOf).collect(Collectors.toSet());
  }

  private List<EarlyWarning> warningsOf(Student student) {
    return em.createNamedQuery(EarlyWarning.OF_STUDENT, EarlyWarning.class)
        .setParameter("id", student.getId())
        .getResultList();
  }
}
