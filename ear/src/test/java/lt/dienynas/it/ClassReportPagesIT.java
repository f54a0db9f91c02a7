package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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
 * The class reports' page and API over HTTP (§21.17, §32): the class teacher prepares the ended
 * semester's report on the page and confirms it over the API, the deputy sees the other class's
 * overdue report and accepts the confirmed one on the page; people without the relation are refused
 * on the page and in the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassReportPagesIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void preparedOnThePageConfirmedOverTheApiAcceptedByTheDeputy() {
    // a year whose first semester ended 20 days ago: its 5 working days are over
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Vilnius"));
    LocalDate start = today.minusDays(100);
    LocalDate firstEnd = today.minusDays(20);
    LocalDate teachingEnd = today.plusDays(150);
    String yearName =
        "R" + ProcessHandle.current().pid() + "." + System.nanoTime() % 1_000_000_000L;
    TestPeople.run(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        yearName,
        start,
        today.plusDays(200));
    long year =
        Long.parseLong(
            TestPeople.column("SELECT id FROM school_year WHERE name = ?", yearName).get(0));
    TestPeople.run(
        "INSERT INTO school_period (school_year_id, kind, start_date, end_date) VALUES"
            + " (?, 'FIRST_SEMESTER', ?, ?), (?, 'SECOND_SEMESTER', ?, ?), (?, 'ANNUAL', ?, ?)",
        year,
        start,
        firstEnd,
        year,
        firstEnd.plusDays(3),
        teachingEnd,
        year,
        start,
        teachingEnd);
    TestPeople.Account teacher =
        TestPeople.staff("Jūratė", "Ataskaitaitė", Role.CLASS_TEACHER, Role.TEACHER);
    TestPeople.Account otherTeacher =
        TestPeople.staff("Kęstas", "Kitaklasis", Role.CLASS_TEACHER, Role.TEACHER);
    TestPeople.Account subjectTeacher = TestPeople.staff("Tomas", "Dalykinis", Role.TEACHER);
    TestPeople.Account deputy = TestPeople.staff("Rimantas", "Priimantis", Role.DEPUTY);
    TestPeople.SchoolClassRef mine = TestPeople.gradeClass(year, 7, "a", teacher.personId());
    TestPeople.SchoolClassRef other = TestPeople.gradeClass(year, 7, "b", otherTeacher.personId());
    long student = TestPeople.student("Ūla", "Ataskaitytė", 2014, mine.groupId());
    TestPeople.run("UPDATE group_member SET valid_from = ? WHERE student_id = ?", start, student);
    TestPeople.teach(subjectTeacher.personId(), mine.groupId());
    TestPeople.Account guardian = TestPeople.guardianOf("Rasa", "Ataskaitienė", student);
    TestPeople.Account studentAccount = TestPeople.studentAccount(student, "Ūla", "Ataskaitytė");

    Portal asTeacher = new Portal(contextRoot);
    asTeacher.login(teacher.login(), teacher.password());
    Portal.Page page = asTeacher.get("yearend/reports.xhtml?year=" + year);
    assertEquals(200, page.status(), page.text());
    assertTrue(page.text().contains("Pusmečių ir metinės klasių ataskaitos"), page.text());
    assertTrue(page.text().contains("Neparengta"), page.text());
    assertTrue(page.text().contains("vėluoja"), "the first semester's deadline is over");
    Element prepare = page.document().selectFirst("input.class-report-prepare");
    assertNotNull(prepare, "the ended semester can be prepared: " + page.text());
    Portal.Page prepared =
        asTeacher.submit(page, "#class-reports-form", Map.of(prepare.attr("name"), prepare.val()));
    assertTrue(
        prepared.text().contains("Ataskaita parengta"), "a confirmation: " + prepared.text());
    assertTrue(prepared.text().contains("Parengta, tikrinama"), prepared.text());

    Api teacherApi = Api.basic(contextRoot, teacher);
    Api.Reply one = teacherApi.get("classes/" + mine.classId() + "/reports/FIRST_SEMESTER");
    assertEquals(200, one.status(), one.body());
    String etag = one.header("ETag");
    assertNotNull(etag, "a version to write against");
    assertEquals(
        409,
        teacherApi
            .send(
                "POST",
                "classes/" + mine.classId() + "/reports/FIRST_SEMESTER/confirm",
                null,
                "If-Match",
                "\"99\"")
            .status(),
        "a stale version");
    for (TestPeople.Account refused :
        new TestPeople.Account[] {otherTeacher, subjectTeacher, guardian, studentAccount}) {
      Api.Reply reply =
          Api.basic(contextRoot, refused)
              .send(
                  "POST",
                  "classes/" + mine.classId() + "/reports/FIRST_SEMESTER/confirm",
                  null,
                  "If-Match",
                  etag);
      assertEquals(403, reply.status(), refused.login() + ": " + reply.body());
    }
    Api.Reply confirmed =
        teacherApi.send(
            "POST",
            "classes/" + mine.classId() + "/reports/FIRST_SEMESTER/confirm",
            null,
            "If-Match",
            etag);
    assertEquals(200, confirmed.status(), confirmed.body());
    assertTrue(confirmed.body().contains("\"CONFIRMED\""), confirmed.body());
    Api.Reply pdf =
        teacherApi.send(
            "GET",
            "classes/" + mine.classId() + "/reports/FIRST_SEMESTER/pdf",
            null,
            "Accept",
            "application/pdf");
    assertEquals(200, pdf.status());
    assertTrue(pdf.body().startsWith("%PDF"), "the report's PDF");
    assertEquals(
        403,
        Api.basic(contextRoot, guardian)
            .send(
                "GET",
                "classes/" + mine.classId() + "/reports/FIRST_SEMESTER/pdf",
                null,
                "Accept",
                "application/pdf")
            .status(),
        "a guardian reads no class report");

    Api deputyApi = Api.basic(contextRoot, deputy);
    Api.Reply overdue = deputyApi.get("school-years/" + year + "/class-reports?overdue=true");
    assertEquals(200, overdue.status(), overdue.body());
    assertTrue(overdue.body().contains("\"className\":\"7b\""), overdue.body());
    assertFalse(overdue.body().contains("\"className\":\"7a\""), "7a's report is handed in");

    Portal asDeputy = new Portal(contextRoot);
    asDeputy.login(deputy.login(), deputy.password());
    Portal.Page list = asDeputy.get("yearend/reports.xhtml?year=" + year + "&overdue=true");
    assertEquals(200, list.status(), list.text());
    assertTrue(list.text().contains("7b"), list.text());
    Portal.Page classPage =
        asDeputy.get("yearend/reports.xhtml?year=" + year + "&class=" + mine.classId());
    Element accept = classPage.document().selectFirst("input.class-report-accept");
    assertNotNull(accept, "the confirmed report can be accepted: " + classPage.text());
    Portal.Page accepted =
        asDeputy.submit(
            classPage, "#class-reports-form", Map.of(accept.attr("name"), accept.val()));
    assertTrue(accepted.text().contains("Ataskaita priimta"), accepted.text());
    assertTrue(accepted.text().contains("pateikta pavėluotai"), "after the deadline");
    assertEquals(
        "ACCEPTED",
        TestPeople.column(
                "SELECT status FROM class_report WHERE school_class_id = ? AND period_kind = ?",
                mine.classId(),
                "FIRST_SEMESTER")
            .get(0));

    Portal asOther = new Portal(contextRoot);
    asOther.login(otherTeacher.login(), otherTeacher.password());
    assertTrue(
        asOther
            .get("yearend/reports.xhtml?year=" + year + "&class=" + mine.classId())
            .text()
            .contains(REFUSED),
        "another class's reports");
    Portal asGuardian = new Portal(contextRoot);
    asGuardian.login(guardian.login(), guardian.password());
    assertTrue(
        asGuardian
            .get("yearend/reports.xhtml?year=" + year + "&class=" + mine.classId())
            .text()
            .contains(REFUSED));
  }
}
