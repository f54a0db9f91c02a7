package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import lt.dienynas.reporting.PdfAssertions;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The specialist's watch list and student page and the management report over HTTP (§24–§27,
 * §19.12): a psychologist sees the supported student's figures on both pages, charts rendered under
 * the strict CSP (every script carries the nonce); another specialist is refused; the deputy
 * downloads the report as CSV and as PDF/A over the API and opens the report page; a specialist
 * gets 403 from the report.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WatchListPagesIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theSpecialistsPagesAndTheManagementReport() throws Exception {
    String yearName = "W" + ProcessHandle.current().pid() + "." + System.nanoTime() % 1_000_000L;
    TestPeople.run(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        yearName,
        LocalDate.of(2046, 9, 1),
        LocalDate.of(2047, 8, 31));
    long year =
        Long.parseLong(
            TestPeople.column("SELECT id FROM school_year WHERE name = ?", yearName).get(0));
    TestPeople.run(
        "INSERT INTO school_period (school_year_id, kind, start_date, end_date) VALUES"
            + " (?, 'FIRST_SEMESTER', '2046-09-01', '2047-01-24'),"
            + " (?, 'SECOND_SEMESTER', '2047-01-27', '2047-06-20'),"
            + " (?, 'ANNUAL', '2046-09-01', '2047-06-20')",
        year,
        year,
        year);
    TestPeople.Account classTeacher =
        TestPeople.staff("Jūratė", "Stebėtoja", Role.CLASS_TEACHER, Role.TEACHER);
    TestPeople.Account teacher = TestPeople.staff("Tomas", "Matematikas", Role.TEACHER);
    TestPeople.SchoolClassRef sixth = TestPeople.gradeClass(year, 6, "a", classTeacher.personId());
    long student = TestPeople.student("Ūla", "Remiamoji", 2034, sixth.groupId());
    String code = "M" + ProcessHandle.current().pid() + "." + System.nanoTime() % 1_000_000L;
    TestPeople.run(
        "INSERT INTO subject (code, name, name_en) VALUES (?, 'Matematika', 'Mathematics')", code);
    long subject =
        Long.parseLong(TestPeople.column("SELECT id FROM subject WHERE code = ?", code).get(0));
    TestPeople.run(
        "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number) VALUES"
            + " (?, ?, ?, '2046-09-10', 1), (?, ?, ?, '2046-09-11', 1)",
        sixth.groupId(),
        subject,
        teacher.personId(),
        sixth.groupId(),
        subject,
        teacher.personId());
    String first =
        TestPeople.column(
                "SELECT id FROM lesson WHERE group_id = ? AND lesson_date = '2046-09-10'",
                sixth.groupId())
            .get(0);
    String second =
        TestPeople.column(
                "SELECT id FROM lesson WHERE group_id = ? AND lesson_date = '2046-09-11'",
                sixth.groupId())
            .get(0);
    TestPeople.run(
        "INSERT INTO attendance (lesson_id, student_id, status, recorded_by, recorded_at)"
            + " VALUES (?, ?, 'ABSENT', ?, NOW(3))",
        first,
        student,
        teacher.personId());
    TestPeople.run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'TEN_POINT', '7', 'CLASSWORK', ?, NOW(3))",
        second,
        student,
        teacher.personId());
    TestPeople.Account psychologist = TestPeople.staff("Eglė", "Stebinti", Role.PSYCHOLOGIST);
    TestPeople.Account otherSpecialist =
        TestPeople.staff("Rūta", "Kitanti", Role.SPECIAL_PEDAGOGUE);
    TestPeople.support(psychologist.personId(), student);
    TestPeople.Account deputy = TestPeople.staff("Rimantas", "Vadovaujantis", Role.DEPUTY);
    String span = "from=2046-09-01&to=2047-01-24";

    Portal portal = new Portal(contextRoot);
    portal.login(psychologist.login(), psychologist.password());
    Portal.Page list = portal.get("support/my-students.xhtml?" + span);
    assertEquals(200, list.status());
    Element row =
        list.document().select("#supported-table tbody tr").stream()
            .filter(r -> r.text().contains("Remiamoji"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(list.text()));
    assertEquals("1", row.select(".watch-absent").text());
    assertEquals("1", row.select(".watch-unjustified").text());
    assertEquals("0", row.select(".watch-late").text());
    assertEquals("1", row.select(".watch-marks").text());
    assertEquals("7.00", row.select(".watch-average").text());

    Portal.Page page = portal.get("support/student.xhtml?id=" + student + "&" + span);
    assertEquals(200, page.status());
    assertTrue(page.document().select("#watch-student-name").text().contains("Ūla Remiamoji"));
    assertEquals("1", page.document().select("#watch-total-absent").text());
    assertEquals("1", page.document().select("#watch-total-unjustified").text());
    assertFalse(page.document().select("canvas").isEmpty(), "a chart");
    for (Element script : page.document().select("script")) {
      assertFalse(script.attr("nonce").isEmpty(), script.outerHtml());
    }
    assertTrue(page.document().select("#progress-form").size() == 1);

    Portal other = new Portal(contextRoot);
    other.login(otherSpecialist.login(), otherSpecialist.password());
    Portal.Page refused = other.get("support/student.xhtml?id=" + student + "&" + span);
    assertTrue(refused.text().contains(REFUSED), refused.text());
    assertFalse(refused.text().contains("Remiamoji"));

    Api mine = Api.basic(contextRoot, psychologist);
    Api.Reply watchList = mine.get("support/watch-list?" + span);
    assertEquals(200, watchList.status(), watchList.body());
    assertTrue(watchList.body().contains("\"studentId\":" + student), watchList.body());
    assertTrue(watchList.body().contains("\"unjustified\":1"), watchList.body());
    Api.Reply one = mine.get("support/students/" + student + "?" + span);
    assertEquals(200, one.status(), one.body());
    assertTrue(one.body().contains("\"month\":\"2046-09\""), one.body());
    Api.Reply future =
        mine.post(
            "support/students/" + student + "/progress-notes",
            "{\"date\":\"2046-09-15\",\"text\":\"Pokalbis\"}");
    assertEquals(400, future.status(), future.body());
    assertTrue(future.body().contains("progressNote.date"), future.body());
    Api theirs = Api.basic(contextRoot, otherSpecialist);
    assertEquals(403, theirs.get("support/students/" + student).status());
    assertEquals(
        403,
        theirs
            .post(
                "support/students/" + student + "/progress-notes",
                "{\"date\":\"2026-01-05\",\"text\":\"Ne mano\"}")
            .status());
    assertEquals(
        403,
        mine.send(
                "PUT",
                "support/students/" + student + "/risk-group",
                "{\"inGroup\":true,\"reason\":\"Ne socialinė pedagogė\"}",
                "If-None-Match",
                "*")
            .status());

    Api api = Api.basic(contextRoot, deputy);
    Api.Download csv = api.download("reports/management.csv?" + span, "text/csv");
    assertEquals(200, csv.status());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n\"6a\";\"1\";\"0\";\"1\";\"0\"\r\n"), text);
    assertTrue(text.contains("\r\n\"6a\";\"Matematika\";\"1\";\"1\";\"7,00\";\"0\"\r\n"), text);
    Api.Download pdf = api.download("reports/management.pdf?" + span, "application/pdf");
    assertEquals(200, pdf.status());
    PdfAssertions.assertPdfA2b(pdf.body());
    assertEquals(
        403,
        Api.basic(contextRoot, psychologist)
            .download("reports/management.csv?" + span, "text/csv")
            .status());
    assertEquals(400, api.download("reports/management.csv?from=2046-09-01", "text/csv").status());

    Portal management = new Portal(contextRoot);
    management.login(deputy.login(), deputy.password());
    Portal.Page report = management.get("reports/management.xhtml?" + span);
    assertEquals(200, report.status());
    assertTrue(
        report.document().select("#report-attendance tbody tr").text().contains("6a"),
        report.text());
    for (Element script : report.document().select("script")) {
      assertFalse(script.attr("nonce").isEmpty(), script.outerHtml());
    }
  }
}
