package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.ClassSignOffStatus;
import lt.dienynas.client.model.JobRun;
import lt.dienynas.client.model.SignOffStatus;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The year end through the generated API client: the DB admin starts the summary job of a year and
 * follows it to its end, the class's summary is then stored and readable; the sign-off keeps its
 * window; jobs, sign-offs and the archive are refused to whoever has no part in them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class YearEndApiIT {
  private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminRunsTheSummaryJobAndTheClassTeacherReadsTheSummary() throws Exception {
    TestSchool school = TestSchool.create(3, 2);
    DienynasApi admin = client(TestPeople.staff("Jonas", "Metinis", Role.DB_ADMIN));
    DienynasApi archivist = client(TestPeople.staff("Laima", "Archyvė", Role.ARCHIVIST));
    DienynasApi classTeacher = client(school.classTeacher);
    DienynasApi teacher = client(school.teacher);
    DienynasApi guardian = client(TestSchool.guardianOf("Rūta", "Metinė", school.students.get(0)));

    assertTrue(admin.listYearEndYears().stream().anyMatch(y -> y.getId() == school.yearId));
    ClassSignOffStatus before =
        classTeacher.listSignOffs(school.yearId).stream()
            .filter(c -> c.getClassId() == school.classId)
            .findFirst()
            .orElseThrow();
    assertEquals(SignOffStatus.OPEN, before.getStatus());
    assertFalse(before.getReady());
    assertRefused(404, () -> classTeacher.getYearEndDocument(school.classId, "SUMMARY_PDF"));
    assertRefused(404, () -> archivist.getArchivePackage(school.yearId));

    assertRefused(403, () -> teacher.startSummaryJob(school.yearId));
    assertRefused(403, () -> classTeacher.startSummaryJob(school.yearId));
    assertRefused(403, () -> guardian.listYearEndJobs());
    long execution = admin.startSummaryJob(school.yearId).getExecutionId();
    JobRun run = admin.getYearEndJob(execution);
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (RUNNING.contains(run.getBatchStatus()) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      run = admin.getYearEndJob(execution);
    }
    assertEquals("COMPLETED", run.getBatchStatus(), run::toString);
    assertEquals(JobRun.JobNameEnum.YEAREND_SUMMARY, run.getJobName());
    assertTrue(run.getClassesTotal() > 0, run::toString);
    assertEquals(run.getClassesTotal(), run.getClassesDone(), "every class of the plan done");
    assertTrue(admin.listYearEndJobs().stream().anyMatch(r -> r.getExecutionId() == execution));
    assertRefused(400, () -> admin.stopYearEndJob(execution));
    assertRefused(400, () -> admin.restartYearEndJob(execution));

    byte[] pdf =
        Files.readAllBytes(classTeacher.getYearEndDocument(school.classId, "SUMMARY_PDF").toPath());
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    assertTrue(classTeacher.getSignOff(school.classId).getSummarySha256() != null);
    assertRefused(400, () -> classTeacher.getYearEndDocument(school.classId, "NOTHING"));
    assertRefused(403, () -> guardian.getYearEndDocument(school.classId, "SUMMARY_PDF"));
    assertRefused(403, () -> guardian.listSignOffs(school.yearId));

    // the sign-off: only the class teacher confirms, only within the window; only the deputy
    // accepts
    assertRefused(403, () -> teacher.confirmSignOff(school.classId));
    assertRefused(403, () -> guardian.confirmSignOff(school.classId));
    assertRefused(400, () -> classTeacher.confirmSignOff(school.classId));
    assertRefused(403, () -> classTeacher.acceptSignOff(school.classId));
    assertEquals(SignOffStatus.OPEN, classTeacher.getSignOff(school.classId).getStatus());
  }

  private DienynasApi client(TestPeople.Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
