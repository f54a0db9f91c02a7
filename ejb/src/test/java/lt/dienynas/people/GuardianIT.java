package lt.dienynas.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lt.dienynas.diary.DiaryChild;
import lt.dienynas.diary.DiaryService;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.people.GuardianService.GuardianView;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.AccountAdministration;
import lt.dienynas.security.AccountAdministration.IssuedCredentials;
import lt.dienynas.security.EntryGate;
import lt.dienynas.security.OwnPassword;
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

/**
 * Guardians (§17.4, §21.1, §22.2, §22.11–22.12): created and linked by the DB admin, corrected by
 * the class teacher and the pre-school teacher of their children, given a first-login slip; every
 * change in the history; every write refused to each role without the relation.
 */
@ExtendWith(ArquillianExtension.class)
class GuardianIT {
  private static final LocalDate START = LocalDate.of(2030, 9, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("guardian-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB GuardianService guardians;
  @EJB AccountAdministration accounts;
  @EJB OwnPassword ownPassword;
  @EJB EntryGate gate;
  @EJB DiaryService diary;
  @EJB HistoryLog history;

  private Fixtures fx;
  private Account admin;
  private StaffMember classTeacher;
  private Account classTeacherLogin;
  private Student sixth;
  private Student third;
  private Student otherStudent;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    admin = fx.account(fx.staff("Adomas", "Administratorius", Role.DB_ADMIN));
    SchoolYear year = fx.year();
    classTeacher = fx.staff("Vilma", "Auklėtoja", Role.CLASS_TEACHER, Role.TEACHER);
    classTeacherLogin = fx.account(classTeacher);
    StudyGroup sixA = fx.gradeClass(year, 6, "a", classTeacher);
    StudyGroup threeB = fx.gradeClass(year, 3, "b", null);
    StudyGroup sixB = fx.gradeClass(year, 6, "b", null);
    sixth = fx.student("Ąžuolas", "Kazlauskas", 2018);
    third = fx.student("Ugnė", "Kazlauskaitė", 2021);
    otherStudent = fx.student("Lukas", "Svetimas", 2018);
    fx.member(sixA, sixth, START);
    fx.member(threeB, third, START);
    fx.member(sixB, otherStudent, START);
  }

  @Test
  void aGuardianOfTwoChildrenInTwoClassesGetsASlipChangesThePasswordAndSeesBoth() throws Exception {
    long guardianId =
        as(
            admin,
            () ->
                guardians.create(
                    PersonData.guardian("Rasa", "Kazlauskienė", "rasa@example.lt"), sixth.getId()));
    as(
        admin,
        () -> {
          guardians.link(guardianId, third.getId());
          return null;
        });
    GuardianView view = as(admin, () -> guardians.guardian(guardianId));
    assertEquals(
        List.of("Ugnė Kazlauskaitė (3b)", "Ąžuolas Kazlauskas (6a)"),
        view.children().stream().map(c -> c.fullName() + " (" + c.className() + ")").toList());
    BusinessException twice =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    admin,
                    () -> {
                      guardians.link(guardianId, third.getId());
                      return null;
                    }));
    assertEquals("guardian.alreadyLinked", twice.getKey());

    IssuedCredentials slip = as(admin, () -> accounts.issueFirstLogin(guardianId));
    assertEquals(
        EntryGate.Step.CHANGE_PASSWORD,
        AsPerson.call(slip.login(), slip.password(), () -> gate.nextStepOfCaller()));
    AsPerson.call(
        slip.login(),
        slip.password(),
        () -> {
          ownPassword.change(slip.password(), "Tevu-Slapt-2030", "Tevu-Slapt-2030");
          return null;
        });
    assertEquals(
        EntryGate.Step.NONE,
        AsPerson.call(slip.login(), "Tevu-Slapt-2030", () -> gate.nextStepOfCaller()));
    List<DiaryChild> children =
        AsPerson.call(slip.login(), "Tevu-Slapt-2030", () -> diary.children(START.plusDays(3)));
    assertEquals(
        List.of(third.getId(), sixth.getId()).stream().sorted().toList(),
        children.stream().map(DiaryChild::studentId).sorted().toList());
    assertEquals(2, children.size());
    AsPerson.call(
        slip.login(), "Tevu-Slapt-2030", () -> diary.week(sixth.getId(), START.plusDays(3)));

