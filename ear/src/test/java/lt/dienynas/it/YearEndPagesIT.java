package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.security.Role;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.jobs.ClassFaults;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The year-end pages over HTTP: the class teacher's overview and summary page (confirming before
 * the job has produced the summary is refused with a message), the admin's job page (a running job
 * stopped and restarted from it) and the archive page, and the refusals for people who have no
 * business there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class YearEndPagesIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    // the test-only ClassFaults lets a test hold a run until it is stopped
    return Portal.ear().addAsLibrary(Deployments.classFaults());
  }

  @ArquillianResource URL contextRoot;

  @ArquillianResource ManagementClient management;

  @Test
  void theClassTeacherSeesTheClassAndCannotConfirmASummaryNotYetProduced() {
    long year = TestPeople.schoolYear();
    TestPeople.Account teacher =
        TestPeople.staff("Jūratė", "Suvestinaitė", Role.CLASS_TEACHER, Role.TEACHER);
    TestPeople.Account otherTeacher =
        TestPeople.staff("Kęstas", "Kitoklis", Role.CLASS_TEACHER, Role.TEACHER);
    TestPeople.SchoolClassRef schoolClass = TestPeople.gradeClass(year, 6, "b", teacher.personId());
    TestPeople.student("Ūla", "Žilinskaitė", 2019, schoolClass.groupId());

    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    Portal.Page overview = portal.get("yearend/index.xhtml?year=" + year);
    assertEquals(200, overview.status(), overview.text());
    assertTrue(overview.text().contains(schoolClass.name()), overview.text());
    assertTrue(overview.text().contains("Dar nesudaryta"));

    Portal.Page summary = portal.get("yearend/summary.xhtml?class=" + schoolClass.classId());
    assertEquals(200, summary.status(), summary.text());
    assertTrue(summary.text().contains("Nepatvirtinta"), summary.text());
    Portal.Page refused =
        portal.submit(
            summary, "#yearend-summary-form", Map.of("yearend-confirm", "Patikrinau ir tvirtinu"));
    assertTrue(
        refused.text().contains("Suvestinė dar nesudaryta"), "a clear message: " + refused.text());

    Portal other = new Portal(contextRoot);
    other.login(otherTeacher.login(), otherTeacher.password());
    Portal.Page foreign = other.get("yearend/summary.xhtml?class=" + schoolClass.classId());
    assertTrue(foreign.text().contains(REFUSED), "another class's summary: " + foreign.text());
    Portal.Page guessed = other.get("yearend/summary.xhtml?class=987654321");
    assertTrue(guessed.text().contains(REFUSED), "a guessed id gets the same refusal");
  }

  @Test
  void theAdminRunsTheJobsAndTheArchivistVerifiesPackagesOthersAreRefused() {
    TestPeople.Account admin = TestPeople.staff("Giedrius", "Užduotėlis", Role.DB_ADMIN);
    TestPeople.Account archivist = TestPeople.staff("Laima", "Archyvė", Role.ARCHIVIST);
    TestPeople.Account teacher = TestPeople.staff("Tomas", "Mokytojėlis", Role.TEACHER);

    Portal asAdmin = new Portal(contextRoot);
    asAdmin.login(admin.login(), admin.password());
    Portal.Page jobs = asAdmin.get("yearend/jobs.xhtml");
    assertEquals(200, jobs.status(), jobs.text());
    assertTrue(jobs.text().contains("Metų pabaigos užduotys"));
    assertTrue(
        jobs.document().getElementById("yearend-start-archive") != null,
        "the start buttons are there");

    Portal asArchivist = new Portal(contextRoot);
    asArchivist.login(archivist.login(), archivist.password());
    Portal.Page archive = asArchivist.get("yearend/archive.xhtml");
    assertEquals(200, archive.status(), archive.text());
    assertTrue(archive.text().contains("Archyvo paketai"));
    assertTrue(asArchivist.get("yearend/jobs.xhtml").text().contains(REFUSED));

    Portal asTeacher = new Portal(contextRoot);
    asTeacher.login(teacher.login(), teacher.password());
    assertTrue(asTeacher.get("yearend/jobs.xhtml").text().contains(REFUSED));
    assertTrue(asTeacher.get("yearend/archive.xhtml").text().contains(REFUSED));
  }

  @Test
  void theAdminStopsARunningJobAndRestartsItFromTheJobPage() throws Exception {
    long year = TestPeople.schoolYear();
    String yearName = TestPeople.column("SELECT name FROM school_year WHERE id = ?", year).get(0);
    TestPeople.Account teacher =
        TestPeople.staff("Rūta", "Stabdytė", Role.CLASS_TEACHER, Role.TEACHER);
    List<Long> classIds = new java.util.ArrayList<>();
    for (int grade = 5; grade <= 6; grade++) {
      TestPeople.SchoolClassRef c = TestPeople.gradeClass(year, grade, "a", teacher.personId());
      TestPeople.student("Ūla", "Žemaitytė" + grade, 2018, c.groupId());
      classIds.add(c.classId());
    }
    TestPeople.Account admin = TestPeople.staff("Giedrius", "Stabdytojas", Role.DB_ADMIN);
    // the page starts jobs with the year only; this run's second class waits, before rendering,
    // for the stop
    long execution =
        startJob(
            "yearend-summary",
            Map.of(
                "yearId",
                Long.toString(year),
                "threads",
                "1",
                ClassFaults.HOLD,
                ClassFaults.ids(classIds.subList(1, 2))));

    Portal portal = new Portal(contextRoot);
    portal.login(admin.login(), admin.password());
    // the first class done, the second held: the bar stands at half while the job runs, and the
    // page polls for it
    Portal.Page jobs = awaitProgress(portal, execution, "Klasių atlikta: 1 iš 2");
    Element running = row(jobs, execution);
    assertTrue(running.text().contains("Vykdoma"), running.text());
    assertEquals("50 %", progressOf(running), running.outerHtml());
    assertTrue(jobs.document().getElementById("yearend-poll") != null, "the page polls");
    Portal.Page stopping = press(portal, jobs, running, "yearend-stop");
    assertTrue(stopping.text().contains("Užduotis stabdoma."), stopping.text());

    Portal.Page stopped = awaitStatus(portal, execution, "Sustabdyta");
    Portal.Page restarting = press(portal, stopped, row(stopped, execution), "yearend-restart");
    assertTrue(restarting.text().contains("Užduotis paleista iš naujo."), restarting.text());
    long restarted =
        restarting.document().select("#yearend-runs tbody tr").stream()
            .filter(r -> r.text().contains(yearName))
            .mapToLong(r -> Long.parseLong(r.selectFirst("td").ownText()))
            .max()
            .orElseThrow();
    assertTrue(restarted > execution, "the restart is a new execution");
    Portal.Page finished = awaitStatus(portal, restarted, "Baigta");
    Element done = row(finished, restarted);
    assertTrue(done.text().contains("Klasių atlikta: 2 iš 2"), done.text());
    assertEquals("100 %", progressOf(done), done.outerHtml());
    assertEquals(
        List.of("2"),
        TestPeople.column(
            "SELECT COUNT(*) FROM yearend_document d JOIN school_class c"
                + " ON c.id = d.school_class_id WHERE c.school_year_id = ? AND d.kind = 'SUMMARY_PDF'",
            year),
        "each class's summary, once");
  }

  /** Starts a job of the application through the management interface, with any parameters. */
  private long startJob(String job, Map<String, String> parameters) throws Exception {
    ModelNode operation = new ModelNode();
    operation.get("operation").set("start-job");
    ModelNode address = operation.get("address");
    address.add("deployment", "dienynas.ear");
    address.add("subdeployment", "batch.jar");
    address.add("subsystem", "batch-jberet");
    operation.get("job-xml-name").set(job);
    parameters.forEach((name, value) -> operation.get("properties", name).set(value));
    ModelNode outcome = management.getControllerClient().execute(operation);
    assertEquals("success", outcome.get("outcome").asString(), outcome.toString());
    return outcome.get("result").asLong();
  }

  /** The job table's row of an execution (its first cell is the execution's id). */
  private static Element row(Portal.Page page, long execution) {
    return page.document().select("#yearend-runs tbody tr").stream()
        .filter(r -> r.selectFirst("td") != null)
        .filter(r -> r.selectFirst("td").ownText().equals(Long.toString(execution)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("execution " + execution + ": " + page.text()));
  }

  /** Presses a row's button, submitting the job form with the year as it is selected. */
  private static Portal.Page press(Portal portal, Portal.Page page, Element row, String button) {
    Element pressed = row.selectFirst("input[type=submit][name$=" + button + "]");
    assertTrue(pressed != null, button + " in the row: " + row.outerHtml());
    Map<String, String> fields = new HashMap<>();
    fields.put(pressed.attr("name"), pressed.val());
    Element year = page.document().selectFirst("#yearend-job-year option[selected]");
    if (year != null) {
      fields.put("yearend-job-year", year.val());
    }
    return portal.submit(page, "#yearend-jobs-form", fields);
  }

  /** Reloads the job page until the execution shows the status (a minute at the most). */
  private static Portal.Page awaitStatus(Portal portal, long execution, String status)
      throws InterruptedException {
    Portal.Page page = portal.get("yearend/jobs.xhtml");
    for (int i = 0; i < 240 && !statusOf(row(page, execution)).equals(status); i++) {
      Thread.sleep(250);
      page = portal.get("yearend/jobs.xhtml");
    }
    assertEquals(status, statusOf(row(page, execution)), row(page, execution).text());
    return page;
  }

  /** Reloads the job page until the execution's row shows the progress text (a minute at most). */
  private static Portal.Page awaitProgress(Portal portal, long execution, String progress)
      throws InterruptedException {
    Portal.Page page = portal.get("yearend/jobs.xhtml");
    for (int i = 0; i < 240 && !row(page, execution).text().contains(progress); i++) {
      Thread.sleep(250);
      page = portal.get("yearend/jobs.xhtml");
    }
    assertTrue(row(page, execution).text().contains(progress), row(page, execution).text());
    return page;
  }

  /** The label of the row's progress bar ("50 %"), whose filled part is as wide. */
  private static String progressOf(Element row) {
    Element bar = row.selectFirst(".ui-progressbar");
    assertTrue(bar != null, "a progress bar in the row: " + row.outerHtml());
    String label = bar.selectFirst(".ui-progressbar-label").text().strip();
    assertTrue(
        bar.selectFirst(".ui-progressbar-value")
            .attr("style")
            .contains("width:" + label.replace(" ", "")),
        bar.outerHtml());
    return label;
  }

  /**
   * The execution's own status cell (id, job, year, status, …): the steps' cell may already say
   * "Sustabdyta" while the execution is still stopping.
   */
  private static String statusOf(Element row) {
    return row.select("td").get(3).text().strip();
  }
}
