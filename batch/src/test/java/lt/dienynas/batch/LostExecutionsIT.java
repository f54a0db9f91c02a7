package lt.dienynas.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import lt.dienynas.batch.yearend.YearEndJobs;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.YearEndSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A job execution whose server died (issue 19): JBeret leaves it STARTED in the repository, as the
 * test leaves a finished run here. While its server beats it counts as running and the year-end
 * guard refuses a second run of its year; once its server has been silent for a minute the next
 * look marks it FAILED (NODE_LOST), its steps with it, and the year's next run starts.
 */
@ExtendWith(ArquillianExtension.class)
class LostExecutionsIT {

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("lost-executions-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB YearEndJobs jobs;

  @EJB LostExecutions lost;

  @Test
  void aRunWhoseServerIsGoneStopsBlockingItsYearAndIsMarkedLost() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 1, 3, 1, 56L);
    StaffMember staff = fx.staff("Giedrė", "Administratorė", Role.DB_ADMIN);
    Fixtures.Account admin = fx.account(staff, Role.DB_ADMIN);
    long yearId = school.year.getId();

    long first = AsPerson.call(admin.login(), admin.password(), () -> jobs.startSummaries(yearId));
    assertEquals(BatchStatus.COMPLETED, await(first).getBatchStatus());
    assertEquals(
        ServerBoot.id(),
        text("SELECT boot FROM batch_execution_owner WHERE job_execution_id = " + first),
        "the run names this boot of the application as its server");

    // the run as a killed server leaves it: started, never ended
    fx.inTx(
        () -> {
          em.createNativeQuery(
                  "UPDATE JOB_EXECUTION SET BATCHSTATUS = 'STARTED', EXITSTATUS = NULL,"
                      + " ENDTIME = NULL WHERE JOBEXECUTIONID = ?1")
              .setParameter(1, first)
              .executeUpdate();
          return em.createNativeQuery(
                  "UPDATE STEP_EXECUTION SET BATCHSTATUS = 'STARTED', ENDTIME = NULL"
                      + " WHERE JOBEXECUTIONID = ?1")
              .setParameter(1, first)
              .executeUpdate();
        });

    // its server still beats (it is this one): it runs, and the year's next run is refused
    BusinessException refused =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(admin.login(), admin.password(), () -> jobs.startSummaries(yearId)));
    assertEquals("yearend.jobRunning", refused.getKey());
    assertFalse(lost.failLost().contains(first), "a run of a beating server is not lost");
    assertEquals(
        "STARTED", text("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = " + first));

    // its server goes silent: it last beat 61 seconds ago
    String gone = UUID.randomUUID().toString();
    fx.inTx(
        () -> {
          em.createNativeQuery(
                  "INSERT INTO batch_node (boot, node, started_at, seen_at)"
                      + " VALUES (?1, 'node-gone', NOW(3) - INTERVAL 1 HOUR,"
                      + " NOW(3) - INTERVAL 61 SECOND)")
              .setParameter(1, gone)
              .executeUpdate();
          return em.createNativeQuery(
                  "UPDATE batch_execution_owner SET boot = ?1, node = 'node-gone'"
                      + " WHERE job_execution_id = ?2")
              .setParameter(1, gone)
              .setParameter(2, first)
              .executeUpdate();
        });

    long next = AsPerson.call(admin.login(), admin.password(), () -> jobs.startSummaries(yearId));
    assertEquals(
        List.of("FAILED", LostExecutions.EXIT_STATUS),
        List.of(
            text("SELECT BATCHSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = " + first),
            text("SELECT EXITSTATUS FROM JOB_EXECUTION WHERE JOBEXECUTIONID = " + first)),
        "the lost run is marked failed, so it can be restarted from its checkpoint");
    assertEquals(
        0L,
        number(
            "SELECT COUNT(*) FROM STEP_EXECUTION WHERE BATCHSTATUS <> 'FAILED'"
                + " AND JOBEXECUTIONID = "
                + first),
        "its steps with it");
    assertEquals(
        1L,
        number(
            "SELECT COUNT(*) FROM JOB_EXECUTION WHERE ENDTIME IS NOT NULL AND JOBEXECUTIONID = "
                + first),
        "and it has ended");
    assertEquals(BatchStatus.COMPLETED, await(next).getBatchStatus(), "the year's next run");
    assertFalse(lost.failLost().contains(first), "marked once");
  }

  private JobExecution await(long id) throws InterruptedException {
    JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
    for (int i = 0; i < 1200 && execution.getEndTime() == null; i++) {
      Thread.sleep(100);
      execution = BatchRuntime.getJobOperator().getJobExecution(id);
    }
    return execution;
  }

  private String text(String sql) {
    Object value = em.createNativeQuery(sql).getSingleResult();
    return value == null ? null : value.toString();
  }

  private long number(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
