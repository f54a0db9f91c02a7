package lt.dienynas.batch.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import lt.dienynas.batch.BatchDeployments;
import lt.dienynas.journal.AttendanceService;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.Lesson;
import lt.dienynas.people.Student;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.WatchSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nightly {@code early-warning} job on the real JBeret: it reads the day's students in chunks
 * and opens a crossing for the student over the month's threshold; a second run for the same day
 * opens nothing more.
 */
@ExtendWith(ArquillianExtension.class)
class EarlyWarningJobIT {

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("early-warning-job-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB AttendanceService attendance;

  @Test
  void theJobOpensACrossingOnceForTheDay() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    WatchSchool school = new WatchSchool(fx, em, 2048, 3);
    Student truant = school.students.get(0).get(0);
    for (int day = 1; day <= 9; day++) {
      Lesson lesson = school.lesson(0, school.maths, LocalDate.of(2048, 10, day), 1);
      school.attendance(attendance, lesson, Map.of(truant.getId(), AttendanceStatus.ABSENT));
    }

    JobExecution first = run("2048-10-20");
    assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
    assertEquals(List.of("ABSENCES_MONTH"), kinds(truant));
    JobExecution second = run("2048-10-21");
    assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
    assertEquals(List.of("ABSENCES_MONTH"), kinds(truant), "still open: not told again");
    List<StepExecution> steps =
        BatchRuntime.getJobOperator().getStepExecutions(second.getExecutionId());
    assertEquals("WARNINGS 0", steps.get(0).getExitStatus());
  }

  @SuppressWarnings("unchecked")
  private List<String> kinds(Student student) {
    return em.createNativeQuery(
            "SELECT kind FROM early_warning WHERE student_id = ?1 AND cleared_on IS NULL")
        .setParameter(1, student.getId())
        .getResultList();
  }

  private JobExecution run(String today) throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("today", today);
    long id = operator.start("early-warning", parameters);
    JobExecution execution = operator.getJobExecution(id);
    for (int i = 0; i < 600 && execution.getEndTime() == null; i++) {
      Thread.sleep(100);
      execution = operator.getJobExecution(id);
    }
    return execution;
  }
}
