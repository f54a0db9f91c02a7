package lt.dienynas.locking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DB admin locks and unlocks months for one class; each change is in the history. */
@ExtendWith(ArquillianExtension.class)
class MonthLockIT {

  private static final YearMonth OCTOBER = YearMonth.of(2030, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("month-lock-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB MonthLockService locks;

  @EJB HistoryLog history;

  @Test
  void theAdminLocksAndUnlocksAClassMonthAndEveryChangeIsInTheHistory() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    SchoolYear year = fx.year();
    StudyGroup classGroup = fx.gradeClass(year, 4, "a", null);
    long classId =
        em.find(StudyGroup.class, classGroup.getId()).getSchoolClass().orElseThrow().getId();
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Užraktas", Role.DB_ADMIN));
    LocalDate day = OCTOBER.atDay(15);

    assertFalse(locks.isLocked(classId, day));
    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          locks.lock(OCTOBER, classId);
          return null;
        });
    assertTrue(locks.isLocked(classId, day));
    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> locks.requireOpenForGroup(classGroup.getId(), day));
    assertEquals("month.locked", refused.getKey());
    assertTrue(refused.localizedMessage(java.util.Locale.forLanguageTag("lt")).contains("2030-10"));

    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          locks.unlock(OCTOBER, classId, LocalDateTime.now(SchoolClock.ZONE).plusHours(2));
          return null;
        });
    assertFalse(locks.isLocked(classId, day));
    locks.requireOpenForGroup(classGroup.getId(), day);

    List<HistoryEntry> entries =
        history.of("month_lock", MonthLock.scopeOf(classId) + "/" + OCTOBER);
    assertEquals(
        List.of(HistoryAction.LOCK, HistoryAction.UNLOCK),
        entries.stream().map(HistoryEntry::getAction).toList());
    assertTrue(entries.stream().allMatch(e -> admin.login().equals(e.getActorLogin())));
  }

  @Test
  void onlyTheDbAdminLocksAndAnExpiredUnlockLocksAgainAtNight() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    SchoolYear year = fx.year();
    StudyGroup classGroup = fx.gradeClass(year, 3, "b", null);
    long classId =
        em.find(StudyGroup.class, classGroup.getId()).getSchoolClass().orElseThrow().getId();
    Fixtures.Account deputy = fx.account(fx.staff("Rimantas", "Pavaduotojas", Role.DEPUTY));
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Naktinis", Role.DB_ADMIN));

    assertThrows(
        Exception.class,
        () ->
            AsPerson.call(
                deputy.login(),
                deputy.password(),
                () -> {
                  locks.lock(OCTOBER, classId);
                  return null;
                }));
    assertFalse(locks.isLocked(classId, OCTOBER.atDay(1)));

    LocalDateTime until = LocalDateTime.now(SchoolClock.ZONE).plusMinutes(30);
    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          locks.unlock(OCTOBER, classId, until);
          return null;
        });
    assertFalse(locks.isLocked(classId, OCTOBER.atDay(1)));
    // the night after the unlock ran out (its own day's, also when it runs out after midnight):
    // the class's own row is locked again
    locks.lockPastDeadline(until.toLocalDate().plusDays(1));
    assertTrue(locks.isLocked(classId, OCTOBER.atDay(1)));
  }
}
