package lt.dienynas.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.health.HealthService.NoticeView;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The health-data wall (§7.2, §28): the record for the health specialist and the director only. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {
  private static final LocalDate START = LocalDate.of(2030, 9, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("health-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB HealthService health;

  private Fixtures fx;
  private Account nurse;
  private Account director;
  private Account classTeacher;
  private Account peTeacher;
  private Account otherTeacher;
  private Student student;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    SchoolYear year = fx.year();
    StaffMember classTeacherStaff = fx.staff("Daiva", "Klasiokė", Role.CLASS_TEACHER);
    StudyGroup fifth = fx.gradeClass(year, 5, "a", classTeacherStaff);
    StudyGroup sixth = fx.gradeClass(year, 6, "a", null);
    student = fx.student("Kotryna", "Sveikutė", 2019);
    fx.member(fifth, student, START);
    Subject pe = fx.subject("Fizinis ugdymas");
    StudyGroup peGroup = fx.group(year, GroupKind.SUBJECT, "5a FU", fifth, pe);
    fx.member(peGroup, student, START);
    StaffMember peStaff = fx.staff("Tomas", "Sportininkas", Role.TEACHER);
    fx.teach(peStaff, pe, peGroup, START);
    StaffMember otherStaff = fx.staff("Gintė", "Kitaklasė", Role.TEACHER);
    fx.teach(otherStaff, fx.subject("Matematika"), sixth, START);
    nurse = fx.account(fx.staff("Rūta", "Slaugytoja", Role.HEALTH_SPECIALIST));
    director = fx.account(fx.staff("Vytautas", "Direktorius", Role.DIRECTOR));
    classTeacher = fx.account(classTeacherStaff);
    peTeacher = fx.account(peStaff);
    otherTeacher = fx.account(otherStaff);
  }

  @Test
  void onlyTheHealthSpecialistWritesAndOnlySheAndTheDirectorRead() throws Exception {
    as(nurse, () -> run(() -> health.saveRecord(student.getId(), "Astma; vengti ilgo bėgimo.")));
    assertEquals(
        "Astma; vengti ilgo bėgimo.", as(nurse, () -> health.record(student.getId())).body());
    assertEquals("Rūta Slaugytoja", as(director, () -> health.record(student.getId())).updatedBy());
    assertThrows(
        EJBAccessException.class,
        () -> as(director, () -> run(() -> health.saveRecord(student.getId(), "x"))));
    for (Account teacher : List.of(classTeacher, peTeacher, otherTeacher)) {
      assertThrows(
          EJBAccessException.class, () -> as(teacher, () -> health.record(student.getId())));
    }
    assertThrows(
        AccessDeniedException.class,
        () -> as(nurse, () -> health.record(student.getId() + 999_999)));
    assertEquals(
        "health.searchTooShort",
        assertThrows(BusinessException.class, () -> as(nurse, () -> health.searchStudents("K")))
            .getKey());
    assertTrue(
        as(nurse, () -> health.searchStudents("Sveikut")).stream()
            .anyMatch(h -> h.studentId() == student.getId() && "5a".equals(h.className())));
  }

  @Test
  void aNoticeReachesTheStudentsTeachersOnlyAndNeverTheRecord() throws Exception {
    as(nurse, () -> run(() -> health.saveRecord(student.getId(), "Slaptas diagnozės tekstas")));
    assertEquals(
        List.of("Daiva Klasiokė", "Tomas Sportininkas"),
        as(nurse, () -> health.recipientsOf(student.getId())));
    int sent =
        as(
            nurse,
            () ->
                health.sendNotice(student.getId(), "Kūno kultūros pamokose – lengvesni krūviai."));
    assertEquals(2, sent);

    for (Account teacher : List.of(classTeacher, peTeacher)) {
      List<NoticeView> notices = as(teacher, () -> health.myNotices());
      assertEquals(1, notices.size());
      assertEquals("Kūno kultūros pamokose – lengvesni krūviai.", notices.get(0).body());
      assertFalse(notices.toString().contains("diagnozės"));
    }
    assertTrue(as(otherTeacher, () -> health.myNotices()).isEmpty());
    assertEquals(1, as(nurse, () -> health.sentByMe()).size());
    assertEquals(1, as(director, () -> health.noticesAbout(student.getId())).size());
    assertEquals(
        "health.noticeText",
        assertThrows(
                BusinessException.class,
                () -> as(nurse, () -> health.sendNotice(student.getId(), "  ")))
            .getKey());
  }

  private static <T> T as(Account account, java.util.concurrent.Callable<T> action)
      throws Exception {
    return AsPerson.call(account.login(), account.password(), action);
  }

  private static Void run(Runnable action) {
    action.run();
    return null;
  }
}
