package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import lt.dienynas.assessment.AssessmentKind;
import lt.dienynas.history.ChangeSource;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.journal.JournalChanges;
import lt.dienynas.journal.JournalMonth;
import lt.dienynas.journal.JournalService;
import lt.dienynas.journal.JournalStudent;
import lt.dienynas.journal.Lesson;
import lt.dienynas.journal.LessonRecord;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupMembershipService.GroupView;
import lt.dienynas.school.GroupMembershipService.MemberView;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Group lists (§23.1, §23.14): memberships with dates, in-year moves between subject groups that
 * keep each group's journal of its own period, a home-schooling group with its own journal, and
 * every write refused to each role without the relation.
 */
@ExtendWith(ArquillianExtension.class)
class GroupMembershipIT {
  private static final LocalDate START = JournalSchool.START;
  private static final LocalDate MOVE = LocalDate.of(2030, 10, 15);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("group-membership-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB GroupMembershipService memberships;
  @EJB JournalService journal;
  @EJB HistoryLog history;
  @Inject ChangeSource source;

  private Fixtures fx;
  private JournalSchool school;
  private Account admin;
  private StudyGroup groupA;
  private StudyGroup groupB;
  private Subject english;
  private StaffMember teacherA;
  private Account teacherALogin;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    school = JournalSchool.of(fx, em, 6, 3);
    admin = fx.account(fx.staff("Adomas", "Administratorius", Role.DB_ADMIN));
    english = fx.subject("Anglų kalba");
    groupA = fx.group(school.year, GroupKind.SUBJECT, "6a anglų 1", school.classGroup, english);
    groupB = fx.group(school.year, GroupKind.SUBJECT, "6a anglų 2", school.classGroup, english);
    teacherA = fx.staff("Aistė", "Anglistė", Role.TEACHER);
    teacherALogin = fx.account(teacherA);
    fx.teach(teacherA, english, groupA, START);
    fx.teach(teacherA, english, groupB, START);
  }

