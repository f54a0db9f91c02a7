package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Planned tests and period grades over the API and on the pages: the teacher announces a test and
 * enters a period grade once the admin opens entry; the guardian sees both in the API and in the
 * child's diary; a stranger is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void testsAndPeriodGradesThroughTheApiAndTheDiary() {
    TestSchool school = TestSchool.create(6, 2);
    TestSchool other = TestSchool.create(6, 1);
    TestPeople.run(
        "INSERT INTO school_period (school_year_id, kind, start_date, end_date) VALUES"
            + " (?, 'FIRST_SEMESTER', '2030-09-01', '2031-01-24')",
        school.yearId);
    long student = school.students.get(0);
    Account parent = TestSchool.guardianOf("Aldona", "Motina", student);
    Account stranger = TestSchool.guardianOf("Jonas", "Svetimas", other.students.get(0));
    Account admin = TestPeople.staff("Ada", "Administratorė", Role.DB_ADMIN);
    Api teacher = Api.basic(contextRoot, school.teacher);

    Reply announced =
        teacher.post(
            "groups/" + school.groupId + "/tests",
            "{\"subjectId\":"
                + school.subjectId
                + ",\"date\":\"2030-10-16\",\"description\":\"Trupmenų kontrolinis\"}");
    assertEquals(201, announced.status(), announced.body());
    Reply second =
        teacher.post(
            "groups/" + school.groupId + "/tests",
            "{\"subjectId\":"
                + school.subjectId
                + ",\"date\":\"2030-10-16\",\"description\":\"Dar vienas\"}");
    assertEquals(400, second.status(), second.body());
    assertTrue(second.body().contains("plannedTest.groupHasTest"), second.body());

    Api guardian = Api.basic(contextRoot, parent);
    Reply tests = guardian.get("students/" + student + "/tests?from=2030-10-01&to=2030-10-31");
    assertEquals(200, tests.status(), tests.body());
    assertTrue(tests.body().contains("Trupmenų kontrolinis"), tests.body());
    assertEquals(
        403,
        Api.basic(contextRoot, stranger)
            .get("students/" + student + "/tests?from=2030-10-01&to=2030-10-31")
            .status());

    String grade = "{\"notation\":\"8\"}";
    String gradePath =
        "groups/"
            + school.groupId
            + "/period-grades/"
            + student
            + "?subject="
            + school.subjectId
            + "&period=FIRST_SEMESTER";
    Reply closed = teacher.put(gradePath, grade);
    assertEquals(400, closed.status(), closed.body());
    assertTrue(closed.body().contains("periodGrade.entryClosed"), closed.body());
    Reply opened =
        Api.basic(contextRoot, admin)
            .put(
                "period-grade-entry",
                "{\"schoolYearId\":"
                    + school.yearId
                    + ",\"period\":\"FIRST_SEMESTER\",\"classId\":"
                    + school.classId
                    + ",\"open\":true}");
    assertEquals(204, opened.status(), opened.body());
    assertEquals(204, teacher.put(gradePath, grade).status());
    assertEquals(
        403, Api.basic(contextRoot, other.teacher).put(gradePath, "{\"notation\":\"9\"}").status());

    Reply grades = guardian.get("students/" + student + "/period-grades?year=" + school.yearId);
    assertEquals(200, grades.status(), grades.body());
    assertTrue(grades.body().contains("\"notation\":\"8\""), grades.body());
    Reply form =
        teacher.get(
            "groups/"
                + school.groupId
                + "/period-grades?subject="
                + school.subjectId
                + "&period=FIRST_SEMESTER");
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("\"entryOpen\":true"), form.body());
    Reply results =
        Api.basic(contextRoot, school.classTeacher)
            .get("classes/" + school.classId + "/period-results?year=" + school.yearId);
    assertEquals(200, results.status(), results.body());

    Portal diary = new Portal(contextRoot);
    diary.login(parent.login(), parent.password());
    Page page = diary.get("diary/child.xhtml?student=" + student + "&date=2030-10-14");
    assertEquals(200, page.status());
    assertTrue(
        page.document().select("#coming-tests").text().contains("Trupmenų kontrolinis"),
        page.text());
    assertTrue(page.document().select("#period-grades").text().contains("I pusmetis"), page.text());

    Portal teacherPortal = new Portal(contextRoot);
    teacherPortal.login(school.teacher.login(), school.teacher.password());
    Page formPage =
        teacherPortal.get(
            "assessment/period-grades.xhtml?group="
                + school.groupId
                + "&subject="
                + school.subjectId
                + "&period=FIRST_SEMESTER");
    assertEquals(200, formPage.status());
    assertEquals(2, formPage.document().select("#grades tr[data-student]").size());
    Page testsPage = teacherPortal.get("assessment/tests.xhtml");
    assertEquals(200, testsPage.status());
    assertTrue(testsPage.text().contains("Atsiskaitomieji darbai"), testsPage.text());

    Portal adminPortal = new Portal(contextRoot);
    adminPortal.login(admin.login(), admin.password());
    Page entry = adminPortal.get("assessment/entry.xhtml?period=FIRST_SEMESTER");
    assertEquals(200, entry.status());
  }
}
