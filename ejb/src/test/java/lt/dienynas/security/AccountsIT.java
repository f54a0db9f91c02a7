package lt.dienynas.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccountAdministration.IssuedCredentials;
import lt.dienynas.security.LoginEvent.Reason;
import lt.dienynas.security.LoginEvents.FailureOutcome;
import lt.dienynas.security.PledgeService.Acceptance;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
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
 * Accounts (§18.3, §21.3), the confidentiality pledge (§8), login events and the lock-out (§18.10),
 * on the real realm: a locked or disabled login is refused by the realm itself.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {
  private static final LocalDate START = LocalDate.of(2030, 9, 1);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("accounts-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB AccountAdministration accounts;
  @EJB OwnPassword ownPassword;
  @EJB PledgeService pledges;
  @EJB EntryGate gate;
  @EJB LoginEvents loginEvents;
  @EJB Actors actors;

  private Fixtures fx;
  private Account admin;

  @BeforeEach
  void setUp() throws Exception {
    fx = new Fixtures(em, tx);
    admin = fx.account(fx.staff("Adomas", "Administratorius", Role.DB_ADMIN));
  }

  @Test
  void theAdminCreatesAccountsForUpperGradeStudentsOnly() throws Exception {
    SchoolYear year = fx.year();
    StudyGroup fifth = fx.gradeClass(year, 5, "a", null);
    StudyGroup third = fx.gradeClass(year, 3, "a", null);
    Student older = fx.student("Žemyna", "Šilaitė", 2019);
    Student younger = fx.student("Jonukas", "Mažasis", 2021);
    fx.member(fifth, older, START);
    fx.member(third, younger, START);

    IssuedCredentials issued = asAdmin(() -> accounts.createAccount(older.getId()));
    assertTrue(issued.login().startsWith("zemyna.silaite"), issued.login());
    assertEquals("5a", issued.detail());
    UserAccount account = accountOf(issued.login());
    assertTrue(account.isMustChangePassword());
    assertEquals(List.of(Role.STUDENT), List.copyOf(account.getRoles()));

    BusinessException tooYoung =
        assertThrows(
            BusinessException.class, () -> asAdmin(() -> accounts.createAccount(younger.getId())));
    assertEquals("account.studentGrade", tooYoung.getKey());
    BusinessException twice =
        assertThrows(
            BusinessException.class, () -> asAdmin(() -> accounts.createAccount(older.getId())));
    assertEquals("account.exists", twice.getKey());
  }

  @Test
  void theClassTeacherIssuesSlipsForTheirOwnClassOnly() throws Exception {
    SchoolYear year = fx.year();
    StaffMember teacher = fx.staff("Vilma", "Auklėtoja", Role.CLASS_TEACHER, Role.TEACHER);
    StudyGroup own = fx.gradeClass(year, 6, "a", teacher);
    StudyGroup other = fx.gradeClass(year, 6, "b", null);
    Student mine = fx.student("Rokas", "Savas", 2018);
    Student notMine = fx.student("Lukas", "Svetimas", 2018);
    fx.member(own, mine, START);
    fx.member(other, notMine, START);
    Guardian parent = fx.guardian("Asta", "Savienė", mine);
    Guardian otherParent = fx.guardian("Rima", "Svetimienė", notMine);
    Account login = fx.account(teacher);

    IssuedCredentials forStudent =
        AsPerson.call(
            login.login(), login.password(), () -> accounts.issueFirstLogin(mine.getId()));
    IssuedCredentials forParent =
        AsPerson.call(
            login.login(), login.password(), () -> accounts.issueFirstLogin(parent.getId()));
    assertTrue(forParent.detail().contains("Rokas Savas (6a)"), forParent.detail());
    assertEquals(List.of(Role.GUARDIAN), List.copyOf(accountOf(forParent.login()).getRoles()));

    IssuedCredentials again =
        AsPerson.call(
            login.login(), login.password(), () -> accounts.issueFirstLogin(mine.getId()));
    assertEquals(forStudent.login(), again.login());
    assertNotEquals(forStudent.password(), again.password());

    for (long refused : new long[] {notMine.getId(), otherParent.getId(), teacher.getId()}) {
      assertThrows(
          AccessDeniedException.class,
          () ->
              AsPerson.call(login.login(), login.password(), () -> accounts.slipSubject(refused)));
    }
    assertEquals(
        3,
        em
            .createNamedQuery(AccessRefusal.BY_LOGIN, AccessRefusal.class)
            .setParameter("login", login.login())
            .getResultList()
            .stream()
            .filter(r -> "CREDENTIALS_ISSUE".equals(r.getAction()))
            .count());
  }

  @Test
  void aTemporaryPasswordMustBeChangedFollowingTheRules() throws Exception {
    StaffMember teacher = fx.staff("Saulius", "Keičiantis", Role.TEACHER);
    Account existing = fx.account(teacher);
    IssuedCredentials reset = asAdmin(() -> accounts.resetPassword(teacher.getId()));
    assertEquals(existing.login(), reset.login());
    String temporary = reset.password();

    assertEquals(
        EntryGate.Step.CHANGE_PASSWORD,
        AsPerson.call(reset.login(), temporary, () -> gate.nextStepOfCaller()));
    assertEquals(
        "password.currentWrong",
        refusal(
            () -> ownPassword.change("neteisingas1", "Naujas-Slapt-42", "Naujas-Slapt-42"),
            reset.login(),
            temporary));
    assertEquals(
        "password.sameAsBefore",
        refusal(
            () -> ownPassword.change(temporary, temporary, temporary), reset.login(), temporary));
    assertEquals(
        "password.repeatMismatch",
        refusal(
            () -> ownPassword.change(temporary, "Naujas-Slapt-42", "Naujas-Slapt-43"),
            reset.login(),
            temporary));
    assertEquals(
        "password.lettersAndDigits",
        refusal(
            () -> ownPassword.change(temporary, "tiktaisraides", "tiktaisraides"),
            reset.login(),
            temporary));

    AsPerson.call(
        reset.login(),
        temporary,
        () -> {
          ownPassword.change(temporary, "Naujas-Slapt-42", "Naujas-Slapt-42");
          return null;
        });
    assertFalse(accountOf(reset.login()).isMustChangePassword());
    assertEquals(
        EntryGate.Step.NONE,
        AsPerson.call(reset.login(), "Naujas-Slapt-42", () -> gate.nextStepOfCaller()));
    assertThrows(Exception.class, () -> AsPerson.call(reset.login(), temporary, () -> null));
  }

  @Test
  void aDisabledAccountCannotLogInUntilEnabled() throws Exception {
    Guardian guardian = fx.guardian("Irma", "Išjungtienė");
    Account login = fx.account(guardian);
    asAdmin(
        () -> {
          accounts.disable(guardian.getId());
          return null;
        });
    assertThrows(Exception.class, () -> AsPerson.call(login.login(), login.password(), () -> null));
    assertTrue(actors.byLogin(login.login()).roles().isEmpty());
    BusinessException self =
        assertThrows(
            BusinessException.class,
            () ->
                asAdmin(
                    () -> {
                      accounts.disable(admin.personId());
                      return null;
                    }));
    assertEquals("account.selfDisable", self.getKey());
    asAdmin(
        () -> {
          accounts.enable(guardian.getId());
          return null;
        });
    assertEquals(
        login.login(),
        AsPerson.call(login.login(), login.password(), () -> actors.current().login()));
  }

  @Test
  void fiveFailuresLockTheLoginInTheRealmAndAnUnknownNameBehavesAlike() throws Exception {
    Guardian guardian = fx.guardian("Laima", "Užrakintienė");
    Account login = fx.account(guardian);
    String unknown = Fixtures.unique("nera");
    for (int i = 1; i <= 4; i++) {
      assertFalse(loginEvents.recordFailure(login.login()).locked());
      assertFalse(loginEvents.recordFailure(unknown).locked());
    }
    FailureOutcome fifth = loginEvents.recordFailure(login.login());
    FailureOutcome fifthUnknown = loginEvents.recordFailure(unknown);
    assertTrue(fifth.locked());
    assertTrue(fifthUnknown.locked());
    assertEquals(Reason.BAD_PASSWORD, fifth.reason());
    assertEquals(Reason.UNKNOWN_LOGIN, fifthUnknown.reason());

    // the right password no longer opens the account: the realm itself refuses a locked name
    assertThrows(Exception.class, () -> AsPerson.call(login.login(), login.password(), () -> null));
    assertEquals(Reason.LOCKED, loginEvents.recordFailure(login.login()).reason());
    assertEquals(Reason.LOCKED, loginEvents.recordFailure(unknown).reason());

    asAdmin(
        () -> {
          accounts.unlock(guardian.getId());
          return null;
        });
    AsPerson.call(
        login.login(),
        login.password(),
        () -> {
          loginEvents.recordSuccess();
          return null;
        });
    List<LoginEvent> events = asAdmin(() -> loginEvents.ofPerson(guardian.getId(), 50));
    assertEquals(7, events.size());
    assertTrue(events.get(0).isSuccess());
    assertTrue(
        asAdmin(
                () ->
                    loginEvents.loginsPerPerson(
                        LocalDateTime.now(SchoolClock.ZONE).minusHours(1),
                        LocalDateTime.now(SchoolClock.ZONE).plusHours(1)))
            .stream()
            .anyMatch(c -> c.personId() == guardian.getId() && c.logins() == 1));
  }

  @Test
  void theAdminSeesWhoAcceptedThePledgeAndWhen() throws Exception {
    StaffMember pending = fx.staff("Petras", "Nepasižadėjęs", Role.LIBRARIAN);
    Account login = fx.accountWithoutPledge(pending);
    fx.inTx(
        () ->
            em.createNativeQuery(
                    "UPDATE user_account SET must_change_password = FALSE WHERE login = ?1")
                .setParameter(1, login.login())
                .executeUpdate());
    assertEquals(
        EntryGate.Step.ACCEPT_PLEDGE,
        AsPerson.call(login.login(), login.password(), () -> gate.nextStepOfCaller()));
    assertNull(acceptanceOf(pending.getId()).acceptedAt());

    int version = pledges.current().version();
    assertTrue(pledges.current().body().contains("neperduoti jokių e. dienyno duomenų"));
    BusinessException outdated =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    login.login(),
                    login.password(),
                    () -> {
                      pledges.accept(version + 1);
                      return null;
                    }));
    assertEquals("pledge.outdated", outdated.getKey());
    AsPerson.call(
        login.login(),
        login.password(),
        () -> {
          pledges.accept(version);
          return null;
        });
    assertNotNull(acceptanceOf(pending.getId()).acceptedAt());
    assertEquals(
        EntryGate.Step.NONE,
        AsPerson.call(login.login(), login.password(), () -> gate.nextStepOfCaller()));

    Guardian parent = fx.guardian("Ona", "Tėvienė");
    Account parentLogin = fx.account(parent);
    fx.inTx(
        () ->
            em.createNativeQuery(
                    "UPDATE user_account SET must_change_password = FALSE WHERE login = ?1")
                .setParameter(1, parentLogin.login())
                .executeUpdate());
    assertEquals(
        EntryGate.Step.NONE,
        AsPerson.call(parentLogin.login(), parentLogin.password(), () -> gate.nextStepOfCaller()));
  }

  private Acceptance acceptanceOf(long personId) throws Exception {
    return asAdmin(() -> pledges.acceptances()).stream()
        .filter(a -> a.personId() == personId)
        .findFirst()
        .orElseThrow();
  }

  private String refusal(Runnable action, String login, String password) {
    return assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    login,
                    password,
                    () -> {
                      action.run();
                      return null;
                    }))
        .getKey();
  }

  private UserAccount accountOf(String login) {
    em.getEntityManagerFactory().getCache().evictAll();
    return em.createNamedQuery(UserAccount.FIND_BY_LOGIN, UserAccount.class)
        .setParameter("login", login)
        .getSingleResult();
  }

  private <T> T asAdmin(java.util.concurrent.Callable<T> action) throws Exception {
    return AsPerson.call(admin.login(), admin.password(), action);
  }
}
