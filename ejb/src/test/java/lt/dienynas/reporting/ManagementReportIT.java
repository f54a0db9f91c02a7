package lt.dienynas.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.MarkService;
import lt.dienynas.people.Student;
import lt.dienynas.reporting.management.AchievementRow;
import lt.dienynas.reporting.management.AttendanceRow;
import lt.dienynas.reporting.management.ManagementReport;
import lt.dienynas.reporting.management.ManagementReportService;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import lt.dienynas.testing.WatchSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The management reports (§19.12) of a built school: attendance by class, achievement by class and
 * subject and by subject, exactly; the CSV; the social pedagogue's monthly attendance (§24.1); the
 * refusals.
 */
@ExtendWith(ArquillianExtension.class)
class ManagementReportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("management-report-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB ManagementReportService reports;
  @EJB AttendanceService attendance;
  @EJB MarkService marks;

  private static <T> T as(Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }

  @Test
  void theFiguresByClassAndSubjectAreExact() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    WatchSchool school = new WatchSchool(fx, em, 2044, 2, 1);
    Student a1 = school.students.get(0).get(0);
    Student a2 = school.students.get(0).get(1);
    Student b1 = school.students.get(1).get(0);
    Lesson maths = school.lesson(0, school.maths, LocalDate.of(2044, 9, 10), 1);
    Lesson lith = school.lesson(0, school.lithuanian, LocalDate.of(2044, 9, 11), 1);
    Lesson mathsB = school.lesson(1, school.maths, LocalDate.of(2044, 9, 10), 1);
    Lesson october = school.lesson(0, school.maths, LocalDate.of(2044, 10, 3), 1);
    Lesson afterSpan = school.lesson(1, school.maths, LocalDate.of(2045, 2, 3), 1);
    school.attendance(
        attendance,
        maths,
        Map.of(a1.getId(), AttendanceStatus.ABSENT, a2.getId(), AttendanceStatus.LATE));
    school.attendance(attendance, lith, Map.of(a1.getId(), AttendanceStatus.ABSENT));
    school.attendance(attendance, october, Map.of(a2.getId(), AttendanceStatus.ABSENT));
    school.attendance(attendance, mathsB, Map.of(b1.getId(), AttendanceStatus.LATE));
    school.attendance(attendance, afterSpan, Map.of(b1.getId(), AttendanceStatus.ABSENT));
    JournalSchool.doAs(
        school.classTeachers.get(0),
        () ->
            attendance.justify(
                a1.getId(),
                LocalDate.of(2044, 9, 11),
                LocalDate.of(2044, 9, 11),
                JustificationReason.ILLNESS));
    school.marks(marks, maths, Map.of(a2.getId(), 3));
    school.marks(marks, october, Map.of(a1.getId(), 8));
    school.marks(marks, lith, Map.of(a2.getId(), 10));
    school.marks(marks, mathsB, Map.of(b1.getId(), 7));
    school.marks(marks, afterSpan, Map.of(b1.getId(), 1));
    Account deputy = fx.account(fx.staff("Rimantas", "Ataskaitinis", Role.DEPUTY));
    LocalDate from = LocalDate.of(2044, 9, 1);
    LocalDate to = LocalDate.of(2045, 1, 24);

    ManagementReport report = as(deputy, () -> reports.report(from, to));
    assertEquals(
        List.of(
            new AttendanceRow(school.classIds.get(0), "6a", 3, 1, 2, 1),
            new AttendanceRow(school.classIds.get(1), "6b", 0, 0, 0, 1)),
        report.attendance());
    assertEquals(
        List.of(
            new AchievementRow("6a", "Lietuvių kalba", 1, 1, new BigDecimal("10.00"), 0),
            new AchievementRow("6a", "Matematika", 2, 2, new BigDecimal("5.50"), 1),
            new AchievementRow("6b", "Matematika", 1, 1, new BigDecimal("7.00"), 0)),
        report.byClassAndSubject());
    assertEquals(
        List.of(
            new AchievementRow("", "Lietuvių kalba", 1, 1, new BigDecimal("10.00"), 0),
            new AchievementRow("", "Matematika", 3, 3, new BigDecimal("6.00"), 1)),
        report.bySubject());

    String csv =
        new String(
            as(deputy, () -> reports.csv(from, to, Messages.LITHUANIAN)), StandardCharsets.UTF_8);
    assertEquals(
        "\uFEFF\"Lankomumo ir pasiekimų ataskaita\";\"2044-09-01 – 2045-01-24\"\r\n"
            + "\"Lankomumas pagal klases\"\r\n"
            + "\"Klasė\";\"Praleista pamokų\";\"Pateisinta\";\"Nepateisinta\";\"Pavėluota\"\r\n"
            + "\"6a\";\"3\";\"1\";\"2\";\"1\"\r\n"
            + "\"6b\";\"0\";\"0\";\"0\";\"1\"\r\n"
            + "\"Pasiekimai pagal klases ir dalykus\"\r\n"
            + "\"Klasė\";\"Dalykas\";\"Įvertinimų\";\"Pažymių (10 balų)\";\"Vidurkis\";"
            + "\"Nepatenkinamų (< 4)\"\r\n"
            + "\"6a\";\"Lietuvių kalba\";\"1\";\"1\";\"10,00\";\"0\"\r\n"
            + "\"6a\";\"Matematika\";\"2\";\"2\";\"5,50\";\"1\"\r\n"
            + "\"6b\";\"Matematika\";\"1\";\"1\";\"7,00\";\"0\"\r\n"
            + "\"Pasiekimai pagal dalykus\"\r\n"
            + "\"Dalykas\";\"Įvertinimų\";\"Pažymių (10 balų)\";\"Vidurkis\";"
            + "\"Nepatenkinamų (< 4)\"\r\n"
            + "\"Lietuvių kalba\";\"1\";\"1\";\"10,00\";\"0\"\r\n"
            + "\"Matematika\";\"3\";\"3\";\"6,00\";\"1\"\r\n",
        csv);
    byte[] pdf = as(deputy, () -> reports.pdf(from, to, Messages.LITHUANIAN));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

    // the social pedagogue's September
    Account pedagogue = fx.account(fx.staff("Saulė", "Mėnesinė", Role.SOCIAL_PEDAGOGUE));
    List<AttendanceRow> september =
        as(pedagogue, () -> reports.monthlyAttendance(YearMonth.of(2044, 9)));
    assertEquals(
        List.of(
            new AttendanceRow(school.classIds.get(0), "6a", 2, 1, 1, 1),
            new AttendanceRow(school.classIds.get(1), "6b", 0, 0, 0, 1)),
        september);

    BusinessException tooLong =
        assertThrows(
            BusinessException.class,
            () -> as(deputy, () -> reports.report(from, from.plusDays(500))));
    assertTrue(List.of("report.span", "schoolYear.range").contains(tooLong.getKey()));

    Account teacher = school.teacherAccount;
    Account psychologist = fx.account(fx.staff("Eglė", "Nematanti", Role.PSYCHOLOGIST));
    Account guardian = fx.account(fx.guardian("Rasa", "Tėvienė", a1), Role.GUARDIAN);
    for (Account other : List.of(teacher, psychologist, guardian, pedagogue)) {
      assertThrows(EJBAccessException.class, () -> as(other, () -> reports.report(from, to)));
      assertThrows(
          EJBAccessException.class,
          () -> as(other, () -> reports.csv(from, to, Messages.LITHUANIAN)));
    }
    for (Account other : List.of(teacher, psychologist, guardian)) {
      assertThrows(
          EJBAccessException.class,
          () -> as(other, () -> reports.monthlyAttendance(YearMonth.of(2044, 9))));
    }
  }
}
