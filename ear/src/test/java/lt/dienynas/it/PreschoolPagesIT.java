package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pre-school journal's education side through the portal and the API: the group's teacher
 * writes the day rhythm and this week's plan over the API (a stale write 409, every role without
 * the relationship 403), the guardian sees their child's rhythm, week and achievement steps on
 * {@code preschool/child.xhtml} and through the API with the progress report as PDF, another
 * child's guardian, a subject teacher and a student are refused, and the teacher's and the deputy's
 * pages show the group.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreschoolPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theGuardiansPageAndTheApi() {
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    LocalDate start = today.minusMonths(3).withDayOfMonth(1);
    long year = TestPeople.schoolYear();
    TestPeople.run(
        "UPDATE school_year SET start_date = ?, end_date = ? WHERE id = ?",
        start,
        start.plusYears(1).minusDays(1),
        year);
    String name = "Boružėlės " + System.nanoTime() % 100_000;
    TestPeople.SchoolClassRef group = TestPeople.preschoolGroup(year, name);
    TestPeople.SchoolClassRef otherGroup =
        TestPeople.preschoolGroup(year, "Drugeliai " + System.nanoTime() % 100_000);
    TestPeople.Account teacher = TestPeople.staff("Liepa", "Darželinė", Role.PRESCHOOL_TEACHER);
    TestPeople.Account otherTeacher = TestPeople.staff("Rūta", "Kitagrupė", Role.PRESCHOOL_TEACHER);
    TestPeople.teach(teacher.personId(), group.groupId());
    TestPeople.teach(otherTeacher.personId(), otherGroup.groupId());
    long child = TestPeople.student("Ugnė", "Mažylė", 2022, group.groupId());
    long otherChild = TestPeople.student("Kajus", "Kitas", 2022, otherGroup.groupId());
    TestPeople.run(
        "UPDATE group_member SET valid_from = ? WHERE student_id IN (?, ?)",
        start,
        child,
        otherChild);
    TestPeople.Account parent = TestPeople.guardianOf("Rasa", "Mažylienė", child);
    TestPeople.Account otherParent = TestPeople.guardianOf("Daiva", "Kitienė", otherChild);
    TestPeople.Account subjectTeacher = TestPeople.staff("Tomas", "Dalykinis", Role.TEACHER);
    TestPeople.SchoolClassRef grade = TestPeople.gradeClass(year, 6, "a", null);
    TestPeople.teach(subjectTeacher.personId(), grade.groupId());
    long pupil = TestPeople.student("Ūla", "Šeštokė", 2019, grade.groupId());
    TestPeople.Account student = TestPeople.studentAccount(pupil, "Ūla", "Šeštokė");
    TestPeople.Account deputy = TestPeople.staff("Rimantas", "Pavaduotojas", Role.DEPUTY);

    Api teacherApi = Api.basic(contextRoot, teacher);
    String rhythm =
        "{\"lines\":[{\"startsAt\":\"08:30:00\",\"endsAt\":\"09:00:00\",\"activity\":\"Pusryčiai\"},"
            + "{\"startsAt\":\"07:00:00\",\"endsAt\":\"08:30:00\",\"activity\":\"Vaikų sutikimas\"}]}";
    String rhythmPath = "preschool/groups/" + group.groupId() + "/day-rhythm";
    Api.Reply saved = teacherApi.send("PUT", rhythmPath, rhythm, "If-None-Match", "*");
    assertEquals(200, saved.status(), saved.body());
    assertNotNull(saved.header("ETag"), saved.body());
    assertTrue(
        saved.body().indexOf("Vaikų sutikimas") < saved.body().indexOf("Pusryčiai"),
        "kept in order of time: " + saved.body());
    Api.Reply again = teacherApi.send("PUT", rhythmPath, rhythm, "If-None-Match", "*");
    assertEquals(409, again.status(), again.body());
    assertTrue(again.body().contains("preschool.rhythm.stale"), again.body());
    Api.Reply bad =
        teacherApi.send(
            "PUT",
            rhythmPath,
            "{\"lines\":[{\"startsAt\":\"09:00:00\",\"endsAt\":\"08:00:00\",\"activity\":\"Atgal\"}]}",
            "If-Match",
            saved.header("ETag"));
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.body().contains("preschool.rhythm.timeOrder"), bad.body());

    LocalDate monday = today.with(DayOfWeek.MONDAY);
    String planPath = "preschool/groups/" + group.groupId() + "/week-plans/" + monday + "/plan";
    Api.Reply plan =
        teacherApi.send(
            "PUT", planPath, "{\"text\":\"Tema: Žiemos pasakos\"}", "If-None-Match", "*");
    assertEquals(200, plan.status(), plan.body());
    assertTrue(plan.body().contains("Žiemos pasakos"), plan.body());
    Api.Reply notMonday =
        teacherApi.send(
            "PUT",
            "preschool/groups/" + group.groupId() + "/week-plans/" + monday.plusDays(1) + "/plan",
            "{\"text\":\"Antradienis\"}");
    assertEquals(400, notMonday.status(), notMonday.body());
    assertTrue(notMonday.body().contains("preschool.week.notMonday"), notMonday.body());

    // what the teacher entered in October and May of an earlier year: the steps over time
    long earlier = TestPeople.schoolYear();
    TestPeople.run(
        "UPDATE school_year SET start_date = ?, end_date = ? WHERE id = ?",
        start.minusYears(1),
        start.minusDays(1),
        earlier);
    TestPeople.run(
        "INSERT INTO preschool_achievement_step (school_year_id, group_id, student_id,"
            + " assessment_round, competency, step, comment_text, assessed_on, assessed_by)"
            + " VALUES (?, ?, ?, 'MAY', 'COGNITIVE', 3, NULL, ?, ?),"
            + " (?, ?, ?, 'OCTOBER', 'COGNITIVE', 4, 'Domisi gamtos reiškiniais', ?, ?)",
        earlier,
        group.groupId(),
        child,
        start.minusMonths(4),
        teacher.personId(),
        year,
        group.groupId(),
        child,
        start.plusMonths(1),
        teacher.personId());

    Api parentApi = Api.basic(contextRoot, parent);
    Api.Reply children = parentApi.get("preschool/children");
    assertEquals(200, children.status(), children.body());
    assertTrue(children.body().contains("Ugnė Mažylė"), children.body());
    assertFalse(children.body().contains("Kajus"), children.body());
    Api.Reply day = parentApi.get("preschool/children/" + child);
    assertEquals(200, day.status(), day.body());
    assertTrue(day.body().contains("Pusryčiai"), day.body());
    assertTrue(day.body().contains("Žiemos pasakos"), day.body());
    assertTrue(day.body().contains("\"steps\":[3,4]"), day.body());
    assertTrue(day.body().contains("Domisi gamtos reiškiniais"), day.body());
    String reportPath = "preschool/children/" + child + "/progress-report/OCTOBER.pdf";
    Api.Reply pdf = parentApi.send("GET", reportPath, null, "Accept", "application/pdf");
    assertEquals(200, pdf.status(), pdf.body());
    assertTrue(pdf.body().startsWith("%PDF"), "a PDF");
    assertEquals(200, Api.basic(contextRoot, deputy).get("preschool/children/" + child).status());
    assertEquals(
        200,
        Api.basic(contextRoot, deputy)
            .get("preschool/groups/" + group.groupId() + "/achievements/OCTOBER/report")
            .status());

    // refusals: another child's guardian, another group's teacher, a subject teacher, a student
    for (TestPeople.Account refused : List.of(otherParent, otherTeacher, subjectTeacher, student)) {
      Api who = Api.basic(contextRoot, refused);
      assertEquals(403, who.get("preschool/children/" + child).status(), refused.login());
      assertEquals(
          403,
          who.send("GET", reportPath, null, "Accept", "application/pdf").status(),
          refused.login());
      assertEquals(
          403,
          who.send("PUT", rhythmPath, rhythm, "If-Match", saved.header("ETag")).status(),
          refused.login());
      assertEquals(
          403, who.send("PUT", planPath, "{\"text\":\"Svetimas\"}").status(), refused.login());
      assertEquals(
          403,
          who.send(
                  "PUT",
                  "preschool/groups/"
                      + group.groupId()
                      + "/achievements/OCTOBER/"
                      + child
                      + "/CIVIC",
                  "{\"step\":3,\"comment\":null}")
              .status(),
          refused.login());
    }
    assertEquals(
        403, parentApi.send("PUT", rhythmPath, rhythm, "If-Match", saved.header("ETag")).status());
    assertEquals(
        403,
        Api.basic(contextRoot, teacher)
            .get("preschool/school-years/" + year + "/missing-week-work")
            .status());

    // the guardian's page: the rhythm, this week's plan, the steps, the attendance link
    Portal asParent = new Portal(contextRoot);
    asParent.login(parent.login(), parent.password());
    Portal.Page page = asParent.get("preschool/child.xhtml?student=" + child);
    assertEquals(200, page.status(), page.text());
    assertTrue(page.text().contains("Vaikas darželyje"), page.text());
    assertTrue(page.text().contains("07:00–08:30 Vaikų sutikimas"), page.text());
    assertTrue(page.text().contains("Tema: Žiemos pasakos"), page.text());
    assertTrue(
        page.text().contains("Pažinimo kompetencija 3 4 Domisi gamtos reiškiniais"), page.text());
    Element attendance = page.document().selectFirst("#child-attendance-link");
    assertNotNull(attendance, page.text());
    assertTrue(
        attendance.attr("href").contains("preschool/child-attendance.xhtml"),
        attendance.outerHtml());
    Portal asOther = new Portal(contextRoot);
    asOther.login(otherParent.login(), otherParent.password());
    Portal.Page refusedPage = asOther.get("preschool/child.xhtml?student=" + child);
    assertFalse(refusedPage.text().contains("Žiemos pasakos"), refusedPage.text());
    assertFalse(refusedPage.text().contains("Domisi gamtos"), refusedPage.text());

    // the teacher's pages and the deputy's group report
    Portal asTeacher = new Portal(contextRoot);
    asTeacher.login(teacher.login(), teacher.password());
    Portal.Page rhythmPage = asTeacher.get("preschool/day-rhythm.xhtml?group=" + group.groupId());
    assertEquals(200, rhythmPage.status(), rhythmPage.text());
    assertTrue(rhythmPage.text().contains(name), rhythmPage.text());
    assertNotNull(rhythmPage.document().selectFirst("#rhythm-save"), rhythmPage.text());
    Portal.Page planPage = asTeacher.get("preschool/week-plans.xhtml?group=" + group.groupId());
    assertEquals(200, planPage.status(), planPage.text());
    assertTrue(
        planPage.document().select("#plan-text").text().contains("Žiemos pasakos"),
        planPage.text());
    Portal.Page steps =
        asTeacher.get(
            "preschool/achievements.xhtml?group=" + group.groupId() + "&student=" + child);
    assertEquals(200, steps.status(), steps.text());
    assertTrue(steps.text().contains("Ugnė Mažylė"), steps.text());
    Portal asDeputy = new Portal(contextRoot);
    asDeputy.login(deputy.login(), deputy.password());
    Portal.Page report =
        asDeputy.get("preschool/group-report.xhtml?group=" + group.groupId() + "&round=OCTOBER");
    assertEquals(200, report.status(), report.text());
    assertTrue(report.text().contains("Pažinimo kompetencija 0 0 0 1 0 0 0 0"), report.text());
    Portal.Page missing = asDeputy.get("preschool/week-plans.xhtml?group=" + otherGroup.groupId());
    assertEquals(200, missing.status(), missing.text());
    assertTrue(missing.text().contains("Trūkstami planai ir refleksijos"), missing.text());

    Api.Reply document = Api.anonymous(contextRoot).get("openapi.json");
    assertTrue(document.body().contains("/v1/preschool/children/{studentId}"), "documented");
    assertTrue(document.body().contains("\"operationId\": \"preschoolChildDay\""), "documented");
  }
}
