package lt.dienynas.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.logging.Logger;
import lt.dienynas.shared.ScheduledRuns;
import lt.dienynas.shared.SchoolClock;

/**
 * Job executions whose server is gone (issue 19). JBeret keeps an execution STARTED in its
 * repository when the server running it is killed, and nothing of its own ever ends it: on a single
 * server after a crash, or in a cluster when a node dies, the execution could then neither be
 * restarted nor, for the year-end jobs, let another run of its year start.
 *
 * <p>Every boot of the application on every node beats into {@code batch_node} on the database's
 * clock (the one clock the nodes share; this is liveness, not school time), and every job execution
 * names the boot that runs it ({@link ExecutionOwnerListener}). An execution still STARTING,
 * STARTED or STOPPING whose boot has not beaten for {@link #SILENCE_SECONDS} seconds is lost: its
 * job, step and partition executions are marked FAILED with the exit status {@code NODE_LOST}, and
 * it restarts from its last checkpoint like any failed run. JBeret re-reads an execution it holds
 * in its cache but does not run in this JVM when the repository shows it ended, so every node sees
 * the change. An execution without an owner (started before this existed) is never judged lost.
 */
@Stateless
@PermitAll
public class LostExecutions {
  private static final Logger LOG = Logger.getLogger(LostExecutions.class.getName());

  /** Four missed beats ({@link NodeHeartbeat} beats every 15 s). */
  static final int SILENCE_SECONDS = 60;

  /** The exit status of a lost execution. */
  public static final String EXIT_STATUS = "NODE_LOST";

  private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /** This boot is alive: its row's last beat is now. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void beat() {
    em.createNativeQuery(
            "INSERT INTO batch_node (boot, node, started_at, seen_at) VALUES (?1, ?2, NOW(3), NOW(3))"
                + " ON DUPLICATE KEY UPDATE seen_at = NOW(3)")
        .setParameter(1, ServerBoot.id())
        .setParameter(2, ScheduledRuns.node())
        .executeUpdate();
  }

  /** The execution runs here (with a beat, so that it is never ownerless-and-silent). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void owned(long jobExecutionId) {
    beat();
    em.createNativeQuery(
            "INSERT INTO batch_execution_owner (job_execution_id, boot, node) VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE boot = VALUES(boot), node = VALUES(node)")
        .setParameter(1, jobExecutionId)
        .setParameter(2, ServerBoot.id())
        .setParameter(3, ScheduledRuns.node())
        .executeUpdate();
  }

  /**
   * Marks every lost execution FAILED, in its own transaction (idempotent: two nodes doing it at
   * once change each row once); returns their ids. Boots silent for a day are forgotten.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Long> failLost() {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT e.JOBEXECUTIONID FROM JOB_EXECUTION e"
                    + " JOIN batch_execution_owner o ON o.job_execution_id = e.JOBEXECUTIONID"
                    + " LEFT JOIN batch_node n ON n.boot = o.boot"
                    + " WHERE e.BATCHSTATUS IN "
                    + RUNNING
                    + " AND o.boot <> ?1"
                    + " AND (n.boot IS NULL OR n.seen_at < NOW(3) - INTERVAL "
                    + SILENCE_SECONDS
                    + " SECOND)"
                    + " ORDER BY e.JOBEXECUTIONID FOR UPDATE")
            .setParameter(1, ServerBoot.id())
            .getResultList();
    List<Long> lost = ids.stream().map(Number::longValue).toList();
    // JBeret writes its times as instants in the server's zone; so does this
    Timestamp now = Timestamp.from(clock.now().atZone(SchoolClock.ZONE).toInstant());
    for (long id : lost) {
      em.createNativeQuery(
              "UPDATE PARTITION_EXECUTION p JOIN STEP_EXECUTION s"
                  + " ON s.STEPEXECUTIONID = p.STEPEXECUTIONID"
                  + " SET p.BATCHSTATUS = 'FAILED', p.EXITSTATUS = ?2"
                  + " WHERE s.JOBEXECUTIONID = ?1 AND p.BATCHSTATUS IN "
                  + RUNNING)
          .setParameter(1, id)
          .setParameter(2, EXIT_STATUS)
          .executeUpdate();
      em.createNativeQuery(
              "UPDATE STEP_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = ?2, ENDTIME = ?3"
                  + " WHERE JOBEXECUTIONID = ?1 AND BATCHSTATUS IN "
                  + RUNNING)
          .setParameter(1, id)
          .setParameter(2, EXIT_STATUS)
          .setParameter(3, now)
          .executeUpdate();
      em.createNativeQuery(
              "UPDATE JOB_EXECUTION SET BATCHSTATUS = 'FAILED', EXITSTATUS = ?2, ENDTIME = ?3,"
                  + " LASTUPDATEDTIME = ?3 WHERE JOBEXECUTIONID = ?1 AND BATCHSTATUS IN "
                  + RUNNING)
          .setParameter(1, id)
          .setParameter(2, EXIT_STATUS)
          .setParameter(3, now)
          .executeUpdate();
      LOG.warning(
          () ->
              "Job execution "
                  + id
                  + " was running on a server that is gone; marked FAILED ("
                  + EXIT_STATUS
                  + "), it can be restarted from its checkpoint");
    }
    em.createNativeQuery(
            "DELETE FROM batch_node WHERE seen_at < NOW(3) - INTERVAL 1 DAY AND boot <> ?1")
        .setParameter(1, ServerBoot.id())
        .executeUpdate();
    return lost;
  }
}
