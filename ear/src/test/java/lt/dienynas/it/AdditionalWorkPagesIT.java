package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.TestPeople.Account;
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
 * Additional and summer work in the portal (§23.12): the subject teacher assigns it on the page
 * (the class teacher is notified), enters the result (it becomes the final result), a stale result
 * is refused, and everyone else is refused on the page and the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdditionalWorkPagesIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theSubjectTeacherAssignsAndEntersTheResultOnThePage() {
    TestSchool school = ClassYearEndIT.withPeriods(TestSchool.create(6, 2));
    long student = school.students.get(1);
    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    String page =
        "assessment/additional-work.xhtml?group=" + school.groupId + "&subject=" + school.subjectId;
    Portal.Page empty = portal.get(page);
    assertEquals(200, empty.status(), empty.text());
    assertTrue(empty.text().contains("Papildomi ir vasaros darbai"), empty.text());

    Portal.Page noDate =
        portal.submit(
            empty,
            "#assign-form",
            Map.of(
                "assign-form:student", Long.toString(student),
                "assign-form:kind", "SUMMER",
                "assign-form:due", "",
                "assign-form:task", "Trupmenos",
                "assign-form:assign", ""));
    assertTrue(noDate.text().contains("Nurodykite, iki kada"), noDate.text());
    assertEquals(List.of("0"), works(student));

    Portal.Page assigned =
        portal.submit(
            noDate,
            "#assign-form",
            Map.of(
                "assign-form:student", Long.toString(student),
                "assign-form:kind", "SUMMER",
                "assign-form:due", "2031-08-25",
                "assign-form:task", "Trupmenos",
                "assign-form:assign", ""));
    assertTrue(assigned.text().contains("Darbai paskirti"), assigned.text());
    assertTrue(assigned.text().contains("Vasaros darbai"), assigned.text());
    assertEquals(List.of("1"), works(student));
    assertEquals(
        List.of("1"),
        TestPeople.column(
            "SELECT COUNT(*) FROM notice_outbox WHERE subject_key = 'notice.summerWork.subject'"
                + " AND CONCAT(',', recipient_ids, ',') LIKE ?",
            "%," + school.classTeacher.personId() + ",%"),
        "the class teacher is notified");

    Element row = assigned.document().selectFirst("#works-form\\:works tbody tr");
    Portal.Page saved =
        portal.submit(
            assigned,
            "#works-form",
            Map.of(
                row.selectFirst("input.dn-result").attr("name"), "5",
                row.selectFirst("button.dn-enter").attr("name"), ""));
    assertTrue(saved.text().contains("darbų rezultatas įrašytas"), saved.text());
    Reply work =
        Api.basic(contextRoot, school.teacher)
            .get("students/" + student + "/additional-work?year=" + school.yearId);
    assertTrue(work.body().contains("\"result\":\"5\""), work.body());

    // the API with the version read; a stale version changes nothing
    Api api = Api.basic(contextRoot, school.teacher);
    Reply listed =
        api.get("groups/" + school.groupId + "/additional-work?subject=" + school.subjectId);
    assertEquals(200, listed.status(), listed.body());
    // the students come first in the body; the work's own id is in "works"
    Reply works =
        new Reply(listed.status(), listed.body().substring(listed.body().indexOf("\"works\"")));
    long workId = works.number("id");
    long version = works.number("version");
    Reply stale =
        api.put(
            "additional-work/" + workId + "/versioned-result",
            "{\"notation\":\"7\",\"version\":" + (version - 1) + "}");
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("yearEnd.stale"), stale.body());
    Reply fresh =
        api.put(
            "additional-work/" + workId + "/versioned-result",
            "{\"notation\":\"6\",\"version\":" + version + "}");
    assertEquals(204, fresh.status(), fresh.body());
    Reply results =
        Api.basic(contextRoot, school.classTeacher)
            .get("classes/" + school.classId + "/period-results?year=" + school.yearId);
    assertTrue(results.body().contains("\"6\""), "the final result: " + results.body());
  }

  @Test
  void everyoneButTheSubjectTeacherOfTheGroupIsRefused() {
    TestSchool school = TestSchool.create(7, 1);
    TestSchool other = TestSchool.create(7, 1);
    long student = school.students.get(0);
    String assign =
        "{\"schoolYearId\":"
            + school.yearId
            + ",\"subjectId\":"
            + school.subjectId
            + ",\"kind\":\"ADDITIONAL\",\"dueDate\":\"2031-06-25\"}";
    long workId =
        Api.basic(contextRoot, school.teacher)
            .post("students/" + student + "/additional-work", assign)
            .number("id");
    List<Account> strangers =
        List.of(
            other.teacher,
            school.classTeacher,
            TestPeople.staff("Rimantas", "Pavaduotojas", Role.DEPUTY),
            TestPeople.staff("Giedrius", "Administratorius", Role.DB_ADMIN),
            TestSchool.guardianOf("Rasa", "Mama", student),
            school.studentAccount(0));
    for (Account stranger : strangers) {
      Api api = Api.basic(contextRoot, stranger);
      assertEquals(
          403,
          api.get("groups/" + school.groupId + "/additional-work?subject=" + school.subjectId)
              .status(),
          stranger.login() + " lists");
      assertEquals(
          403,
          api.put(
                  "additional-work/" + workId + "/versioned-result",
                  "{\"notation\":\"9\",\"version\":1}")
              .status(),
          stranger.login() + " enters a result");
    }
    assertEquals(
        List.of(""),
        TestPeople.column(
            "SELECT COALESCE(result_value, '') FROM additional_work WHERE id = ?", workId),
        "no result was entered");
    Portal portal = new Portal(contextRoot);
    portal.login(other.teacher.login(), other.teacher.password());
    assertTrue(
        portal
            .get(
                "assessment/additional-work.xhtml?group="
                    + school.groupId
                    + "&subject="
                    + school.subjectId)
            .text()
            .contains(REFUSED));
  }

  private static List<String> works(long student) {
    return TestPeople.column("SELECT COUNT(*) FROM additional_work WHERE student_id = ?", student);
  }
}