    // unlinked from one child: that child's diary is closed to them, the other stays open
    as(
        admin,
        () -> {
          guardians.unlink(guardianId, third.getId());
          return null;
        });
    assertThrows(
        AccessDeniedException.class,
        () ->
            AsPerson.call(slip.login(), "Tevu-Slapt-2030", () -> diary.week(third.getId(), START)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            AsPerson.call(
                slip.login(), "Tevu-Slapt-2030", () -> diary.week(otherStudent.getId(), START)));

    List<HistoryEntry> created = history.of("guardian", guardianId);
    assertEquals(HistoryAction.INSERT, created.get(0).getAction());
    assertEquals(admin.login(), created.get(0).getActorLogin());
    List<HistoryEntry> links = history.of("guardianship", guardianId + "-" + third.getId());
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.DELETE),
        links.stream().map(HistoryEntry::getAction).toList());
  }

  @Test
  void twoGuardiansOfOneChild() throws Exception {
    long mother =
        as(
            admin,
            () -> guardians.create(PersonData.guardian("Rasa", "Motina", null), sixth.getId()));
    long father =
        as(admin, () -> guardians.create(PersonData.guardian("Jonas", "Tėvas", ""), sixth.getId()));
    List<GuardianView> both = as(admin, () -> guardians.guardiansOf(sixth.getId()));
    assertEquals(
        List.of(mother, father).stream().sorted().toList(),
        both.stream().map(GuardianView::id).sorted().toList());
  }

  @Test
  void theClassTeacherCorrectsTheirStudentsAndGuardiansDataWithHistoryAndLocking()
      throws Exception {
    Guardian parent = fx.guardian("Asta", "Savienė", sixth);
    GuardianView loaded = as(classTeacherLogin, () -> guardians.guardian(parent.getId()));
    as(
        classTeacherLogin,
        () -> {
          guardians.update(
              parent.getId(),
              loaded.version(),
              PersonData.guardian("Asta", "Savickienė", "asta@example.lt"));
          return null;
        });
    BusinessException stale =
        assertThrows(
            BusinessException.class,
            () ->
                as(
                    classTeacherLogin,
                    () -> {
                      guardians.update(
                          parent.getId(),
                          loaded.version(),
                          PersonData.guardian("Asta", "Kita", null));
                      return null;
                    }));
    assertEquals("record.stale", stale.getKey());
    assertEquals("Savickienė", em.find(Guardian.class, parent.getId()).getLastName());
    List<HistoryEntry> entries = history.of("guardian", parent.getId());
    assertEquals(1, entries.size());
    assertTrue(entries.get(0).getAfterValue().contains("Savickienė"));
    assertEquals(classTeacherLogin.login(), entries.get(0).getActorLogin());

    var student = as(classTeacherLogin, () -> guardians.student(sixth.getId()));
    PersonalCode newCode = PersonalCode.of(LocalDate.of(2018, 3, 3), true, 417);
    as(
        classTeacherLogin,
        () -> {
          guardians.updateStudent(
              sixth.getId(),
              student.version(),
              new PersonData("Ąžuolas", "Kazlauskas", null, newCode.value()));
          return null;
        });
    Student corrected = em.find(Student.class, sixth.getId());
    assertEquals(LocalDate.of(2018, 3, 3), corrected.getBirthDate());
    assertEquals(1, history.of("student", sixth.getId()).size());
  }

  @Test
  void badInputIsRefusedWithItsKeyAndChangesNothing() throws Exception {
    var student = as(admin, () -> guardians.student(sixth.getId()));
    String wrongCheckDigit = wrongCheckDigit(student.personalCode());
    assertEquals(
        "personalCode.checkDigit",
        refusal(
            () ->
                run(
                    () ->
                        guardians.updateStudent(
                            sixth.getId(),
                            student.version(),
                            new PersonData("Ąžuolas", "Kazlauskas", null, wrongCheckDigit)))));
    assertEquals(
        "personalCode.format",
        refusal(
            () ->
                run(
                    () ->
                        guardians.updateStudent(
                            sixth.getId(),
                            student.version(),
                            new PersonData("Ąžuolas", "Kazlauskas", null, "12345")))));
    assertEquals(
        "person.controlCharacters",
        refusal(
            () ->
                guardians.create(
                    PersonData.guardian("Rasa\u0000", "Kazlauskienė", null), sixth.getId())));
    assertEquals(
        "person.name",
        refusal(
            () -> guardians.create(PersonData.guardian(" ", "Kazlauskienė", null), sixth.getId())));
    assertEquals(
        "person.email",
        refusal(
            () ->
                guardians.create(
                    PersonData.guardian("Rasa", "Kazlauskienė", "ne-adresas"), sixth.getId())));
    assertTrue(as(admin, () -> guardians.guardiansOf(sixth.getId())).isEmpty());
    assertEquals(
        student.personalCode(), em.find(Student.class, sixth.getId()).getPersonalCode().value());
  }

  @Test
  void everyWriteIsRefusedToEachRoleWithoutTheRelation() throws Exception {
    Guardian parent = fx.guardian("Asta", "Savienė", sixth);
    Guardian otherParent = fx.guardian("Rima", "Svetimienė", otherStudent);
    Account parentLogin = fx.account(parent);
    Account subjectTeacher = fx.account(fx.staff("Kęstutis", "Mokytojas", Role.TEACHER));
    Account preschool = fx.account(fx.staff("Liepa", "Darželio", Role.PRESCHOOL_TEACHER));
    Account director = fx.account(fx.staff("Dalia", "Direktorė", Role.DIRECTOR));
    int version = em.find(Guardian.class, otherParent.getId()).getVersion();
    int studentVersion = em.find(Student.class, otherStudent.getId()).getVersion();
    PersonData data = PersonData.guardian("X", "Y", null);
    for (Account who :
        List.of(classTeacherLogin, parentLogin, subjectTeacher, preschool, director)) {
      assertRefused(who, () -> guardians.create(data, otherStudent.getId()));
      assertRefused(who, () -> run(() -> guardians.link(parent.getId(), otherStudent.getId())));
      assertRefused(
          who, () -> run(() -> guardians.unlink(otherParent.getId(), otherStudent.getId())));
      assertRefused(who, () -> run(() -> guardians.update(otherParent.getId(), version, data)));
      assertRefused(
          who,
          () ->
              run(
                  () ->
                      guardians.updateStudent(
                          otherStudent.getId(),
                          studentVersion,
                          new PersonData("X", "Y", null, "39001010002"))));
      assertRefused(who, () -> guardians.guardiansOf(otherStudent.getId()));
    }
    // the class teacher edits their own class's guardians but does not create or link them
    assertRefused(classTeacherLogin, () -> guardians.create(data, sixth.getId()));
    assertRefused(
        classTeacherLogin, () -> run(() -> guardians.unlink(parent.getId(), sixth.getId())));
    // the guardian edits nobody, not even themselves or their own child
    assertRefused(
        parentLogin, () -> run(() -> guardians.update(parent.getId(), parent.getVersion(), data)));
    assertEquals("Svetimienė", em.find(Guardian.class, otherParent.getId()).getLastName());
  }

  @Test
  void thePreschoolTeacherCorrectsTheirGroupsData() throws Exception {
    SchoolYear year = fx.year();
    StudyGroup preschool = fx.group(year, GroupKind.PRESCHOOL, "Drugeliai", null, null);
    StaffMember teacher = fx.staff("Liepa", "Gudelienė", Role.PRESCHOOL_TEACHER);
    fx.teach(teacher, fx.subject("Ikimokyklinis ugdymas"), preschool, START);
    Student small = fx.student("Mažylis", "Darželinis", 2026);
    Student notInGroup = fx.student("Kitas", "Vaikas", 2026);
    fx.member(preschool, small, START);
    Guardian parent = fx.guardian("Ona", "Darželinė", small);
    Guardian otherParent = fx.guardian("Ieva", "Kita", notInGroup);
    Account login = fx.account(teacher);
    GuardianView loaded = as(login, () -> guardians.guardian(parent.getId()));
    as(
        login,
        () -> {
          guardians.update(
              parent.getId(), loaded.version(), PersonData.guardian("Ona", "Darželienė", null));
          return null;
        });
    assertEquals("Darželienė", em.find(Guardian.class, parent.getId()).getLastName());
    assertRefused(login, () -> guardians.guardian(otherParent.getId()));
    assertRefused(login, () -> guardians.student(notInGroup.getId()));
  }

  private static String wrongCheckDigit(String code) {
    char last = code.charAt(10);
    return code.substring(0, 10) + (char) ('0' + (last - '0' + 1) % 10);
  }

  private String refusal(Callable<?> action) {
    return assertThrows(BusinessException.class, () -> as(admin, action)).getKey();
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
