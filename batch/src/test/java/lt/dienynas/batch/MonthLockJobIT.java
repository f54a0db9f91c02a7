package lt.dienynas.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Properties;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly {@code month-lock} job on the real JBeret with its JDBC repository: it locks exactly
 * the months past their deadline, and a second run changes nothing.
 *
 * <p>It works on a school year of its own in 2019–2020, before every other test's dates: the job
 * locks months from the earliest school year on, and no other test writes diary data then.
 */
@ExtendWith(ArquillianExtension.class)
class MonthLockJobIT {

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("month-lock-job-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB MonthLockService locks;

  @Test
  void theJobLocksExactlyTheMonthsPastTheDeadlineAndIsIdempotent() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    fx.inTx(
        () -> {
          if (em.createNamedQuery(SchoolYear.FIND_BY_NAME)
              .setParameter("name", "2019–2020")
              .getResultList()
              .isEmpty()) {
            em.persist(
                new SchoolYear("2019–2020", LocalDate.of(2019, 9, 1), LocalDate.of(2020, 8, 31)));
          }
          // a rerun on the same database starts from unlocked months again (history stays)
          return em.createNativeQuery("DELETE FROM month_lock WHERE month LIKE '2019-%'")
              .executeUpdate();
        });

    // 2019-11's deadline is 6 December: on 6 December it is still open, on the 7th it locks
    JobExecution first = run("2019-12-06");
    assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
    assertTrue(locks.isLocked(null, LocalDate.of(2019, 10, 31)));
    assertFalse(locks.isLocked(null, LocalDate.of(2019, 11, 30)));

    JobExecution second = run("2019-12-07");
    assertEquals("LOCKED [2019-11]", second.getExitStatus());
    assertTrue(locks.isLocked(null, LocalDate.of(2019, 11, 30)));
    assertFalse(locks.isLocked(null, LocalDate.of(2019, 12, 1)));
    long rows = count("SELECT COUNT(*) FROM month_lock");
    long history = count("SELECT COUNT(*) FROM history_entry");

    JobExecution again = run("2019-12-07");
    assertEquals(BatchStatus.COMPLETED, again.getBatchStatus());
    assertEquals("LOCKED []", again.getExitStatus());
    assertEquals(rows, count("SELECT COUNT(*) FROM month_lock"), "a second run adds no lock");
    assertEquals(history, count("SELECT COUNT(*) FROM history_entry"), "nor any history");

    BusinessException refused =
        assertThrows(
            BusinessException.class, () -> locks.requireOpen(null, LocalDate.of(2019, 11, 4)));
    assertEquals("month.locked", refused.getKey());
    locks.requireOpen(null, LocalDate.of(2019, 12, 2));
  }

  private JobExecution run(String today) throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("today", today);
    long id = operator.start("month-lock", parameters);
    JobExecution execution = operator.getJobExecution(id);
    for (int i = 0; i < 300 && execution.getEndTime() == null; i++) {
      Thread.sleep(100);
      execution = operator.getJobExecution(id);
    }
    return execution;
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
