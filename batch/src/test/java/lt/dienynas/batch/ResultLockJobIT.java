package lt.dienynas.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.school.Subject;
import lt.dienynas.security.Role;
import lt.dienynas.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * §30: a period grade and the period's counts entered on a day stay editable that day and lock when
 * the nightly job runs for the next day; a second run changes nothing. Uses December 2019 (the
 * 2019–2020 school year), which no other test enters results on.
 */
@ExtendWith(ArquillianExtension.class)
class ResultLockJobIT {
  private static final LocalDateTime ENTERED = LocalDateTime.of(2019, 12, 20, 14, 30);

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("result-lock-job-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Test
  void aResultEnteredTodayLocksWhenTheJobRunsForTomorrowAndOnlyOnce() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    SchoolYear year =
        fx.inTx(
            () -> {
              List<SchoolYear> years =
                  em.createNamedQuery(SchoolYear.FIND_BY_NAME, SchoolYear.class)
                      .setParameter("name", "2019–2020")
                      .getResultList();
              if (!years.isEmpty()) {
                return years.get(0);
              }
              SchoolYear created =
                  new SchoolYear("2019–2020", LocalDate.of(2019, 9, 1), LocalDate.of(2020, 8, 31));
              em.persist(created);
              return created;
            });
    StaffMember teacher = fx.staff("Rima", "Vertintoja", Role.TEACHER, Role.CLASS_TEACHER);
    StudyGroup group = fx.gradeClass(year, 8, "r", teacher);
    Subject subject = fx.subject("Istorija");
    Student today = fx.student("Šiandien", "Įrašytas", 2006);
    Student yesterday = fx.student("Vakar", "Įrašytas", 2006);
    long todayGrade = grade(fx, year, group, subject, teacher, today, ENTERED);
    long yesterdayGrade = grade(fx, year, group, subject, teacher, yesterday, ENTERED.minusDays(1));
    long todayCounts =
        fx.inTx(
            () -> {
              em.createNativeQuery(
                      "INSERT INTO period_attendance (school_year_id, period_kind, student_id,"
                          + " missed, justified, entered_by, entered_at)"
                          + " VALUES (?1, 'FIRST_SEMESTER', ?2, 12, 10, ?3, ?4)")
                  .setParameter(1, year.getId())
                  .setParameter(2, today.getId())
                  .setParameter(3, teacher.getId())
                  .setParameter(4, ENTERED)
                  .executeUpdate();
              return id("period_attendance", today);
            });

    assertEquals(BatchStatus.COMPLETED, run("2019-12-20").getBatchStatus());
    assertFalse(locked("period_grade", todayGrade), "entered today: still editable today");
    assertFalse(locked("period_attendance", todayCounts));
    assertTrue(locked("period_grade", yesterdayGrade), "entered yesterday: locked at 24:00");

    assertEquals(BatchStatus.COMPLETED, run("2019-12-21").getBatchStatus());
    assertTrue(locked("period_grade", todayGrade));
    assertTrue(locked("period_attendance", todayCounts));
    Object lockedAt =
        em.createNativeQuery("SELECT locked_at FROM period_grade WHERE id = ?1")
            .setParameter(1, todayGrade)
            .getSingleResult();
    assertEquals(
        LocalDateTime.of(2019, 12, 21, 0, 0),
        lockedAt instanceof java.sql.Timestamp t ? t.toLocalDateTime() : lockedAt);
    assertEquals(
        1L,
        count(
            "SELECT COUNT(*) FROM history_entry WHERE entity_type = 'period_grade'"
                + " AND entity_id = '"
                + todayGrade
                + "' AND action = 'LOCK'"));

    long history = count("SELECT COUNT(*) FROM history_entry");
    assertEquals(BatchStatus.COMPLETED, run("2019-12-21").getBatchStatus());
    assertEquals(
        history, count("SELECT COUNT(*) FROM history_entry"), "a second run locks nothing");
  }

  private long grade(
      Fixtures fx,
      SchoolYear year,
      StudyGroup group,
      Subject subject,
      StaffMember teacher,
      Student student,
      LocalDateTime at)
      throws Exception {
    return fx.inTx(
        () -> {
          em.createNativeQuery(
                  "INSERT INTO period_grade (school_year_id, period_kind, student_id, subject_id,"
                      + " group_id, scale, grade_value, entered_by, entered_at)"
                      + " VALUES (?1, 'FIRST_SEMESTER', ?2, ?3, ?4, 'TEN_POINT', '8', ?5, ?6)")
              .setParameter(1, year.getId())
              .setParameter(2, student.getId())
              .setParameter(3, subject.getId())
              .setParameter(4, group.getId())
              .setParameter(5, teacher.getId())
              .setParameter(6, at)
              .executeUpdate();
          return id("period_grade", student);
        });
  }

  private long id(String table, Student student) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM " + table + " WHERE student_id = ?1")
                .setParameter(1, student.getId())
                .getSingleResult())
        .longValue();
  }

  private boolean locked(String table, long id) {
    Object value =
        em.createNativeQuery("SELECT locked FROM " + table + " WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
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
