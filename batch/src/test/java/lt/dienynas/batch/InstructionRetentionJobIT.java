package lt.dienynas.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.Properties;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly {@code instruction-retention} job on the real JBeret: it removes exactly the
 * instructions dated more than a year before its day, writes a history entry for each, removes
 * nothing more on a second run, and refuses a day that has not come (the retention is never
 * shortened).
 *
 * <p>Its instructions are dated 2018, in a school year of its own, before every other test's
 * instructions, so nothing else is old enough for its day.
 */
@ExtendWith(ArquillianExtension.class)
class InstructionRetentionJobIT {

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("instruction-retention-job-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB HistoryLog history;

  @Test
  void theJobRemovesExactlyTheInstructionsOlderThanAYearAndWritesHistory() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    StaffMember teacher = fx.staff("Jūratė", "Instruktorė", Role.CLASS_TEACHER);
    long groupId =
        fx.inTx(
            () -> {
              SchoolYear year =
                  new SchoolYear(
                      Fixtures.unique("R"), LocalDate.of(2018, 9, 1), LocalDate.of(2019, 8, 31));
              em.persist(year);
              SchoolClass schoolClass = new SchoolClass(year, 6, "r");
              em.persist(schoolClass);
              StudyGroup group = StudyGroup.ofClass(schoolClass);
              em.persist(group);
              em.flush();
              return group.getId();
            });
    long old = instruction(fx, groupId, teacher, LocalDate.of(2018, 10, 1));
    long yearToTheDay = instruction(fx, groupId, teacher, LocalDate.of(2018, 10, 2));
    long younger = instruction(fx, groupId, teacher, LocalDate.of(2018, 10, 3));

    JobExecution first = run("2019-10-02");
    assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
    assertTrue(first.getExitStatus().startsWith("REMOVED "), first.getExitStatus());
    assertEquals(List.of(yearToTheDay, younger), remaining(fx, groupId));
    List<HistoryEntry> removal = history.of("class_instruction", old);
    assertEquals(1, removal.size());
    assertEquals(HistoryAction.DELETE, removal.get(0).getAction());
    assertEquals("instruction-retention job", removal.get(0).getSource());
    assertTrue(
        removal.get(0).getBeforeValue().contains("\"date\":\"2018-10-01\""),
        removal.get(0).getBeforeValue());
    assertTrue(history.of("class_instruction", yearToTheDay).isEmpty());

    JobExecution again = run("2019-10-02");
    assertEquals(BatchStatus.COMPLETED, again.getBatchStatus());
    assertEquals(List.of(yearToTheDay, younger), remaining(fx, groupId));
    assertEquals(1, history.of("class_instruction", old).size(), "no second entry");

    JobExecution coming = run(LocalDate.now(SchoolClock.ZONE).plusDays(2).toString());
    assertEquals(BatchStatus.FAILED, coming.getBatchStatus());
    assertEquals(List.of(yearToTheDay, younger), remaining(fx, groupId));
  }

  private long instruction(Fixtures fx, long groupId, StaffMember by, LocalDate date)
      throws Exception {
    return fx.inTx(
        () -> {
          em.createNativeQuery(
                  "INSERT INTO class_instruction (school_year_id, group_id, kind,"
                      + " instruction_date, title, content, recorded_by, recorded_at)"
                      + " SELECT g.school_year_id, g.id, 'SAFETY', ?2, 'Saugus elgesys',"
                      + " 'Turinys', ?3, ?4 FROM study_group g WHERE g.id = ?1")
              .setParameter(1, groupId)
              .setParameter(2, date)
              .setParameter(3, by.getId())
              .setParameter(4, date.atTime(9, 0))
              .executeUpdate();
          return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult())
              .longValue();
        });
  }

  private List<Long> remaining(Fixtures fx, long groupId) throws Exception {
    return fx.inTx(
        () ->
            em
                .createNativeQuery(
                    "SELECT id FROM class_instruction WHERE group_id = ?1 ORDER BY instruction_date")
                .setParameter(1, groupId)
                .getResultList()
                .stream()
                .map(id -> ((Number) id).longValue())
                .toList());
  }

  private JobExecution run(String today) throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("today", today);
    long id = operator.start("instruction-retention", parameters);
    JobExecution execution = operator.getJobExecution(id);
    for (int i = 0; i < 300 && execution.getEndTime() == null; i++) {
      Thread.sleep(100);
      execution = operator.getJobExecution(id);
    }
    return execution;
  }
}
