package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import lt.dienynas.it.Api.Reply;
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
 * Guardians, student data and group lists over the JSON API: the same services and rules as the
 * portal — the DB admin creates and links, the class teacher corrects their class's data, a stale
 * version and bad input get their keys, every role without the relation gets 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuardianApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void guardiansAndStudentDataThroughTheApi() {
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    Api admin = Api.basic(contextRoot, TestPeople.staff("Giedrius", "Adminas", Role.DB_ADMIN));
    Api classTeacher = Api.basic(contextRoot, school.classTeacher);
    Api teacher = Api.basic(contextRoot, school.teacher);
    Account parentAccount = TestSchool.guardianOf("Ona", "Esama", school.students.get(1));
    Api parent = Api.basic(contextRoot, parentAccount);

    Reply created =
        admin.post(
            "students/" + child + "/guardians",
            "{\"firstName\":\"Rasa\",\"lastName\":\"Kazlauskienė\",\"email\":\"rasa@pastas.example\"}");
    assertEquals(201, created.status(), created.body());
    long guardian = created.number("id");
    Reply list = classTeacher.get("students/" + child + "/guardians");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains("Kazlauskienė"), list.body());

    long version = classTeacher.get("guardians/" + guardian).number("version");
    String edit =
        "{\"version\":" + version + ",\"firstName\":\"Rasa\",\"lastName\":\"Kazlauskaitė\"}";
    assertEquals(204, classTeacher.put("guardians/" + guardian, edit).status());
    Reply stale = classTeacher.put("guardians/" + guardian, edit);
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("record.stale"), stale.body());
    Reply control =
        admin.put(
            "guardians/" + guardian,
            "{\"version\":"
                + (version + 1)
                + ",\"firstName\":\"Ra\\u0007sa\",\"lastName\":\"Kazlauskaitė\"}");
    assertEquals(400, control.status(), control.body());
    assertTrue(control.body().contains("plainText.invalid"), control.body());
    Reply badCode =
        classTeacher.put(
            "students/" + child + "/data",
            "{\"version\":0,\"firstName\":\"A\",\"lastName\":\"B\",\"personalCode\":\"123\"}");
    assertEquals(400, badCode.status(), badCode.body());
    assertTrue(badCode.body().contains("personalCode.format"), badCode.body());

    // the other child's guardian is linked by the admin, then unlinked
    long other = school.students.get(1);
    assertEquals(204, admin.put("students/" + other + "/guardians/" + guardian, "").status());
    assertEquals(204, admin.delete("students/" + other + "/guardians/" + guardian).status());

    // refusals: every write to each role without the relation
    for (Api who : List.of(classTeacher, teacher, parent)) {
      assertEquals(
          403,
          who.post("students/" + child + "/guardians", "{\"firstName\":\"X\",\"lastName\":\"Y\"}")
              .status());
      assertEquals(403, who.put("students/" + other + "/guardians/" + guardian, "").status());
      assertEquals(403, who.delete("students/" + child + "/guardians/" + guardian).status());
    }
    for (Api who : List.of(teacher, parent)) {
      assertEquals(403, who.put("guardians/" + guardian, edit).status());
      assertEquals(
          403,
          who.put(
                  "students/" + child + "/data",
                  "{\"version\":0,\"firstName\":\"A\",\"lastName\":\"B\",\"personalCode\":\"123\"}")
              .status());
      assertEquals(403, who.get("students/" + child + "/guardians").status());
    }
    assertEquals(403, teacher.post("guardians/" + guardian + "/first-login", "").status());

    // the slip: the guardian logs in with a temporary password that must be changed
    Reply slip = admin.post("guardians/" + guardian + "/first-login", "");
    assertEquals(200, slip.status(), slip.body());
    assertTrue(slip.body().contains("\"login\""), slip.body());
  }

  @Test
  void groupListsThroughTheApi() {
    TestSchool school = TestSchool.create(6, 1);
    long newcomer = TestPeople.student("Naujokas", "Atvykėlis", 2018, school.groupId);
    Api admin = Api.basic(contextRoot, TestPeople.staff("Giedrius", "Adminas", Role.DB_ADMIN));
    Api teacher = Api.basic(contextRoot, school.teacher);
    Api parent = Api.basic(contextRoot, TestSchool.guardianOf("Ona", "Mama", newcomer));
    long nonFormal =
        TestPeople.group(school.yearId, "NON_FORMAL", "Šachmatai " + System.nanoTime(), null);
    String body = "{\"studentId\":" + newcomer + ",\"from\":\"2030-09-02\"}";

    assertEquals(403, teacher.post("groups/" + nonFormal + "/members", body).status());
    assertEquals(403, parent.post("groups/" + nonFormal + "/members", body).status());
    Reply added = admin.post("groups/" + nonFormal + "/members", body);
    assertEquals(201, added.status(), added.body());
    long member = added.number("id");
    Reply twice = admin.post("groups/" + nonFormal + "/members", body);
    assertEquals(400, twice.status(), twice.body());
    assertTrue(twice.body().contains("groupMember.overlap"), twice.body());
    Reply members = admin.get("groups/" + nonFormal + "/members");
    assertTrue(members.body().contains("Atvykėlis"), members.body());
    assertEquals(403, parent.get("groups/" + nonFormal + "/members").status());
    assertEquals(
        403,
        teacher
            .post("memberships/" + member + "/end", "{\"version\":0,\"lastDay\":\"2030-12-31\"}")
            .status());
    long version = members.number("version");
    Reply ended =
        admin.post(
            "memberships/" + member + "/end",
            "{\"version\":" + version + ",\"lastDay\":\"2030-12-31\"}");
    assertEquals(204, ended.status(), ended.body());
    Reply groups = admin.get("groups?kind=NON_FORMAL");
    assertEquals(200, groups.status(), groups.body());

    Reply document = Api.anonymous(contextRoot).get("openapi.json");
    assertTrue(document.body().contains("/v1/students/{studentId}/guardians"));
    assertTrue(document.body().contains("/v1/groups/{groupId}/members"));
  }
}
