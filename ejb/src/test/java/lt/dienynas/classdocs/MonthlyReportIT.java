package lt.dienynas.classdocs;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.cells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.JustificationReason;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.journal.StudentNoteKind;
import lt.dienynas.journal.StudentNoteService;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.shared.Messages;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import lt.dienynas.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly progress and attendance report for guardians without access (§21.11) and the class
 * attendance report (§21.8), for a class built here: every figure exact — justified, unjustified,
 * late, the totals, the most absent — with the lessons of the months before and after left out; the
 * PDFs (one student, the whole class a page each) and the CSV; every role without the relationship
 * refused.
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyReportIT {
  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("monthly-report-it").addClass(BusinessAssertions.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB MonthlyReportService reports;

  @EJB JournalService journal;

  @EJB AttendanceService attendance;

  @EJB StudentNoteService notes;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  /** A (3 missed, 2 justified), B (2 missed, 1 late), C (marks only), in October. */
  private JournalSchool october(Fixtures fx) throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 3);
    Student a = school.students.get(0);
    Student b = school.students.get(1);
    Student c = school.students.get(2);
    Lesson l1 = school.lesson(LocalDate.of(2030, 10, 7), 1);
    Lesson l2 = school.lesson(LocalDate.of(2030, 10, 7), 2);
    Lesson l3 = school.lesson(LocalDate.of(2030, 10, 8), 1);
    Lesson l4 = school.lesson(LocalDate.of(2030, 10, 31), 1);
    Lesson september = school.lesson(LocalDate.of(2030, 9, 30), 1);
    Lesson november = school.lesson(LocalDate.of(2030, 11, 4), 1);
    as(
        school.teacherAccount,
        () -> {
          save(l1, cells(a, "n", b, "p", c, "9"));
          save(l2, cells(a, "n", b, "n"));
          save(l3, cells(a, "n", c, "10"));
          save(l4, cells(b, "n"));
          save(september, cells(a, "n", b, "n"));
          save(november, cells(a, "n", c, "7"));
          return null;
        });
    as(
        school.classTeacherAccount,
        () -> {
          attendance.justify(
              a.getId(),
              LocalDate.of(2030, 10, 7),
              LocalDate.of(2030, 10, 7),
              JustificationReason.ILLNESS);
          notes.add(
              c.getId(),
              StudentNoteKind.PRAISE,
              "Puikiai pasirodė olimpiadoje",
              LocalDate.of(2030, 10, 20),
              null);
          notes.add(c.getId(), StudentNoteKind.REMARK, "Pamiršo", LocalDate.of(2030, 11, 2), null);
          return null;
        });
    clock.set(LocalDate.of(2030, 11, 10));
    return school;
  }

  private void save(Lesson lesson, java.util.Map<Long, String> cells) {
    journal.saveLesson(
        lesson.getId(), LessonRecord.topic("Tema"), AssessmentKind.CLASSWORK, null, cells);
  }

  @Test
  void theClassAttendanceReportHasTheExactFigures() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = october(fx);
    Student a = school.students.get(0);
    Student b = school.students.get(1);
    Student c = school.students.get(2);

    ClassAttendanceReport report =
        as(school.classTeacherAccount, () -> reports.classAttendance(school.classId, OCTOBER));
    assertEquals(
        List.of(
            new StudentAttendance(a.getId(), name(a), 2, 1, 0),
            new StudentAttendance(b.getId(), name(b), 0, 2, 1),
            new StudentAttendance(c.getId(), name(c), 0, 0, 0)),
        report.students().stream()
            .sorted(
                java.util.Comparator.comparing(
                    s ->
                        school.students.stream()
                            .map(Student::getId)
                            .toList()
                            .indexOf(s.studentId())))
            .toList());
    assertEquals(2, report.justified());
    assertEquals(3, report.unjustified());
    assertEquals(1, report.late());
    assertEquals(
        List.of(a.getId(), b.getId()),
        report.mostAbsent().stream().map(StudentAttendance::studentId).toList());

    DownloadFile csv =
        as(
            school.classTeacherAccount,
            () -> reports.classAttendanceCsv(school.classId, OCTOBER, Messages.LITHUANIAN));
    String text = new String(csv.content(), StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    assertEquals(
        "\"Mokinys\",\"Praleista pateisintų\",\"Praleista nepateisintų\",\"Pavėlavimai\"",
        lines[0]);
    assertTrue(text.contains("\"" + name(a) + "\",2,1,0\r\n"), text);
    assertTrue(text.contains("\"" + name(b) + "\",0,2,1\r\n"), text);
    assertTrue(text.endsWith("\"Iš viso\",2,3,1\r\n"), text);
    assertEquals(5, lines.length);

    DownloadFile pdf =
        as(
            school.classTeacherAccount,
            () -> reports.classAttendancePdf(school.classId, OCTOBER, Messages.LITHUANIAN));
    String pdfText = PdfText.flat(pdf.content());
    assertTrue(pdfText.contains("Klasės lankomumo ataskaita"), pdfText);
    assertTrue(pdfText.contains("Daugiausia pamokų praleidę mokiniai"), pdfText);
  }

  @Test
  void theProgressReportForOneStudentAndForTheWholeClass() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = october(fx);
    Student c = school.students.get(2);

    DownloadFile one =
        as(
            school.classTeacherAccount,
            () -> reports.progressReport(school.classId, c.getId(), OCTOBER, Messages.LITHUANIAN));
    String text = PdfText.flat(one.content());
    assertTrue(text.contains("Mokinio pažangumo ir lankomumo ataskaita"), text);
    assertTrue(text.contains(name(c)), text);
    assertTrue(text.contains("Matematika 7 d.: 9; 8 d.: 10"), text);
    assertFalse(text.contains("4 d.: 7"), "November's mark is left out: " + text);
    assertTrue(text.contains("Puikiai pasirodė olimpiadoje"), text);
    assertFalse(text.contains("Pamiršo"), "November's remark is left out: " + text);
    try (PDDocument document = Loader.loadPDF(one.content())) {
      assertEquals(1, document.getNumberOfPages());
    }

    DownloadFile all =
        as(
            school.classTeacherAccount,
            () -> reports.progressReport(school.classId, null, OCTOBER, Messages.LITHUANIAN));
    String allText = PdfText.flat(all.content());
    for (Student s : school.students) {
      assertTrue(allText.contains(name(s)), allText);
    }
    try (PDDocument document = Loader.loadPDF(all.content())) {
      assertEquals(3, document.getNumberOfPages());
    }

    assertRefused(
        "classdocs.report.futureMonth",
        () ->
            as(
                school.classTeacherAccount,
                () -> reports.classAttendance(school.classId, YearMonth.of(2030, 12))));
    Student stranger = fx.student("Svetimas", "Mokinys", 2019);
    assertRefused(
        "classdocs.report.notInClass",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    reports.progressReport(
                        school.classId, stranger.getId(), OCTOBER, Messages.LITHUANIAN)));
  }

  @Test
  void everyoneWithoutTheRelationshipIsRefused() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    JournalSchool other = JournalSchool.of(fx, em, 7, 1);
    clock.set(LocalDate.of(2030, 11, 10));
    Student child = school.students.get(0);
    Account guardian = fx.account(fx.guardian("Rasa", "Globėja", child));
    Account student = fx.account(child);
    long classId = school.classId;

    assertThrows(
        AccessDeniedException.class,
        () -> as(other.classTeacherAccount, () -> reports.classAttendance(classId, OCTOBER)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.classTeacherAccount,
                () ->
                    reports.progressReport(classId, child.getId(), OCTOBER, Messages.LITHUANIAN)));
    assertThrows(
        EJBAccessException.class,
        () -> as(school.teacherAccount, () -> reports.classAttendance(classId, OCTOBER)));
    assertThrows(
        EJBAccessException.class,
        () ->
            as(
                guardian,
                () ->
                    reports.progressReport(classId, child.getId(), OCTOBER, Messages.LITHUANIAN)));
    assertThrows(
        EJBAccessException.class,
        () -> as(student, () -> reports.classAttendanceCsv(classId, OCTOBER, Messages.LITHUANIAN)));
  }

  private static String name(Student s) {
    return s.getFirstName() + " " + s.getLastName();
  }
}
