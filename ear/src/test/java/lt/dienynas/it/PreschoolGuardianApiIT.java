package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.YearMonth;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A guardian's view of their child's pre-school attendance over HTTP (§22.4): the teacher saves the
 * day through the API, the guardian reads the child's month through the API and on the page;
 * another child's guardian, a student, a subject teacher and another group's pre-school teacher are
 * refused on both, and only the group's teacher writes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PreschoolGuardianApiIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theGuardianSeesTheirChildsDaysAndNobodyElseDoes() {
    PreschoolSchool school = PreschoolSchool.create(3);
    long child = school.children.get(1);
    String month = YearMonth.from(school.day).toString();
    TestPeople.Account guardian = TestPeople.guardianOf("Rasa", "Globytė", child);
    TestPeople.Account otherGuardian =
        TestPeople.guardianOf("Ona", "Svetima", school.children.get(0));
    TestPeople.Account student =
        TestPeople.studentAccount(school.children.get(2), "Mokinys", "Vaikaitis03");
    TestPeople.Account subjectTeacher = TestPeople.staff("Tomas", "Dalykinis", Role.TEACHER);
    TestPeople.Account otherTeacher =
        TestPeople.staff("Austėja", "Kitagrupė", Role.PRESCHOOL_TEACHER);
    long otherGroup =
        TestPeople.preschoolGroup(school.yearId, "Pelėdžiukai " + school.yearId).groupId();
    PreschoolSchool.assign(otherTeacher.personId(), otherGroup, school.day.minusDays(30));

    String dayPath = "preschool/groups/" + school.groupId + "/days/" + school.day;
    String marks = "{\"marks\":[{\"studentId\":" + child + ",\"status\":\"ABSENT\"}]}";
    for (TestPeople.Account refused :
        new TestPeople.Account[] {otherTeacher, subjectTeacher, guardian, student}) {
      Api.Reply reply =
          Api.basic(contextRoot, refused).send("PUT", dayPath, marks, "If-None-Match", "*");
      assertEquals(403, reply.status(), refused.login() + ": " + reply.body());
    }
    assertEquals(
        "0",
        TestPeople.column(
                "SELECT COUNT(*) FROM preschool_attendance WHERE group_id = ?", school.groupId)
            .get(0));

    Api teacherApi = Api.basic(contextRoot, school.teacher);
    Api.Reply saved = teacherApi.send("PUT", dayPath, marks, "If-None-Match", "*");
    assertEquals(200, saved.status(), saved.body());
    assertNotNull(saved.header("ETag"), "the day's version");
    assertTrue(saved.body().contains("\"state\":\"FILLED\""), saved.body());
    assertEquals(
        409,
        teacherApi.send("PUT", dayPath, marks, "If-None-Match", "*").status(),
        "the day was filled meanwhile");
    assertEquals(
        400,
        teacherApi
            .send(
                "PUT",
                dayPath,
                "{\"marks\":[{\"studentId\":" + child + ",\"status\":\"LATE\"}]}",
                "If-Match",
                saved.header("ETag"))
            .status(),
        "late without the time");

    String childPath = "preschool/children/" + child + "/attendance/" + month;
    Api.Reply seen = Api.basic(contextRoot, guardian).get(childPath);
    assertEquals(200, seen.status(), seen.body());
    assertTrue(seen.body().contains("\"month\":\"" + month + "\""), seen.body());
    assertTrue(seen.body().contains("\"absent\":1"), seen.body());
    assertTrue(
        seen.body().contains("{\"day\":\"" + school.day + "\",\"status\":\"ABSENT\"}"),
        seen.body());
    assertTrue(seen.body().contains("\"groupName\":\"" + school.groupName + "\""), seen.body());
    assertEquals(200, teacherApi.get(childPath).status(), "the child's teacher");
    for (TestPeople.Account refused :
        new TestPeople.Account[] {otherGuardian, student, subjectTeacher, otherTeacher}) {
      Api.Reply reply = Api.basic(contextRoot, refused).get(childPath);
      assertEquals(403, reply.status(), refused.login() + ": " + reply.body());
    }

    Portal asGuardian = new Portal(contextRoot);
    asGuardian.login(guardian.login(), guardian.password());
    Portal.Page page =
        asGuardian.get("preschool/child-attendance.xhtml?student=" + child + "&month=" + month);
    assertEquals(200, page.status(), page.text());
    assertTrue(page.text().contains("Vaiko lankomumas darželyje"), page.text());
    assertTrue(page.text().contains(school.names.get(1)), page.text());
    assertTrue(page.text().contains("Neatvyko (nepateisinta)"), page.text());
    assertTrue(page.text().contains("Neatvyko: 1"), page.text());
    assertFalse(page.text().contains(REFUSED));

    Portal asOther = new Portal(contextRoot);
    asOther.login(otherGuardian.login(), otherGuardian.password());
    assertTrue(
        asOther
            .get("preschool/child-attendance.xhtml?student=" + child + "&month=" + month)
            .text()
            .contains(REFUSED),
        "another child's guardian");

    // the teacher's month and the deputy's 9:30 list render for them
    Portal asTeacher = new Portal(contextRoot);
    asTeacher.login(school.teacher.login(), school.teacher.password());
    Portal.Page sheet =
        asTeacher.get("preschool/sheets.xhtml?group=" + school.groupId + "&month=" + month);
    assertEquals(200, sheet.status(), sheet.text());
    assertTrue(sheet.text().contains(school.groupName + ", " + month), sheet.text());
    assertTrue(sheet.text().contains("Būsena: Nepateiktas"), sheet.text());
    assertEquals(3, sheet.document().select("#preschool-sheet-grid tbody tr").size());
    TestPeople.Account deputy = TestPeople.staff("Rimantas", "Tikrintojas", Role.DEPUTY);
    String sheetPath = "preschool/groups/" + school.groupId + "/sheets/" + month;
    Api.Reply sheetReply = teacherApi.get(sheetPath);
    assertEquals(200, sheetReply.status(), sheetReply.body());
    assertTrue(sheetReply.body().contains("\"status\":\"NOT_SUBMITTED\""), sheetReply.body());
    Api deputyApi = Api.basic(contextRoot, deputy);
    Api.Reply early = deputyApi.send("POST", sheetPath + "/approve", null);
    assertEquals(400, early.status(), "nothing submitted to approve: " + early.body());
    assertEquals(
        403, teacherApi.send("POST", sheetPath + "/approve", null).status(), "the teacher");
    assertEquals(403, Api.basic(contextRoot, guardian).get(sheetPath).status(), "a guardian");
    assertEquals(200, deputyApi.get("preschool/morning-check").status());
    assertEquals(403, teacherApi.get("preschool/morning-check").status(), "the teacher");

    Portal asDeputy = new Portal(contextRoot);
    asDeputy.login(deputy.login(), deputy.password());
    Portal.Page late = asDeputy.get("preschool/late.xhtml");
    assertEquals(200, late.status(), late.text());
    assertTrue(late.text().contains("Grupės, neužpildžiusios lankomumo iki 9.30"), late.text());
    assertTrue(
        asGuardian.get("preschool/late.xhtml").text().contains(REFUSED),
        "a guardian oversees nothing");

    Api.Reply spec = Api.anonymous(contextRoot).get("openapi.json");
    assertEquals(200, spec.status());
    assertTrue(
        spec.body().contains("\"operationId\": \"getPreschoolChildMonth\"")
            || spec.body().contains("\"operationId\":\"getPreschoolChildMonth\""),
        "documented");
  }
}
