package lt.dienynas.yearend;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.shared.SchoolClock;

/**
 * The year-end jobs' progress (V55_1): the partition mapper records the plan, the chunk writer each
 * class done in its own chunk's transaction. Written by the batch artifacts only; read by the
 * access-checked job control.
 */
@Stateless
@PermitAll
public class JobProgressLog {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /**
   * Locks the school year's row until the caller's transaction ends, so that two starts of a
   * year-end job for one year, on one node or on two of a cluster, are decided one after the other
   * (issue 19). Joins the caller's transaction.
   */
  public void lockYear(long yearId) {
    em.find(SchoolYear.class, yearId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The plan of a job instance: how many classes its partitions hold (a restart re-plans). */
  public void planned(long jobInstanceId, int classes) {
    em.createNativeQuery(
            "INSERT INTO yearend_job_plan (job_instance_id, classes_total, planned_at)"
                + " VALUES (?1, ?2, ?3)"
                + " ON DUPLICATE KEY UPDATE classes_total = VALUES(classes_total)")
        .setParameter(1, jobInstanceId)
        .setParameter(2, classes)
        .setParameter(3, clock.now())
        .executeUpdate();
  }

  /** One class's partition committed (joins the chunk's transaction). */
  public void classDone(long jobInstanceId, long classId, long jobExecutionId) {
    em.createNativeQuery(
            "INSERT IGNORE INTO yearend_job_class"
                + " (job_instance_id, school_class_id, job_execution_id, done_at)"
                + " SELECT job_instance_id, ?2, ?3, ?4 FROM yearend_job_plan"
                + " WHERE job_instance_id = ?1")
        .setParameter(1, jobInstanceId)
        .setParameter(2, classId)
        .setParameter(3, jobExecutionId)
        .setParameter(4, clock.now())
        .executeUpdate();
  }

  /**
   * The progress of these job instances, in one query (the ids are numbers, joined as such); an
   * instance without a plan is absent.
   */
  public Map<Long, JobProgress> of(Collection<Long> jobInstanceIds) {
    Map<Long, JobProgress> progress = new HashMap<>();
    if (jobInstanceIds.isEmpty()) {
      return progress;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT p.job_instance_id, p.classes_total,"
                    + " (SELECT COUNT(*) FROM yearend_job_class c"
                    + "  WHERE c.job_instance_id = p.job_instance_id)"
                    + " FROM yearend_job_plan p WHERE p.job_instance_id IN ("
                    + jobInstanceIds.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ")")
            .getResultList();
    for (Object[] row : rows) {
      progress.put(
          ((Number) row[0]).longValue(),
          new JobProgress(((Number) row[2]).intValue(), ((Number) row[1]).intValue()));
    }
    return progress;
  }
}
