package lt.dienynas.classdocs;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static lt.dienynas.testing.JournalSchool.as;
import static lt.dienynas.testing.JournalSchool.doAs;
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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.shared.Messages;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import lt.dienynas.testing.PdfText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Safety and other instructions (§21.4, §23.9): the class teacher records one for the class, a
 * subject teacher for their group; the sign sheet lists exactly the group's students of that day;
 * the signed sheet is filed once; the year, the month lock, a coming day and a stale version are
 * refused; every role without the relationship is refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class InstructionIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("instruction-it").addClass(BusinessAssertions.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB InstructionService instructions;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  @Test
  void theClassTeacherAndASubjectTeacherRecordAndFileInstructions() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 6, 3);
    clock.set(LocalDate.of(2030, 10, 15));
    Subject english = fx.subject("Anglų kalba");
    StudyGroup englishGroup =
        fx.group(school.year, GroupKind.SUBJECT, "6a anglų", school.classGroup, english);
    StaffMember englishStaff = fx.staff("Laima", "Anglė", Role.TEACHER);
    Account englishTeacher = fx.account(englishStaff);
    fx.teach(englishStaff, english, englishGroup, JournalSchool.START);
    Student first = school.students.get(0);
    Student second = school.students.get(1);
    fx.member(englishGroup, first, JournalSchool.START);
    fx.member(englishGroup, second, JournalSchool.START);
    // a student who joined after the day is not on that day's sheet
    Student later = fx.student("Vėlesnis", "Atėjęs", 2019);
    fx.member(school.classGroup, later, DAY.plusDays(1));

    InstructionView forClass =
        as(
            school.classTeacherAccount,
            () ->
                instructions.record(
                    new NewInstruction(
                        school.classGroup.getId(),
                        InstructionKind.SAFETY,
                        DAY,
                        "Saugus elgesys kelyje",
                        "Eismo taisyklės pėsčiajam, šviesą atspindintys elementai.")));
    assertEquals(InstructionKind.SAFETY, forClass.kind());
    assertEquals(DAY, forClass.date());
    assertEquals(school.classGroup.getName(), forClass.groupName());
    assertEquals("Jūratė Vadovė", forClass.recordedByName());
    assertFalse(forClass.filed());

    InstructionView forGroup =
        as(
            englishTeacher,
            () ->
                instructions.record(
                    new NewInstruction(
                        englishGroup.getId(),
                        InstructionKind.OTHER,
                        DAY,
                        "Darbas kompiuterių klasėje",
                        "Elektros sauga.")));
    assertEquals("Laima Anglė", forGroup.recordedByName());

    // the sheets: one line per student of the group on that day
    DownloadFile classSheet =
        as(
            school.classTeacherAccount,
            () -> instructions.signSheet(forClass.id(), Messages.LITHUANIAN));
    assertEquals("application/pdf", classSheet.contentType());
    String classText = PdfText.flat(classSheet.content());
    assertTrue(classText.contains("Instruktažo lapas"), classText);
    assertTrue(classText.contains("Saugus elgesys kelyje"), classText);
    for (Student s : school.students) {
      assertTrue(classText.contains(s.getFirstName() + " " + s.getLastName()), classText);
    }
    assertFalse(classText.contains("Vėlesnis Atėjęs"), classText);
    String groupText =
        PdfText.flat(
            as(englishTeacher, () -> instructions.signSheet(forGroup.id(), Messages.LITHUANIAN))
                .content());
    assertTrue(groupText.contains(first.getFirstName() + " " + first.getLastName()), groupText);
    assertTrue(groupText.contains(second.getFirstName() + " " + second.getLastName()), groupText);
    Student third = school.students.get(2);
    assertFalse(groupText.contains(third.getFirstName() + " " + third.getLastName()), groupText);

    // the class teacher sees the class's instructions; the subject teacher their group's
    assertEquals(
        List.of(forClass.id()),
        as(school.classTeacherAccount, () -> instructions.ofGroup(school.classGroup.getId()))
            .stream()
            .map(InstructionView::id)
            .toList());

    // filing the signed sheet: a stale version is refused, then once, never twice
    assertThrows(
        StaleWriteException.class,
        () ->
            as(
                school.classTeacherAccount,
                () -> instructions.fileSheet(forClass.id(), forClass.version() + 1)));
    InstructionView filed =
        as(
            school.classTeacherAccount,
            () -> instructions.fileSheet(forClass.id(), forClass.version()));
    assertTrue(filed.filed());
    assertEquals("Jūratė Vadovė", filed.sheetFiledByName());
    assertRefused(
        "classdocs.instruction.alreadyFiled",
        () -> as(school.classTeacherAccount, () -> instructions.fileSheet(forClass.id(), null)));

    List<HistoryEntry> entries = history.of("class_instruction", forClass.id());
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.UPDATE),
        entries.stream().map(HistoryEntry::getAction).toList());
    assertTrue(
        entries.get(1).getAfterValue().contains("\"filedBy\":"), entries.get(1).getAfterValue());
  }

  @Test
  void aComingDayALockedMonthAndBadTextAreRefused() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    clock.set(LocalDate.of(2030, 10, 15));
    long groupId = school.classGroup.getId();
    long before = count();
    assertRefused(
        "classdocs.instruction.future",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    instructions.record(
                        new NewInstruction(
                            groupId, InstructionKind.SAFETY, DAY.plusDays(10), "Ateitis", "x"))));
    assertRefused(
        "plainText.invalid",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    instructions.record(
                        new NewInstruction(
                            groupId, InstructionKind.SAFETY, DAY, "Bloga\u0007", "x"))));
    assertRefused(
        "classdocs.instruction.title",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    instructions.record(
                        new NewInstruction(groupId, InstructionKind.SAFETY, DAY, " ", "x"))));
    Account admin = fx.account(fx.staff("Ada", "Užraktė", Role.DB_ADMIN));
    doAs(admin, () -> locks.lock(YearMonth.of(2030, 9), school.classId));
    assertRefused(
        "month.locked",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    instructions.record(
                        new NewInstruction(
                            groupId,
                            InstructionKind.SAFETY,
                            LocalDate.of(2030, 9, 20),
                            "Rugsėjis",
                            "x"))));
    assertEquals(before, count(), "nothing recorded");
  }

  @Test
  void everyoneWithoutTheRelationshipIsRefused() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 8, 2);
    JournalSchool other = JournalSchool.of(fx, em, 8, 1);
    clock.set(LocalDate.of(2030, 10, 15));
    long groupId = school.classGroup.getId();
    Student child = school.students.get(0);
    Account guardian = fx.account(fx.guardian("Rasa", "Globėja", child));
    Account student = fx.account(child);
    InstructionView recorded =
        as(
            school.classTeacherAccount,
            () ->
                instructions.record(
                    new NewInstruction(
                        groupId, InstructionKind.SAFETY, DAY, "Gaisrinė sauga", "Evakuacija.")));
    long before = count();
    NewInstruction again =
        new NewInstruction(groupId, InstructionKind.SAFETY, DAY, "Dar vienas", "x");

    // another class's class teacher, and a teacher not of the group
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.classTeacherAccount, () -> instructions.record(again)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.teacherAccount, () -> instructions.record(again)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.classTeacherAccount, () -> instructions.fileSheet(recorded.id(), null)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.teacherAccount, () -> instructions.ofGroup(groupId)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.classTeacherAccount,
                () -> instructions.signSheet(recorded.id(), Messages.LITHUANIAN)));
    // the teacher of the class's subject recorded nothing, but may read the class's instructions
    assertEquals(1, as(school.teacherAccount, () -> instructions.ofGroup(groupId)).size());
    // a guardian and a student have no way in at all
    assertThrows(EJBAccessException.class, () -> as(guardian, () -> instructions.record(again)));
    assertThrows(EJBAccessException.class, () -> as(student, () -> instructions.record(again)));
    assertThrows(
        EJBAccessException.class,
        () -> as(guardian, () -> instructions.signSheet(recorded.id(), Messages.LITHUANIAN)));
    assertThrows(EJBAccessException.class, () -> as(student, () -> instructions.ofGroup(groupId)));
    assertEquals(before, count(), "nothing recorded");
    assertTrue(
        fx.inTx(() -> em.find(ClassInstruction.class, recorded.id())).getSheetFiledAt().isEmpty(),
        "not filed");
  }

  private long count() throws Exception {
    return new Fixtures(em, tx)
        .inTx(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM class_instruction")
                            .getSingleResult())
                    .longValue());
  }
}