  @Test
  void aStudentMovedMidMonthShowsInEachGridForTheirOwnDates() throws Exception {
    Student student = school.students.get(0);
    // one request, as a page names it: the journal's entries carry it, the membership's their own
    source.name("screen /groups/members.xhtml");
    long first = as(admin, () -> memberships.add(groupA.getId(), student.getId(), START, null));
    Lesson before = school.lesson(groupA, english, teacherA, LocalDate.of(2030, 10, 8), 2);
    Lesson after = school.lesson(groupB, english, teacherA, LocalDate.of(2030, 10, 22), 2);
    MemberView loaded = memberOf(groupA, student);
    // the move's targets: group A's kind and school year (2030–2031, not today's)
    assertEquals(
        List.of(groupB.getId()),
        as(teacherALogin, () -> memberships.moveTargets(groupA.getId())).stream()
            .map(GroupView::id)
            .toList());
    // a mark in group A before the move, by its teacher
    as(
        teacherALogin,
        () ->
            run(
                () ->
                    journal.saveLesson(
                        before.getId(),
                        LessonRecord.topic("Present Simple"),
                        AssessmentKind.CLASSWORK,
                        null,
                        JournalSchool.cells(student, "8"))));
    long second =
        as(teacherALogin, () -> memberships.move(first, loaded.version(), groupB.getId(), MOVE));
    // after the move: a mark in group B's lesson of its own period goes in; group A's lesson after
    // the move and group B's before it are not the student's
    as(
        teacherALogin,
        () ->
            run(
                () ->
                    journal.saveLesson(
                        after.getId(),
                        LessonRecord.topic("Past Simple"),
                        AssessmentKind.CLASSWORK,
                        null,
                        JournalSchool.cells(student, "9"))));
    Lesson aAfterMove = school.lesson(groupA, english, teacherA, LocalDate.of(2030, 10, 22), 3);
    Lesson bBeforeMove = school.lesson(groupB, english, teacherA, LocalDate.of(2030, 10, 8), 3);
    for (Lesson notTheirs : List.of(aAfterMove, bBeforeMove)) {
      BusinessException notMember =
          assertThrows(
              BusinessException.class,
              () ->
                  as(
                      teacherALogin,
                      () ->
                          run(
                              () ->
                                  journal.saveLesson(
                                      notTheirs.getId(),
                                      LessonRecord.topic("Kartojimas"),
                                      AssessmentKind.CLASSWORK,
                                      null,
                                      JournalSchool.cells(student, "7")))));
      assertEquals("journal.notMember", notMember.getKey(), notTheirs.getGroup().getName());
    }

    JournalMonth october =
        as(admin, () -> journal.month(groupA.getId(), null, YearMonth.of(2030, 10)));
    JournalStudent inA = only(october, student);
    assertTrue(inA.isMemberOn(before.getLessonDate()));
    assertTrue(inA.isMemberOn(MOVE.minusDays(1)));
    assertFalse(inA.isMemberOn(MOVE));
    JournalMonth octoberB =
        as(admin, () -> journal.month(groupB.getId(), null, YearMonth.of(2030, 10)));
    JournalStudent inB = only(octoberB, student);
    assertFalse(inB.isMemberOn(MOVE.minusDays(1)));
    assertTrue(inB.isMemberOn(after.getLessonDate()));
    // the marks are kept, each in its own group's grid
    assertEquals("8", october.cell(before.getId(), student.getId()).notation());
    assertEquals("9", octoberB.cell(after.getId(), student.getId()).notation());
    assertTrue(october.cell(aAfterMove.getId(), student.getId()).notation().isBlank());
    // November: gone from group A's grid, in group B's
    assertTrue(
        as(admin, () -> journal.month(groupA.getId(), null, YearMonth.of(2030, 11)))
            .students()
            .stream()
            .noneMatch(s -> s.id() == student.getId()));
    only(as(admin, () -> journal.month(groupB.getId(), null, YearMonth.of(2030, 11))), student);

    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.UPDATE),
        history.of("group_member", first).stream().map(e -> e.getAction()).toList());
    assertEquals(1, history.of("group_member", second).size());
    assertEquals(
        List.of("group membership", "group membership", "group membership"),
        java.util.stream.Stream.concat(
                history.of("group_member", first).stream(),
                history.of("group_member", second).stream())
            .map(HistoryEntry::getSource)
            .toList());
    assertEquals(
        List.of("screen /groups/members.xhtml"),
        history
            .of(JournalChanges.MARK, JournalChanges.cellId(before.getId(), student.getId()))
            .stream()
            .map(HistoryEntry::getSource)
            .toList());

    BusinessException stale =
        assertThrows(
            BusinessException.class,
            () -> as(admin, () -> run(() -> memberships.end(first, loaded.version(), MOVE))));
    assertEquals("record.stale", stale.getKey());
    BusinessException overlap =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    admin,
                    () ->
                        memberships.add(groupB.getId(), student.getId(), MOVE.plusDays(5), null)));
    assertEquals("groupMember.overlap", overlap.getKey());
    BusinessException outside =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    admin,
                    () ->
                        memberships.add(
                            groupA.getId(),
                            school.students.get(1).getId(),
                            LocalDate.of(2031, 9, 1),
                            null)));
    assertEquals("groupMember.outsideYear", outside.getKey());
  }

  @Test
  void aHomeSchoolingGroupHasItsOwnJournal() throws Exception {
    Student student = school.students.get(1);
    fx.member(groupA, student, START);
    long groupId =
        as(
            teacherALogin,
            () ->
                memberships.createHomeSchoolingGroup(
                    student.getId(),
                    english.getId(),
                    "Anglų k. namuose",
                    LocalDate.of(2030, 11, 4)));
    StudyGroup home = em.find(StudyGroup.class, groupId);
    assertEquals(GroupKind.HOME_SCHOOLING, home.getKind());
    assertEquals(school.classId, home.getSchoolClass().orElseThrow().getId());
    Lesson lesson = school.lesson(home, english, teacherA, LocalDate.of(2030, 11, 5), 7);
    // the teacher keeps its journal: a topic, homework and the student's mark
    as(
        teacherALogin,
        () ->
            run(
                () ->
                    journal.saveLesson(
                        lesson.getId(),
                        new LessonRecord(
                            "Irregular verbs", "Pratimai 12–14", null, null, null, false),
                        AssessmentKind.CLASSWORK,
                        null,
                        JournalSchool.cells(student, "10"))));
    // a classmate is not in the home-schooling group: no mark of theirs goes in
    BusinessException notMember =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    teacherALogin,
                    () ->
                        run(
                            () ->
                                journal.saveLesson(
                                    lesson.getId(),
                                    LessonRecord.topic("Irregular verbs"),
                                    AssessmentKind.CLASSWORK,
                                    null,
                                    JournalSchool.cells(school.students.get(0), "6")))));
    assertEquals("journal.notMember", notMember.getKey());
    JournalMonth november =
        as(teacherALogin, () -> journal.month(groupId, null, YearMonth.of(2030, 11)));
    assertEquals(List.of(lesson.getId()), november.lessons().stream().map(l -> l.id()).toList());
    assertEquals("Irregular verbs", november.lessons().get(0).topic());
    assertEquals("Pratimai 12–14", november.lessons().get(0).homework());
    assertEquals("10", november.cell(lesson.getId(), student.getId()).notation());
    assertEquals(
        List.of(student.getId()), november.students().stream().map(JournalStudent::id).toList());
    assertEquals(1, history.of("study_group", groupId).size());
    // the teacher manages their new group's list
    assertTrue(as(teacherALogin, () -> memberships.mayManage(groupId)));

    // a teacher who does not teach the student the subject may not open one
    Account stranger = fx.account(fx.staff("Kitas", "Mokytojas", Role.TEACHER));
    assertRefused(
        stranger,
        () ->
            memberships.createHomeSchoolingGroup(
                student.getId(), english.getId(), "Namuose", LocalDate.of(2030, 11, 4)));
  }

  @Test
  void everyMembershipWriteIsRefusedToEachRoleWithoutTheRelation() throws Exception {
    Student student = school.students.get(2);
    long member = as(admin, () -> memberships.add(groupA.getId(), student.getId(), START, null));
    int version = memberOf(groupA, student).version();
    StudyGroup nonFormal = fx.group(school.year, GroupKind.NON_FORMAL, "Šachmatai", null, null);
    Account otherTeacher = fx.account(fx.staff("Kitas", "Mokytojas", Role.TEACHER));
    Account classTeacher = school.classTeacherAccount;
    Account guardian = fx.account(fx.guardian("Rasa", "Mama", student));
    Account director = fx.account(fx.staff("Dalia", "Direktorė", Role.DIRECTOR));
    for (Account who : List.of(otherTeacher, classTeacher, guardian, director)) {
      assertRefused(who, () -> memberships.add(groupA.getId(), student.getId(), START, null));
      assertRefused(who, () -> run(() -> memberships.end(member, version, MOVE)));
      assertRefused(who, () -> memberships.move(member, version, groupB.getId(), MOVE));
      assertRefused(who, () -> memberships.candidates(groupA.getId(), ""));
      assertRefused(who, () -> memberships.moveTargets(groupA.getId()));
    }
    // the subject teacher: their own subject groups only, not the class's group or a non-formal one
    assertRefused(
        teacherALogin,
        () -> memberships.add(school.classGroup.getId(), student.getId(), START, null));
    assertRefused(
        teacherALogin, () -> memberships.add(nonFormal.getId(), student.getId(), START, null));
    assertRefused(teacherALogin, () -> memberships.move(member, version, nonFormal.getId(), MOVE));
    assertEquals(null, memberOf(groupA, student).to());
    // the admin fills the non-formal group's list
    as(
        admin,
        () ->
            memberships.add(nonFormal.getId(), student.getId(), START, LocalDate.of(2031, 5, 31)));
    assertEquals(
        LocalDate.of(2031, 5, 31),
        as(admin, () -> memberships.members(nonFormal.getId())).get(0).to());
  }

  @Test
  void thePreschoolTeacherReadsTheirGroupsListAndCorrectsItsDataButFillsNoList() throws Exception {
    StudyGroup preschool = fx.group(school.year, GroupKind.PRESCHOOL, "Boružėlės", null, null);
    StudyGroup otherPreschool = fx.group(school.year, GroupKind.PRESCHOOL, "Bitutės", null, null);
    StaffMember teacher = fx.staff("Liepa", "Darželienė", Role.PRESCHOOL_TEACHER);
    fx.teach(teacher, fx.subject("Priešmokyklinis ugdymas"), preschool, START);
    Account login = fx.account(teacher);
    Student small = fx.student("Mažylė", "Boružytė", 2024);
    fx.member(preschool, small, START);

    assertEquals(
        List.of(small.getId()),
        as(login, () -> memberships.members(preschool.getId())).stream()
            .map(MemberView::studentId)
            .toList());
    assertTrue(as(login, () -> memberships.mayEditStudentData(preschool.getId())));
    assertFalse(as(login, () -> memberships.mayManage(preschool.getId())));
    assertFalse(as(login, () -> memberships.mayEditStudentData(otherPreschool.getId())));
    assertRefused(login, () -> memberships.members(otherPreschool.getId()));
    assertRefused(login, () -> memberships.add(preschool.getId(), small.getId(), START, null));
  }

  private MemberView memberOf(StudyGroup group, Student student) throws Exception {
    return as(admin, () -> memberships.members(group.getId())).stream()
        .filter(m -> m.studentId() == student.getId())
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static JournalStudent only(JournalMonth month, Student student) {
    List<JournalStudent> found =
        month.students().stream().filter(s -> s.id() == student.getId()).toList();
    assertEquals(1, found.size(), month.groupName());
    return found.get(0);
  }

  private static void assertRefused(Account who, Callable<?> action) {
    assertThrows(
        AccessDeniedException.class,
        () -> AsPerson.call(who.login(), who.password(), action),
        who.login());
  }

  private static Object run(Runnable action) {
    action.run();
    return null;
  }

  private static <T> T as(Account who, Callable<T> action) throws Exception {
    return AsPerson.call(who.login(), who.password(), action);
  }
}
