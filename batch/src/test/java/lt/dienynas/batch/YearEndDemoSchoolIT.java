package lt.dienynas.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import lt.dienynas.archive.PackageVerifier;
import lt.dienynas.demo.DemoSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two year-end jobs over the whole demo school (~430 students) with a generated year of period
 * results, timed: the durations go to the server log as "Year-end timing" lines (the README quotes
 * them). Every class gets its documents and the package verifies.
 */
@ExtendWith(ArquillianExtension.class)
class YearEndDemoSchoolIT {
  private static final Logger LOG = Logger.getLogger(YearEndDemoSchoolIT.class.getName());

  @Deployment
  static WebArchive deployment() {
    return BatchDeployments.withJobs("yearend-demo-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @Test
  void bothJobsCoverTheDemoSchoolAndArePackagedVerifiably() throws Exception {
    long yearId;
    long students;
    try (Connection c = dataSource.getConnection()) {
      DemoSchool.load(c);
      yearId = single(c, "SELECT id FROM school_year WHERE name = '" + DemoSchool.YEAR_NAME + "'");
      generateResults(c, yearId);
      students =
          single(
              c,
              "SELECT COUNT(DISTINCT m.student_id) FROM group_member m JOIN study_group g"
                  + " ON g.id = m.group_id WHERE g.kind = 'CLASS' AND g.school_year_id = "
                  + yearId);
    }
    long classes = count("SELECT COUNT(*) FROM school_class WHERE school_year_id = " + yearId);

    long started = System.nanoTime();
    JobExecution summaries = run("yearend-summary", yearId);
    long summaryMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(BatchStatus.COMPLETED, summaries.getBatchStatus());
    assertEquals(
        classes,
        count(
            "SELECT COUNT(*) FROM yearend_document WHERE kind = 'SUMMARY_PDF'"
                + " AND school_year_id = "
                + yearId));

    started = System.nanoTime();
    JobExecution archive = run("yearend-archive", yearId);
    long archiveMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(BatchStatus.COMPLETED, archive.getBatchStatus());
    byte[] zip =
        (byte[])
            em.createNativeQuery("SELECT content FROM yearend_package WHERE school_year_id = ?1")
                .setParameter(1, yearId)
                .getSingleResult();
    PackageVerifier.Result result = PackageVerifier.verify(zip);
    assertTrue(result.intact(), () -> result.problems().toString());
    long rows = count("SELECT COUNT(*) FROM period_grade WHERE school_year_id = " + yearId);
    LOG.info(
        () ->
            String.format(
                "Year-end timing: demo school, %d classes, %d students, %d period grades:"
                    + " summary job %d ms, archive job %d ms (summaries again + package),"
                    + " package %d bytes",
                classes, students, rows, summaryMillis, archiveMillis, zip.length));
  }

  /**
   * A year of results for every student of the demo year: the three period grades in each subject
   * of the class's grade (curriculum), the period absences, the promotion decision, and summer work
   * for every 40th student. Values are a fixed function of the ids. Done once per database.
   */
  private static void generateResults(Connection c, long yearId) throws Exception {
    if (single(c, "SELECT COUNT(*) FROM period_grade WHERE school_year_id = " + yearId) > 0) {
      return;
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    String from =
        " FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
            + " JOIN school_class sc ON sc.id = g.school_class_id";
    String where = " WHERE g.school_year_id = " + yearId;
    String students = from + where;
    String[] periods = {"FIRST_SEMESTER", "SECOND_SEMESTER", "ANNUAL"};
    for (int p = 0; p < 3; p++) {
      update(
          c,
          "INSERT INTO period_grade (school_year_id, period_kind, student_id, subject_id,"
              + " group_id, scale, grade_value, entered_by, entered_at, locked)"
              + " SELECT "
              + yearId
              + ", '"
              + periods[p]
              + "', m.student_id, cl.subject_id, g.id, 'TEN_POINT',"
              + " CAST(4 + MOD(m.student_id * 7 + cl.subject_id * 3 + "
              + p
              + ", 7) AS CHAR), COALESCE(sc.class_teacher_id, m.student_id),"
              + " TIMESTAMP('2027-06-18 12:00:00'), TRUE"
              + from
              + " JOIN curriculum_line cl ON cl.school_year_id = g.school_year_id"
              + " AND cl.grade = sc.grade"
              + where);
      update(
          c,
          "INSERT INTO period_attendance (school_year_id, period_kind, student_id, missed,"
              + " justified, entered_by, entered_at, locked) SELECT "
              + yearId
              + ", '"
              + periods[p]
              + "', m.student_id, MOD(m.student_id, 30) + "
              + p
              + ", MOD(m.student_id, 30), COALESCE(sc.class_teacher_id, m.student_id),"
              + " TIMESTAMP('2027-06-19 12:00:00'), TRUE"
              + students);
    }
    update(
        c,
        "INSERT INTO promotion_decision (school_year_id, student_id, decision, decided_by,"
            + " decided_at) SELECT "
            + yearId
            + ", m.student_id, IF(MOD(m.student_id, 40) = 0, 'SUMMER_WORK', 'PROMOTED'),"
            + " COALESCE(sc.class_teacher_id, m.student_id), TIMESTAMP('2027-06-21 09:00:00')"
            + students);
    update(
        c,
        "INSERT INTO additional_work (school_year_id, student_id, subject_id, kind, assigned_by,"
            + " assigned_at, due_date, result_scale, result_value, result_entered_by,"
            + " result_entered_at, locked) SELECT "
            + yearId
            + ", pg.student_id, MIN(pg.subject_id), 'SUMMER', MIN(pg.entered_by),"
            + " TIMESTAMP('2027-06-21 10:00:00'), DATE('2027-08-20'), 'TEN_POINT', '5',"
            + " MIN(pg.entered_by), TIMESTAMP('2027-08-20 11:00:00'), TRUE"
            + " FROM period_grade pg WHERE pg.school_year_id = "
            + yearId
            + " AND pg.period_kind = 'ANNUAL' AND MOD(pg.student_id, 40) = 0"
            + " GROUP BY pg.student_id");
    c.commit();
    c.setAutoCommit(autoCommit);
  }

  private static void update(Connection c, String sql) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }

  private static long single(Connection c, String sql) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  private JobExecution run(String job, long yearId) throws InterruptedException {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = new Properties();
    parameters.setProperty("yearId", Long.toString(yearId));
    long id = operator.start(job, parameters);
    JobExecution execution = operator.getJobExecution(id);
    for (int i = 0; i < 6000 && execution.getEndTime() == null; i++) {
      Thread.sleep(100);
      execution = operator.getJobExecution(id);
    }
    return execution;
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }
}
