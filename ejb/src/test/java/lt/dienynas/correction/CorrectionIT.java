package lt.dienynas.correction;

import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.doAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lt.dienynas.assessment.AdditionalWorkKind;
import lt.dienynas.assessment.AdditionalWorkService;
import lt.dienynas.assessment.ClassYearEndService;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.assessment.PeriodGradeService;
import lt.dienynas.assessment.PeriodGradeValue;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.JournalChanges;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.MarkInput;
import lt.dienynas.journal.MarkService;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.messaging.NoticeDelivery;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AppliedCorrections;
import lt.dienynas.testing.Delivered;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Correction acts: agreed by both the deputy and the DB admin before they apply, never by their
 * author alone; applying changes exactly the named fields in a locked month, leaves history entries
 * naming the act and tells the admin, the teacher, the student and the guardian; the act prints.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectionIT {
  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);
  private static final LocalDate DAY = LocalDate.of(2030, 10, 14);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("correction-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB CorrectionService corrections;

  @EJB MarkService marks;

  @EJB AdditionalWorkService work;

  @EJB PeriodGradeService grades;

  @EJB ClassYearEndService yearEnd;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @EJB NoticeDelivery delivery;

  @Inject AppliedCorrections appliedEvents;

  private Fixtures fx;
  private Account admin;
  private Account deputy;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    admin = fx.account(fx.staff("Ada", "Administratorė", Role.DB_ADMIN));
    deputy = fx.account(fx.staff("Dalia", "Pavaduotoja", Role.DEPUTY));
  }

  @Test
  void anAgreedActChangesOnlyItsFieldsUnderTheLockAndTellsEveryone() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 2);
    Student first = school.students.get(0);
    Student second = school.students.get(1);
    Guardian parent = fx.guardian("Aldona", "Mamaitė", first);
    Lesson lesson = school.lesson(DAY, 1);
    doAs(
        school.teacherAccount,
        () -> {
          marks.record(lesson.getId(), first.getId(), MarkInput.of(MarkValue.tenPoint(5)));
          marks.record(lesson.getId(), second.getId(), MarkInput.of(MarkValue.tenPoint(4)));
        });
    long gradeId = periodGrade(school, first, "6");
    long otherGradeId = periodGrade(school, second, "9");
    doAs(admin, () -> locks.lock(OCTOBER, school.classId));

    long actId =
        as(
            school.teacherAccount,
            () ->
                corrections.draft(
                    new CorrectionDraft(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        DAY,
                        "Įvertinimas įrašytas ne tam mokiniui",
                        "Mokytojos klaida vedant pažymius",
                        List.of(
                            CorrectionLine.mark(first.getId(), lesson.getId(), "5", "7"),
                            CorrectionLine.periodGrade(
                                first.getId(), PeriodKind.FIRST_SEMESTER, "6", "8")))));
    doAs(school.teacherAccount, () -> corrections.submit(actId));
    CorrectionView drafted = as(deputy, () -> corrections.view(actId));
    assertTrue(drafted.number().matches("2030-2031/\\d{3}"), drafted.number());

    // one agreement is not enough
    doAs(admin, () -> corrections.decideAsAdmin(actId, Decision.AGREED, null));
    expect("correction.notAgreed", admin, () -> corrections.apply(actId));
    assertEquals("5", markOf(lesson, first));

    doAs(deputy, () -> corrections.decideAsDeputy(actId, Decision.AGREED, null));
    Account otherAdmin = fx.account(fx.staff("Aras", "Administratorius", Role.DB_ADMIN));
    doAs(otherAdmin, () -> corrections.apply(actId));

    assertEquals("7", markOf(lesson, first));
    assertEquals("4", markOf(lesson, second), "a field the act does not name stays");
    CorrectionApplied event =
        appliedEvents.seen().stream().filter(e -> e.actId() == actId).findFirst().orElseThrow();
    assertEquals(school.year.getId(), event.yearId());
    assertEquals(Set.of(first.getId()), event.studentIds());
    assertEquals(Set.of(school.classId), event.classIds());
    assertEquals("8", gradeValue(gradeId));
    assertEquals("9", gradeValue(otherGradeId));
    assertEquals(CorrectionStatus.APPLIED, as(deputy, () -> corrections.view(actId)).status());
    // the unlock closed itself with the act's transaction
    expect(
        "month.locked",
        school.teacherAccount,
        () -> marks.record(lesson.getId(), first.getId(), MarkInput.of(MarkValue.tenPoint(9))));
    // and the mark's owner writes a correction only while its act is being applied, for the admin
    assertThrows(
        lt.dienynas.security.AccessDeniedException.class,
        () ->
            doAs(
                otherAdmin,
                () -> marks.correctUnderAct(actId, lesson.getId(), first.getId(), "7", "9")));
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () ->
            doAs(
                school.teacherAccount,
                () -> marks.correctUnderAct(actId, lesson.getId(), first.getId(), "7", "9")));
    assertEquals("7", markOf(lesson, first));

    List<HistoryEntry> underAct = history.ofAct(actId);
    assertEquals(2, underAct.size());
    assertEquals(JournalChanges.MARK, underAct.get(0).getEntityType());
    assertEquals(
        JournalChanges.cellId(lesson.getId(), first.getId()), underAct.get(0).getEntityId());
    assertTrue(underAct.get(0).getBeforeValue().contains("\"mark\":\"5\""));
    assertTrue(underAct.get(0).getAfterValue().contains("\"mark\":\"7\""));
    assertEquals("period_grade", underAct.get(1).getEntityType());
    assertEquals(String.valueOf(gradeId), underAct.get(1).getEntityId());

    // the DB admin, the subject's teacher, the student and the guardian are told
    String number = drafted.number();
    Set<Long> expected =
        Set.of(
            otherAdmin.personId(),
            admin.personId(),
            school.teacher.getId(),
            first.getId(),
            parent.getId());
    Delivered.waitFor(() -> recipientsOf(number, first).containsAll(expected));
    delivery.deliverPending();
    assertEquals(expected, recipientsOf(number, first));

    byte[] pdf = as(deputy, () -> corrections.pdf(actId));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("AKTAS DĖL LEIDIMO KEISTI DUOMENIS ELEKTRONINIAME DIENYNE"), text);
      assertTrue(text.contains("SUDERINTA"), text);
      assertTrue(text.contains("Dalia Pavaduotoja"), text);
      assertTrue(text.contains("Ada Administratorė"), text);
      assertTrue(text.contains("klaidingas"), text);
    }

    List<CorrectionSummary> applied =
        as(
            deputy,
            () ->
                corrections.list(
                    new CorrectionFilter(
                        CorrectionStatus.APPLIED,
                        school.classId,
                        school.teacher.getId(),
                        OCTOBER)));
    assertEquals(1, applied.size());
    assertEquals(actId, applied.get(0).id());
    assertTrue(
        as(
                deputy,
                () ->
                    corrections.list(
                        new CorrectionFilter(
                            CorrectionStatus.SUBMITTED, school.classId, null, null)))
            .isEmpty());

    // kept with the year's summaries once the year closes
    assertEquals(1, (int) as(admin, () -> corrections.archiveYear(school.year.getId())));
    assertEquals(CorrectionStatus.ARCHIVED, as(deputy, () -> corrections.view(actId)).status());
  }

  @Test
  void aLockedSummerWorkResultIsCorrectedOnlyByAnAgreedAct() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    Student student = school.students.get(0);
    long workId =
        as(
            school.teacherAccount,
            () ->
                work.assign(
                    school.year.getId(),
                    student.getId(),
                    school.subject.getId(),
                    AdditionalWorkKind.SUMMER,
                    LocalDate.of(2031, 8, 25),
                    "Trupmenos"));
    doAs(school.teacherAccount, () -> work.enterResult(workId, PeriodGradeValue.tenPoint(3)));
    fx.inTx(
        () ->
            em.createNativeQuery(
                    "UPDATE additional_work SET locked = TRUE, locked_at = CURRENT_TIMESTAMP(3)"
                        + " WHERE id = ?1")
                .setParameter(1, workId)
                .executeUpdate());
    expect(
        "periodGrade.locked",
        school.teacherAccount,
        () -> work.enterResult(workId, PeriodGradeValue.tenPoint(5)));
    // outside an act being applied, even the DB admin cannot correct it
    assertThrows(
        lt.dienynas.security.AccessDeniedException.class,
        () ->
            doAs(
                admin,
                () ->
                    work.correctUnderAct(
                        1L,
                        school.year.getId(),
                        student.getId(),
                        school.subject.getId(),
                        AdditionalWorkKind.SUMMER,
                        "3",
                        "5")));
    // the wrong value must be what the diary holds; the work must exist
    expect(
        "correction.wrongValue",
        school.teacherAccount,
        () ->
            corrections.draft(
                workDraft(school, CorrectionLine.work(student.getId(), true, "4", "5"))));
    expect(
        "correction.noWork",
        school.teacherAccount,
        () ->
            corrections.draft(
                workDraft(school, CorrectionLine.work(student.getId(), false, "3", "5"))));

    long actId =
        as(
            school.teacherAccount,
            () ->
                corrections.draft(
                    workDraft(school, CorrectionLine.work(student.getId(), true, "3", "5"))));
    doAs(school.teacherAccount, () -> corrections.submit(actId));
    doAs(deputy, () -> corrections.decideAsDeputy(actId, Decision.AGREED, null));
    doAs(admin, () -> corrections.decideAsAdmin(actId, Decision.AGREED, null));
    Account otherAdmin = fx.account(fx.staff("Aras", "Taisytojas", Role.DB_ADMIN));
    doAs(otherAdmin, () -> corrections.apply(actId));

    assertEquals(
        "5",
        em.createNativeQuery("SELECT result_value FROM additional_work WHERE id = ?1")
            .setParameter(1, workId)
            .getSingleResult());
    List<HistoryEntry> underAct = history.ofAct(actId);
    assertEquals(1, underAct.size());
    assertEquals("additional_work", underAct.get(0).getEntityType());
    assertEquals(String.valueOf(workId), underAct.get(0).getEntityId());
    assertTrue(
        as(deputy, () -> corrections.view(actId)).lines().get(0).where().contains("vasaros darbų"));
    byte[] pdf = as(deputy, () -> corrections.pdf(actId));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(
          java.util.regex.Pattern.compile("vasaros\\s+darbų\\s+rezultatas: 3").matcher(text).find(),
          text);
      assertTrue(
          java.util.regex.Pattern.compile("vasaros\\s+darbų\\s+rezultatas: 5").matcher(text).find(),
          text);
    }
  }

  @Test
  void anAgreedActCreatesAndChangesPeriodGradesAndAttendanceThroughTheirOwners() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 2);
    Student first = school.students.get(0);
    Student second = school.students.get(1);
    long gradeId = periodGrade(school, first, "6");
    long attendanceId = periodAttendance(school, first, 4, 1);
    int gradeVersion = version("period_grade", gradeId);
    int attendanceVersion = version("period_attendance", attendanceId);
    // a locked period grade is changed by no one outside an act being applied, not even the admin
    assertThrows(
        lt.dienynas.security.AccessDeniedException.class,
        () ->
            doAs(
                admin,
                () ->
                    grades.correctUnderAct(
                        1L,
                        school.classGroup.getId(),
                        school.subject.getId(),
                        first.getId(),
                        PeriodKind.FIRST_SEMESTER,
                        "6",
                        "9")));
    assertThrows(
        lt.dienynas.security.AccessDeniedException.class,
        () ->
            doAs(
                admin,
                () ->
                    yearEnd.correctUnderAct(
                        1L,
                        school.year.getId(),
                        first.getId(),
                        PeriodKind.FIRST_SEMESTER,
                        4,
                        1,
                        5,
                        2)));
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () ->
            doAs(
                school.teacherAccount,
                () ->
                    grades.correctUnderAct(
                        1L,
                        school.classGroup.getId(),
                        school.subject.getId(),
                        first.getId(),
                        PeriodKind.FIRST_SEMESTER,
                        "6",
                        "9")));
    assertEquals("6", gradeValue(gradeId));

    long actId =
        as(
            school.teacherAccount,
            () ->
                corrections.draft(
                    new CorrectionDraft(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        DAY,
                        "Pusmečio rezultatai įrašyti klaidingai",
                        "Mokytojos klaida",
                        List.of(
                            CorrectionLine.periodGrade(
                                first.getId(), PeriodKind.FIRST_SEMESTER, "6", "9"),
                            CorrectionLine.periodGrade(
                                second.getId(), PeriodKind.FIRST_SEMESTER, "", "7"),
                            CorrectionLine.periodAttendance(
                                first.getId(), PeriodKind.FIRST_SEMESTER, 4, 1, 5, 2),
                            CorrectionLine.periodAttendance(
                                second.getId(), PeriodKind.FIRST_SEMESTER, 0, 0, 3, 2)))));
    doAs(school.teacherAccount, () -> corrections.submit(actId));
    doAs(deputy, () -> corrections.decideAsDeputy(actId, Decision.AGREED, null));
    doAs(admin, () -> corrections.decideAsAdmin(actId, Decision.AGREED, null));
    Account otherAdmin = fx.account(fx.staff("Aras", "Taikytojas", Role.DB_ADMIN));
    doAs(otherAdmin, () -> corrections.apply(actId));

    // the changed rows went through their entities: new value and a new version
    assertEquals("9", gradeValue(gradeId));
    assertEquals(gradeVersion + 1, version("period_grade", gradeId));
    assertEquals(List.of(5, 2), counts(attendanceId));
    assertEquals(attendanceVersion + 1, version("period_attendance", attendanceId));
    // the created rows exist, locked at once
    long createdGrade = periodGradeId(school, second);
    assertEquals("7", gradeValue(createdGrade));
    assertTrue(locked("period_grade", createdGrade));
    long createdAttendance = periodAttendanceId(school, second);
    assertEquals(List.of(3, 2), counts(createdAttendance));
    assertTrue(locked("period_attendance", createdAttendance));

    List<HistoryEntry> underAct = history.ofAct(actId);
    assertEquals(4, underAct.size());
    assertHistory(underAct.get(0), "period_grade", gradeId, HistoryAction.UPDATE);
    assertTrue(underAct.get(0).getBeforeValue().contains("\"value\":\"6\""));
    assertTrue(underAct.get(0).getAfterValue().contains("\"value\":\"9\""));
    assertHistory(underAct.get(1), "period_grade", createdGrade, HistoryAction.INSERT);
    assertHistory(underAct.get(2), "period_attendance", attendanceId, HistoryAction.UPDATE);
    assertTrue(underAct.get(2).getAfterValue().contains("\"missed\":5"));
    assertHistory(underAct.get(3), "period_attendance", createdAttendance, HistoryAction.INSERT);
    // the act's unlock ended with its transaction: the owners refuse a second application
    assertThrows(
        lt.dienynas.security.AccessDeniedException.class,
        () ->
            doAs(
                otherAdmin,
                () ->
                    yearEnd.correctUnderAct(
                        actId,
                        school.year.getId(),
                        first.getId(),
                        PeriodKind.FIRST_SEMESTER,
                        5,
                        2,
                        6,
                        2)));
  }

  @Test
  void anActWhosePeriodCountsChangedMeanwhileChangesNothing() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    Student student = school.students.get(0);
    long gradeId = periodGrade(school, student, "6");
    long attendanceId = periodAttendance(school, student, 4, 1);
    long actId =
        as(
            school.teacherAccount,
            () ->
                corrections.draft(
                    new CorrectionDraft(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        DAY,
                        "Pusmečio rezultatai",
                        "Klaida",
                        List.of(
                            CorrectionLine.periodGrade(
                                student.getId(), PeriodKind.FIRST_SEMESTER, "6", "8"),
                            CorrectionLine.periodAttendance(
                                student.getId(), PeriodKind.FIRST_SEMESTER, 4, 1, 6, 1)))));
    doAs(school.teacherAccount, () -> corrections.submit(actId));
    doAs(deputy, () -> corrections.decideAsDeputy(actId, Decision.AGREED, null));
    doAs(admin, () -> corrections.decideAsAdmin(actId, Decision.AGREED, null));
    fx.inTx(
        () ->
            em.createNativeQuery("UPDATE period_attendance SET missed = 5 WHERE id = ?1")
                .setParameter(1, attendanceId)
                .executeUpdate());
    Account otherAdmin = fx.account(fx.staff("Aras", "Tikrintojas", Role.DB_ADMIN));
    expect("correction.wrongValue", otherAdmin, () -> corrections.apply(actId));
    assertEquals("6", gradeValue(gradeId), "the act's earlier line is rolled back with it");
    assertEquals(List.of(5, 1), counts(attendanceId));
    assertTrue(history.ofAct(actId).isEmpty());
  }

  private static void assertHistory(
      HistoryEntry entry, String type, long id, HistoryAction action) {
    assertEquals(type, entry.getEntityType());
    assertEquals(String.valueOf(id), entry.getEntityId());
    assertEquals(action, entry.getAction());
  }

  private static CorrectionDraft workDraft(JournalSchool school, CorrectionLine line) {
    return new CorrectionDraft(
        school.classGroup.getId(),
        school.subject.getId(),
        DAY,
        "Vasaros darbų rezultatas įrašytas klaidingai",
        "Mokytojos klaida",
        List.of(line));
  }

  @Test
  void anActIsNeitherAgreedNorAppliedByItsAuthorAlone() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    Student student = school.students.get(0);
    Lesson lesson = school.lesson(DAY.plusDays(1), 2);
    doAs(
        school.teacherAccount,
        () -> marks.record(lesson.getId(), student.getId(), MarkInput.of(MarkValue.tenPoint(3))));
    // the teacher has left; the deputy who is also the DB admin writes the act
    StaffMember both = fx.staff("Vida", "Dvejopa", Role.DEPUTY, Role.DB_ADMIN);
    Account author = fx.account(both);
    long actId =
        as(
            author,
            () ->
                corrections.draft(
                    new CorrectionDraft(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        DAY.plusDays(1),
                        "Pažymys įrašytas klaidingai",
                        "Mokytoja išėjo iš darbo",
                        List.of(CorrectionLine.mark(student.getId(), lesson.getId(), "3", "")))));
    doAs(author, () -> corrections.submit(actId));
    assertEquals(
        school.teacher.getFullName(), as(author, () -> corrections.view(actId)).teacherName());

    expect(
        "correction.ownAct",
        author,
        () -> corrections.decideAsDeputy(actId, Decision.AGREED, null));
    expect(
        "correction.ownAct", author, () -> corrections.decideAsAdmin(actId, Decision.AGREED, null));
    doAs(deputy, () -> corrections.decideAsDeputy(actId, Decision.AGREED, null));
    doAs(admin, () -> corrections.decideAsAdmin(actId, Decision.AGREED, null));
    expect("correction.ownAct", author, () -> corrections.apply(actId));
    assertEquals("3", markOf(lesson, student));

    // a rejection needs a reason and ends the act
    long second =
        as(
            author,
            () ->
                corrections.draft(
                    new CorrectionDraft(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        DAY.plusDays(1),
                        "Pažymys",
                        "Priežastis",
                        List.of(CorrectionLine.mark(student.getId(), lesson.getId(), "3", "4")))));
    doAs(author, () -> corrections.submit(second));
    expect(
        "correction.rejectReason",
        deputy,
        () -> corrections.decideAsDeputy(second, Decision.REJECTED, " "));
    doAs(deputy, () -> corrections.decideAsDeputy(second, Decision.REJECTED, "Nepagrįsta"));
    assertEquals(CorrectionStatus.REJECTED, as(deputy, () -> corrections.view(second)).status());
    expect("correction.notAgreed", admin, () -> corrections.apply(second));
  }

  @Test
  void anActWhoseWrongValueIsNotInTheDiaryIsRefused() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    Student student = school.students.get(0);
    Lesson lesson = school.lesson(DAY.plusDays(2), 3);
    doAs(
        school.teacherAccount,
        () -> marks.record(lesson.getId(), student.getId(), MarkInput.of(MarkValue.tenPoint(6))));
    expect(
        "correction.wrongValue",
        school.teacherAccount,
        () ->
            corrections.draft(
                new CorrectionDraft(
                    school.classGroup.getId(),
                    school.subject.getId(),
                    DAY.plusDays(2),
                    "Klaida",
                    "Priežastis",
                    List.of(CorrectionLine.mark(student.getId(), lesson.getId(), "5", "7")))));
  }

  private void expect(String key, Account account, JournalSchool.ThrowingRunnable action) {
    BusinessException e = assertThrows(BusinessException.class, () -> doAs(account, action));
    assertEquals(key, e.getKey());
  }

  private long periodGrade(JournalSchool school, Student student, String value) throws Exception {
    return fx.inTx(
        () -> {
          em.createNativeQuery(
                  "INSERT INTO period_grade (school_year_id, period_kind, student_id, subject_id,"
                      + " group_id, scale, grade_value, entered_by, entered_at, locked, locked_at)"
                      + " VALUES (?1, 'FIRST_SEMESTER', ?2, ?3, ?4, 'TEN_POINT', ?5, ?6, ?7, TRUE,"
                      + " ?7)")
              .setParameter(1, school.year.getId())
              .setParameter(2, student.getId())
              .setParameter(3, school.subject.getId())
              .setParameter(4, school.classGroup.getId())
              .setParameter(5, value)
              .setParameter(6, school.teacher.getId())
              .setParameter(7, LocalDateTime.of(2031, 1, 20, 10, 0))
              .executeUpdate();
          return ((Number)
                  em.createNativeQuery(
                          "SELECT id FROM period_grade WHERE student_id = ?1 AND subject_id = ?2")
                      .setParameter(1, student.getId())
                      .setParameter(2, school.subject.getId())
                      .getSingleResult())
              .longValue();
        });
  }

  private long periodAttendance(JournalSchool school, Student student, int missed, int justified)
      throws Exception {
    fx.inTx(
        () ->
            em.createNativeQuery(
                    "INSERT INTO period_attendance (school_year_id, period_kind, student_id,"
                        + " missed, justified, entered_by, entered_at, locked, locked_at)"
                        + " VALUES (?1, 'FIRST_SEMESTER', ?2, ?3, ?4, ?5, ?6, TRUE, ?6)")
                .setParameter(1, school.year.getId())
                .setParameter(2, student.getId())
                .setParameter(3, missed)
                .setParameter(4, justified)
                .setParameter(5, school.classTeacher.getId())
                .setParameter(6, LocalDateTime.of(2031, 1, 20, 10, 0))
                .executeUpdate());
    return periodAttendanceId(school, student);
  }

  private long periodGradeId(JournalSchool school, Student student) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT id FROM period_grade WHERE school_year_id = ?1 AND student_id = ?2"
                        + " AND subject_id = ?3 AND period_kind = 'FIRST_SEMESTER'")
                .setParameter(1, school.year.getId())
                .setParameter(2, student.getId())
                .setParameter(3, school.subject.getId())
                .getSingleResult())
        .longValue();
  }

  private long periodAttendanceId(JournalSchool school, Student student) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT id FROM period_attendance WHERE school_year_id = ?1 AND student_id ="
                        + " ?2 AND period_kind = 'FIRST_SEMESTER'")
                .setParameter(1, school.year.getId())
                .setParameter(2, student.getId())
                .getSingleResult())
        .longValue();
  }

  private List<Integer> counts(long attendanceId) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT missed, justified FROM period_attendance WHERE id = ?1")
                .setParameter(1, attendanceId)
                .getSingleResult();
    return List.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
  }

  private int version(String table, long id) {
    return ((Number)
            em.createNativeQuery("SELECT version FROM " + table + " WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult())
        .intValue();
  }

  private boolean locked(String table, long id) {
    Object value =
        em.createNativeQuery("SELECT locked FROM " + table + " WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  private String gradeValue(long id) {
    return (String)
        em.createNativeQuery("SELECT grade_value FROM period_grade WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
  }

  private String markOf(Lesson lesson, Student student) {
    List<?> rows =
        em.createNativeQuery("SELECT mark_value FROM mark WHERE lesson_id = ?1 AND student_id = ?2")
            .setParameter(1, lesson.getId())
            .setParameter(2, student.getId())
            .getResultList();
    return rows.isEmpty() ? null : (String) rows.get(0);
  }

  private Set<Long> recipientsOf(String number, Student student) {
    Set<Long> ids = new HashSet<>();
    for (Object id :
        em.createNativeQuery(
                "SELECT r.recipient_id FROM message_recipient r JOIN message m ON m.id = r.message_id"
                    + " WHERE m.subject LIKE ?1 AND m.body LIKE ?2")
            .setParameter(1, "%" + number + "%")
            .setParameter(2, "%" + student.getLastName() + "%")
            .getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }
}
