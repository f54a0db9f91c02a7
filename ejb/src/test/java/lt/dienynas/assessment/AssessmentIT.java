package lt.dienynas.assessment;

import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.doAs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.MarkInput;
import lt.dienynas.journal.MarkService;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import lt.dienynas.testing.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Planned tests (lead time, one a day per student over all their groups), period grades (entry
 * window, the suggested grade's rule, locks), summer work and the final result, integrated lessons'
 * absences, and the students' and guardians' view of them.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentIT {
  private static final LocalDate TODAY = LocalDate.of(2030, 10, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("assessment-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @jakarta.persistence.PersistenceUnit(unitName = "dienynas")
  jakarta.persistence.EntityManagerFactory emf;

  @Inject FixedSchoolClock clock;

  @EJB PlannedTestService tests;

  @EJB PeriodGradeService grades;

  @EJB AdditionalWorkService work;

  @EJB ClassYearEndService yearEnd;

  @EJB IntegratedLessonService integrated;

  @EJB PeriodResults results;

  @EJB MarkService marks;

  @EJB AttendanceService attendance;

  @EJB DiaryService diary;

  private Fixtures fx;
  private Account admin;
  private Account deputy;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    admin = fx.account(fx.staff("Ada", "Administratorė", Role.DB_ADMIN));
    deputy = fx.account(fx.staff("Dalia", "Pavaduotoja", Role.DEPUTY));
    clock.set(TODAY);
  }

  @AfterEach
  void tearDown() {
    clock.reset();
  }

  @Test
  void aTestMustBeAnnouncedSevenCalendarDaysAhead() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 2);
    BusinessException tooSoon =
        assertThrows(
            BusinessException.class,
            () -> announce(school, school.classGroup, TODAY.plusDays(6), "Trupmenos"));
    assertEquals("plannedTest.tooSoon", tooSoon.getKey());
    assertEquals(0L, count("SELECT COUNT(*) FROM planned_test WHERE group_id = ?1", school));

    long id = announce(school, school.classGroup, TODAY.plusDays(7), "Trupmenos");
    List<PlannedTestView> coming =
        as(
            school.classTeacherAccount,
            () -> tests.ofClass(school.classId, TODAY, TODAY.plusDays(30)));
    assertEquals(1, coming.size());
    assertEquals(id, coming.get(0).id());
    assertEquals(TODAY.plusDays(7), coming.get(0).date());
  }

  @Test
  void aSecondTestOnTheSameDayIsRefusedAcrossGroupsAndNamesTheStudent() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 3);
    Student both = school.students.get(0);
    Subject english = fx.subject("Anglų kalba");
    StudyGroup language =
        fx.group(school.year, GroupKind.SUBJECT, "6a anglų", school.classGroup, english);
    StaffMember linguist = fx.staff("Rūta", "Anglistė", Role.TEACHER);
    Account linguistAccount = fx.account(linguist);
    fx.teach(linguist, english, language, JournalSchool.START);
    fx.member(language, both, JournalSchool.START);
    Student other = fx.student("Kitas", "Mokinys" + Fixtures.unique(""), 2019);
    fx.member(language, other, JournalSchool.START);
    LocalDate day = TODAY.plusDays(14);

    announce(school, school.classGroup, day, "Lygtys");
    BusinessException clash =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    linguistAccount,
                    () ->
                        tests.announce(language.getId(), english.getId(), day, "Present Simple")));
    assertEquals("plannedTest.clash", clash.getKey());
    String message = clash.localizedMessage(Messages.LITHUANIAN);
    assertTrue(message.contains(both.getFullName()), message);
    assertTrue(message.contains("Matematika"), message);
    assertTrue(!message.contains(other.getLastName()), message);
    assertEquals(
        0L,
        count("SELECT COUNT(*) FROM planned_test WHERE group_id = " + language.getId(), school));

    // the next day is free for the language group
    as(
        linguistAccount,
        () -> tests.announce(language.getId(), english.getId(), day.plusDays(1), "Present Simple"));

    // a home-schooling group counts too
    Subject music = fx.subject("Muzika");
    StudyGroup home =
        fx.group(school.year, GroupKind.HOME_SCHOOLING, "Namuose", school.classGroup, music);
    fx.member(home, both, JournalSchool.START);
    fx.teach(school.teacher, music, home, JournalSchool.START);
    BusinessException homeClash =
        assertThrows(BusinessException.class, () -> announce(school, home, day, "Natos", music));
    assertEquals("plannedTest.clash", homeClash.getKey());

    // the student and the guardian see the coming tests
    Guardian mother = fx.guardian("Ona", "Mama", both);
    Account motherAccount = fx.account(mother);
    List<PlannedTestView> seen = as(motherAccount, () -> tests.comingOfStudent(both.getId()));
    assertEquals(2, seen.size());
    assertEquals("Matematika", seen.get(0).subjectName());
    assertEquals("Anglų kalba", seen.get(1).subjectName());
    Account stranger = fx.account(fx.guardian("Svetimas", "Tėvas"));
    assertThrows(
        AccessDeniedException.class, () -> as(stranger, () -> tests.comingOfStudent(both.getId())));
  }

  @Test
  void testsWithoutMarksAWeekLaterAreListedForTheTeacherAndTheDeputy() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 7, 2);
    LocalDate day = TODAY.plusDays(7);
    long id = announce(school, school.classGroup, day, "Kontrolinis");
    clock.set(day.plusDays(7));
    assertTrue(ids(as(school.teacherAccount, () -> tests.marksLateOfMine())).contains(id));
    assertTrue(ids(as(deputy, () -> tests.marksLate())).contains(id));

    Lesson lesson = school.lesson(day, 2);
    doAs(
        school.teacherAccount,
        () ->
            marks.record(
                lesson.getId(), school.students.get(0).getId(), MarkInput.of(PeriodMarks.ten(9))));
    assertTrue(!ids(as(deputy, () -> tests.marksLate())).contains(id));
  }

  @Test
  void periodGradesOnlyWhileEntryIsOpenWithTheSuggestedGradeOfTheRule() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 3);
    Student a = school.students.get(0);
    Student b = school.students.get(1);
    Student c = school.students.get(2);
    markAll(school, a, 7, 8);
    markAll(school, b, 6, 7, 7);
    markAll(school, c, 9);
    long group = school.classGroup.getId();
    long subject = school.subject.getId();

    BusinessException closed =
        assertThrows(
            BusinessException.class,
            () ->
                doAs(
                    school.teacherAccount,
                    () ->
                        grades.enter(
                            group,
                            subject,
                            a.getId(),
                            PeriodKind.FIRST_SEMESTER,
                            PeriodGradeValue.tenPoint(8))));
    assertEquals("periodGrade.entryClosed", closed.getKey());

    doAs(
        admin,
        () ->
            grades.setEntry(
                school.year.getId(), PeriodKind.FIRST_SEMESTER, school.classId, null, true));
    PeriodGradeForm form =
        as(school.teacherAccount, () -> grades.form(group, subject, PeriodKind.FIRST_SEMESTER));
    assertTrue(form.entryOpen());
    Map<Long, PeriodGradeRow> rows = byStudent(form);
    assertEquals("8", rows.get(a.getId()).suggested()); // 7,5 rounds up
    assertEquals("7", rows.get(b.getId()).suggested()); // 6,67
    assertEquals(List.of("7", "8"), rows.get(a.getId()).marks());

    doAs(
        school.teacherAccount,
        () -> {
          grades.enter(
              group, subject, a.getId(), PeriodKind.FIRST_SEMESTER, PeriodGradeValue.tenPoint(8));
          // the teacher overrules the rule
          grades.enter(
              group, subject, b.getId(), PeriodKind.FIRST_SEMESTER, PeriodGradeValue.tenPoint(8));
          grades.enter(
              group, subject, c.getId(), PeriodKind.FIRST_SEMESTER, PeriodGradeValue.parse("npp"));
        });
    rows =
        byStudent(
            as(
                school.teacherAccount,
                () -> grades.form(group, subject, PeriodKind.FIRST_SEMESTER)));
    assertEquals("8", rows.get(b.getId()).grade().notation());
    assertEquals("7", rows.get(b.getId()).suggested());
    assertEquals("npp", rows.get(c.getId()).grade().notation());
    List<?> gradeIds =
        fx.inTx(
            () ->
                em.createNativeQuery("SELECT id FROM period_grade WHERE group_id = ?1")
                    .setParameter(1, group)
                    .getResultList());
    for (Object gradeId : gradeIds) {
      assertEquals(
          1L,
          count(
              "SELECT COUNT(*) FROM history_entry WHERE entity_type = 'period_grade'"
                  + " AND entity_id = '"
                  + gradeId
                  + "'",
              school));
    }

    // closed again: refused
    doAs(
        admin,
        () ->
            grades.setEntry(
                school.year.getId(), PeriodKind.FIRST_SEMESTER, school.classId, null, false));
    assertThrows(
        BusinessException.class,
        () ->
            doAs(
                school.teacherAccount,
                () ->
                    grades.enter(
                        group,
                        subject,
                        a.getId(),
                        PeriodKind.FIRST_SEMESTER,
                        PeriodGradeValue.tenPoint(9))));

    // a locked grade is refused even while entry is open
    doAs(
        admin,
        () -> grades.setEntry(school.year.getId(), PeriodKind.FIRST_SEMESTER, null, group, true));
    fx.inTx(
        () ->
            em.createNativeQuery("UPDATE period_grade SET locked = TRUE WHERE student_id = ?1")
                .setParameter(1, a.getId())
                .executeUpdate());
    BusinessException locked =
        assertThrows(
            BusinessException.class,
            () ->
                doAs(
                    school.teacherAccount,
                    () ->
                        grades.enter(
                            group,
                            subject,
                            a.getId(),
                            PeriodKind.FIRST_SEMESTER,
                            PeriodGradeValue.tenPoint(9))));
    assertEquals("periodGrade.locked", locked.getKey());

    // the annual grade is suggested from the semesters
    doAs(
        admin,
        () -> {
          grades.setEntry(
              school.year.getId(), PeriodKind.SECOND_SEMESTER, school.classId, null, true);
          grades.setEntry(school.year.getId(), PeriodKind.ANNUAL, school.classId, null, true);
        });
    doAs(
        school.teacherAccount,
        () ->
            grades.enter(
                group,
                subject,
                b.getId(),
                PeriodKind.SECOND_SEMESTER,
                PeriodGradeValue.tenPoint(7)));
    rows =
        byStudent(as(school.teacherAccount, () -> grades.form(group, subject, PeriodKind.ANNUAL)));
    assertEquals("8", rows.get(b.getId()).suggested()); // (8 + 7) / 2 = 7,5

    // the guardian sees the period grades
    Account father = fx.account(fx.guardian("Petras", "Tėtis", a));
    List<StudentPeriodGrade> seen =
        as(father, () -> grades.ofStudent(a.getId(), school.year.getId()));
    assertEquals(1, seen.size());
    assertEquals("8", seen.get(0).notation());
    assertEquals(PeriodKind.FIRST_SEMESTER, seen.get(0).period());

    // missing grades after the period's last day, for the teacher and the deputy
    clock.set(LocalDate.of(2031, 6, 20));
    List<MissingPeriodGrade> missing =
        as(
            school.teacherAccount,
            () -> grades.missingOfMine(school.year.getId(), PeriodKind.SECOND_SEMESTER));
    assertEquals(2, missing.size());
    assertTrue(
        as(deputy, () -> grades.missing(school.year.getId(), PeriodKind.SECOND_SEMESTER)).stream()
            .anyMatch(m -> m.studentId() == a.getId()));
  }

  @Test
  void summerWorkChangesTheFinalResultAndTheClassTeacherIsTold() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 1);
    Student student = school.students.get(0);
    long group = school.classGroup.getId();
    long subject = school.subject.getId();
    doAs(
        admin,
        () -> grades.setEntry(school.year.getId(), PeriodKind.ANNUAL, school.classId, null, true));
    doAs(
        school.teacherAccount,
        () ->
            grades.enter(
                group, subject, student.getId(), PeriodKind.ANNUAL, PeriodGradeValue.tenPoint(3)));
    SubjectResult before = only(results(school));
    assertEquals("3", before.finalResult().notation());
    assertNull(before.additionalWork());

    long workId =
        as(
            school.teacherAccount,
            () ->
                work.assign(
                    school.year.getId(),
                    student.getId(),
                    subject,
                    AdditionalWorkKind.SUMMER,
                    LocalDate.of(2031, 8, 25),
                    "Pakartoti trupmenas"));
    assertEquals(
        1L,
        count(
            "SELECT COUNT(*) FROM notice_outbox WHERE subject_key = 'notice.summerWork.subject'"
                + " AND CONCAT(',', recipient_ids, ',') LIKE '%,"
                + school.classTeacher.getId()
                + ",%'",
            school));
    doAs(school.teacherAccount, () -> work.enterResult(workId, PeriodGradeValue.tenPoint(5)));
    doAs(
        school.classTeacherAccount,
        () ->
            yearEnd.decidePromotion(
                student.getId(), school.year.getId(), PromotionKind.PROMOTED, null));

    StudentResults row =
        as(school.classTeacherAccount, () -> results.ofClass(school.classId, school.year.getId()))
            .students()
            .get(0);
    SubjectResult after = only(row);
    assertEquals("3", after.annual().notation());
    assertEquals("5", after.additionalWork().notation());
    assertEquals("5", after.finalResult().notation());
    assertEquals(PromotionKind.PROMOTED, row.promotion());
  }

  @Test
  void anIntegratedLessonsAbsenceCountsInEachSubjectButOnceInTheTotals() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 5, 2);
    Student student = school.students.get(0);
    Subject nature = fx.subject("Gamtos mokslai");
    LocalDate day = LocalDate.of(2030, 10, 8);
    Lesson lesson = school.lesson(day, 3);
    Lesson ordinary = school.lesson(day, 4);
    doAs(
        school.teacherAccount,
        () -> {
          integrated.integrate(lesson.getId(), Set.of(nature.getId()));
          attendance.record(lesson.getId(), student.getId(), AttendanceStatus.ABSENT);
          attendance.record(ordinary.getId(), student.getId(), AttendanceStatus.ABSENT);
          marks.record(lesson.getId(), student.getId(), MarkInput.of(PeriodMarks.ten(10)));
        });
    Map<Long, Integer> bySubject =
        as(
            school.classTeacherAccount,
            () -> integrated.absencesBySubject(student.getId(), day, day));
    assertEquals(2, bySubject.get(school.subject.getId()));
    assertEquals(1, bySubject.get(nature.getId()));

    Map<Long, AttendanceCount> totals =
        as(
            school.classTeacherAccount,
            () -> yearEnd.periodAttendance(school.classId, PeriodKind.FIRST_SEMESTER));
    assertEquals(2, totals.get(student.getId()).missed());
    assertEquals(
        2,
        as(school.classTeacherAccount, () -> diary.attendanceTotals(student.getId(), day, day))
            .absent());
    StudentResults row = results(school);
    assertEquals(2, row.attendance().get(PeriodKind.FIRST_SEMESTER).missed());
    assertEquals(2, row.attendance().get(PeriodKind.ANNUAL).missed());

    // the integrated lesson's mark counts in the other subject's period grade
    StaffMember naturalist = fx.staff("Gintė", "Gamtininkė", Role.TEACHER);
    Account naturalistAccount = fx.account(naturalist);
    fx.teach(naturalist, nature, school.classGroup, JournalSchool.START);
    PeriodGradeForm form =
        as(
            naturalistAccount,
            () ->
                grades.form(school.classGroup.getId(), nature.getId(), PeriodKind.FIRST_SEMESTER));
    assertEquals("10", byStudent(form).get(student.getId()).suggested());

    // the class teacher confirms a corrected count; the summary takes it
    doAs(
        school.classTeacherAccount,
        () ->
            yearEnd.confirmAttendance(
                student.getId(), school.year.getId(), PeriodKind.FIRST_SEMESTER, 2, 1));
    AttendanceCount confirmed = results(school).attendance().get(PeriodKind.FIRST_SEMESTER);
    assertEquals(1, confirmed.justified());
    assertTrue(confirmed.confirmed());
    BusinessException bad =
        assertThrows(
            BusinessException.class,
            () ->
                doAs(
                    school.classTeacherAccount,
                    () ->
                        yearEnd.confirmAttendance(
                            student.getId(),
                            school.year.getId(),
                            PeriodKind.FIRST_SEMESTER,
                            1,
                            2)));
    assertEquals("periodAttendance.counts", bad.getKey());
  }

  @Test
  void theClassResultsAndTheFormTakeAFixedNumberOfStatementsWhateverTheClassSize()
      throws Exception {
    JournalSchool small = graded(2);
    JournalSchool large = graded(9);
    StatementCounter.Count smallResults =
        StatementCounter.count(
            emf,
            () ->
                as(
                    small.classTeacherAccount,
                    () -> results.ofClass(small.classId, small.year.getId())));
    StatementCounter.Count largeResults =
        StatementCounter.count(
            emf,
            () ->
                as(
                    large.classTeacherAccount,
                    () -> results.ofClass(large.classId, large.year.getId())));
    assertEquals(
        smallResults.statements(), largeResults.statements(), largeResults.sql().toString());
    assertEquals(
        large.students.size(),
        as(large.classTeacherAccount, () -> results.ofClass(large.classId, large.year.getId()))
            .students()
            .stream()
            .filter(r -> r.subjects().size() == 1 && r.subjects().get(0).firstSemester() != null)
            .count());

    StatementCounter.Count smallForm =
        StatementCounter.count(
            emf,
            () ->
                as(
                    small.teacherAccount,
                    () ->
                        grades.form(
                            small.classGroup.getId(),
                            small.subject.getId(),
                            PeriodKind.FIRST_SEMESTER)));
    StatementCounter.Count largeForm =
        StatementCounter.count(
            emf,
            () ->
                as(
                    large.teacherAccount,
                    () ->
                        grades.form(
                            large.classGroup.getId(),
                            large.subject.getId(),
                            PeriodKind.FIRST_SEMESTER)));
    assertEquals(smallForm.statements(), largeForm.statements(), largeForm.sql().toString());
  }

  @Test
  void periodWorkIsRefusedToTeachersWithoutTheRelationship() throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, 1);
    JournalSchool other = JournalSchool.of(fx, em, 6, 1);
    long student = school.students.get(0).getId();
    doAs(
        admin,
        () ->
            grades.setEntry(
                school.year.getId(), PeriodKind.FIRST_SEMESTER, school.classId, null, true));
    assertThrows(
        AccessDeniedException.class,
        () ->
            doAs(
                other.teacherAccount,
                () ->
                    grades.enter(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        student,
                        PeriodKind.FIRST_SEMESTER,
                        PeriodGradeValue.tenPoint(9))));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.teacherAccount,
                () ->
                    tests.announce(
                        school.classGroup.getId(),
                        school.subject.getId(),
                        TODAY.plusDays(10),
                        "Svetimas")));
    // a guessed group id gets the same refusal; the admin's switch is refused at the role gate
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.teacherAccount,
                () ->
                    tests.announce(
                        Long.MAX_VALUE, school.subject.getId(), TODAY.plusDays(10), "?")));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.teacherAccount,
                () ->
                    work.assign(
                        school.year.getId(),
                        student,
                        school.subject.getId(),
                        AdditionalWorkKind.ADDITIONAL,
                        LocalDate.of(2031, 3, 1),
                        null)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            doAs(
                other.classTeacherAccount,
                () ->
                    yearEnd.decidePromotion(
                        student, school.year.getId(), PromotionKind.NOT_PROMOTED, null)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.classTeacherAccount,
                () -> results.ofClass(school.classId, school.year.getId())));
    assertThrows(
        jakarta.ejb.EJBAccessException.class,
        () ->
            doAs(
                school.teacherAccount,
                () ->
                    grades.setEntry(
                        school.year.getId(), PeriodKind.ANNUAL, school.classId, null, true)));
  }

  /** A class whose every student has a first-semester mark and grade. */
  private JournalSchool graded(int size) throws Exception {
    JournalSchool school = JournalSchool.of(fx, em, 6, size);
    doAs(
        admin,
        () ->
            grades.setEntry(
                school.year.getId(), PeriodKind.FIRST_SEMESTER, school.classId, null, true));
    Lesson lesson = school.lesson(LocalDate.of(2030, 10, 9), 1);
    doAs(
        school.teacherAccount,
        () -> {
          for (Student s : school.students) {
            marks.record(lesson.getId(), s.getId(), MarkInput.of(PeriodMarks.ten(7)));
            attendance.record(lesson.getId(), s.getId(), AttendanceStatus.LATE);
            grades.enter(
                school.classGroup.getId(),
                school.subject.getId(),
                s.getId(),
                PeriodKind.FIRST_SEMESTER,
                PeriodGradeValue.tenPoint(7));
          }
        });
    return school;
  }

  // ------------------------------------------------------------------------------------------

  private long announce(JournalSchool school, StudyGroup group, LocalDate day, String what)
      throws Exception {
    return announce(school, group, day, what, school.subject);
  }

  private long announce(
      JournalSchool school, StudyGroup group, LocalDate day, String what, Subject subject)
      throws Exception {
    return as(
        school.teacherAccount, () -> tests.announce(group.getId(), subject.getId(), day, what));
  }

  private void markAll(JournalSchool school, Student student, int... values) throws Exception {
    LocalDate day = LocalDate.of(2030, 10, 14);
    for (int value : values) {
      Lesson lesson = lessonOn(school, day);
      doAs(
          school.teacherAccount,
          () ->
              marks.record(lesson.getId(), student.getId(), MarkInput.of(PeriodMarks.ten(value))));
      day = day.plusDays(1);
    }
  }

  /** The day's lesson 1 of the class, created once and shared by the students' marks. */
  private Lesson lessonOn(JournalSchool school, LocalDate day) throws Exception {
    List<Lesson> found =
        fx.inTx(
            () ->
                em.createQuery(
                        "SELECT l FROM Lesson l WHERE l.group.id = :g AND l.lessonDate = :d",
                        Lesson.class)
                    .setParameter("g", school.classGroup.getId())
                    .setParameter("d", day)
                    .getResultList());
    return found.isEmpty() ? school.lesson(day, 1) : found.get(0);
  }

  private StudentResults results(JournalSchool school) throws Exception {
    ClassResults classResults =
        as(school.classTeacherAccount, () -> results.ofClass(school.classId, school.year.getId()));
    return classResults.students().stream()
        .filter(s -> s.studentId() == school.students.get(0).getId())
        .findFirst()
        .orElseThrow();
  }

  private static SubjectResult only(StudentResults row) {
    assertEquals(1, row.subjects().size());
    return row.subjects().get(0);
  }

  private static Map<Long, PeriodGradeRow> byStudent(PeriodGradeForm form) {
    return form.rows().stream()
        .collect(java.util.stream.Collectors.toMap(PeriodGradeRow::studentId, r -> r));
  }

  private static List<Long> ids(List<PlannedTestView> views) {
    return views.stream().map(PlannedTestView::id).toList();
  }

  private long count(String sql, JournalSchool school) throws Exception {
    String resolved = sql.replace("?1", String.valueOf(school.classGroup.getId()));
    return fx.inTx(() -> ((Number) em.createNativeQuery(resolved).getSingleResult()).longValue());
  }

  /** Ten-point marks for the journal. */
  private static final class PeriodMarks {
    static lt.dienynas.assessment.MarkValue ten(int value) {
      return lt.dienynas.assessment.MarkValue.tenPoint(value);
    }
  }
}
