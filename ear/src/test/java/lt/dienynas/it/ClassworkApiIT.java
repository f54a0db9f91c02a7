package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The class teacher's records over the API (§21.6, §21.9, §21.12, §21.13): the same rules as the
 * pages — the class teacher of the class writes, a subject teacher, another class's class teacher,
 * a guardian and a student are refused with 403; bad input 400 in Lithuanian; a stale change 409;
 * the families read their own; every operation is in the OpenAPI document with its operationId.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassworkApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theClassTeacherWritesTheFamiliesReadTheOthersAreRefused() {
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    String yearName = "CW" + (System.nanoTime() % 1_000_000_000L);
    TestPeople.run(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        yearName,
        today.minusDays(100),
        today.plusDays(200));
    long yearId =
        Long.parseLong(TestSchool.query("SELECT id FROM school_year WHERE name = ?", yearName));
    Account teacher = TestPeople.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER);
    Account otherTeacher = TestPeople.staff("Rūta", "Kitaklasė", Role.CLASS_TEACHER);
    TestPeople.SchoolClassRef sixth = TestPeople.gradeClass(yearId, 6, "a", teacher.personId());
    TestPeople.SchoolClassRef seventh =
        TestPeople.gradeClass(yearId, 7, "a", otherTeacher.personId());
    long first = TestPeople.student("Ąžuolas", "Api" + yearName, sixth.groupId());
    long second = TestPeople.student("Gabija", "Api" + yearName, sixth.groupId());
    long stranger = TestPeople.student("Ugnė", "Api" + yearName, seventh.groupId());
    Account subjectTeacher = TestPeople.staff("Kęstutis", "Dalykininkas", Role.TEACHER);
    TestPeople.teach(subjectTeacher.personId(), sixth.groupId());
    Account parent = TestSchool.guardianOf("Rasa", "Globėja", first);
    Account otherParent = TestSchool.guardianOf("Ona", "Svetima", stranger);
    Account student = TestPeople.studentAccount(first, "Ąžuolas", "Api" + yearName);
    Account deputy = TestPeople.staff("Rimantas", "Pavaduotojas", Role.DEPUTY);
    Api classTeacher = Api.basic(contextRoot, teacher);

    String entry =
        "{\"date\":\""
            + today
            + "\",\"kind\":\"CLASS_HOUR\",\"topic\":\"Saugus elgesys\","
            + "\"participants\":\"Visa klasė\"}";
    String log = "classes/" + sixth.classId() + "/class-log";
    Reply added = classTeacher.post(log, entry);
    assertEquals(201, added.status(), added.body());
    long entryId = added.number("id");
    String etag = added.header("ETag");
    for (Account refused : List.of(subjectTeacher, otherTeacher, parent, student)) {
      Reply no = Api.basic(contextRoot, refused).post(log, entry);
      assertEquals(403, no.status(), refused.login() + ": " + no.body());
    }
    assertEquals(403, Api.basic(contextRoot, otherTeacher).get(log).status());
    Reply changed =
        classTeacher.send(
            "PUT",
            "class-log/" + entryId,
            entry.replace("Saugus elgesys", "Eismas"),
            "If-Match",
            etag);
    assertEquals(200, changed.status(), changed.body());
    assertTrue(changed.body().contains("\"topic\":\"Eismas\""), changed.body());
    Reply stale = classTeacher.send("PUT", "class-log/" + entryId, entry, "If-Match", etag);
    assertEquals(409, stale.status(), stale.body());
    Reply ahead =
        classTeacher.post(log, entry.replace(today.toString(), today.plusDays(1).toString()));
    assertEquals(400, ahead.status(), ahead.body());
    assertTrue(ahead.body().contains("ateities"), ahead.body());
    Reply behind =
        Api.basic(contextRoot, deputy).get("school-years/" + yearId + "/class-log-behind");
    assertEquals(200, behind.status(), behind.body());
    assertTrue(behind.body().contains("\"className\":\"7a\""), behind.body());
    assertTrue(!behind.body().contains("\"classId\":" + sixth.classId() + ","), behind.body());
    assertEquals(403, classTeacher.get("school-years/" + yearId + "/class-log-behind").status());

    String hours =
        "{\"date\":\""
            + today
            + "\",\"activity\":\"Talka\",\"hours\":2.5,\"confirmedBy\":\"Ūkvedys\","
            + "\"studentIds\":["
            + first
            + ","
            + second
            + "]}";
    String civic = "classes/" + sixth.classId() + "/social-civic";
    Reply recorded = classTeacher.post(civic, hours);
    assertEquals(201, recorded.status(), recorded.body());
    assertTrue(recorded.body().contains("\"classHours\":5.0"), recorded.body());
    assertEquals(400, classTeacher.post(civic, hours.replace("2.5", "30")).status());
    assertEquals(
        400,
        classTeacher
            .post(civic, hours.replace("[" + first + "," + second + "]", "[" + stranger + "]"))
            .status());
    for (Account refused : List.of(subjectTeacher, otherTeacher, parent, student)) {
      assertEquals(403, Api.basic(contextRoot, refused).post(civic, hours).status());
    }
    Reply own = Api.basic(contextRoot, parent).get("students/" + first + "/social-civic");
    assertEquals(200, own.status(), own.body());
    assertTrue(own.body().contains("\"hours\":2.5"), own.body());
    assertTrue(own.body().contains("\"norm\":10"), own.body());
    assertEquals(
        200, Api.basic(contextRoot, student).get("students/" + first + "/social-civic").status());
    assertEquals(
        403,
        Api.basic(contextRoot, otherParent).get("students/" + first + "/social-civic").status());
    assertEquals(
        403, Api.basic(contextRoot, student).get("students/" + second + "/social-civic").status());
    assertEquals(
        "2",
        TestSchool.query(
            "SELECT COUNT(*) FROM social_civic_entry WHERE school_class_id = ?", sixth.classId()),
        "two students once; nothing refused was written");

    Reply events =
        Api.basic(contextRoot, parent).get("me/class-events?month=" + YearMonth.from(today));
    assertEquals(200, events.status(), events.body());
    assertEquals(400, Api.basic(contextRoot, parent).get("me/class-events?month=x").status());
    assertEquals(
        403,
        Api.basic(contextRoot, otherParent).get("classes/" + sixth.classId() + "/events").status());

    String openApi = Api.anonymous(contextRoot).get("openapi.json").body();
    for (String operation :
        List.of(
            "getClassLog",
            "addClassLogEntry",
            "changeClassLogEntry",
            "removeClassLogEntry",
            "getClassLogsBehind",
            "getClassSocialCivic",
            "recordSocialCivic",
            "removeSocialCivicEntry",
            "getStudentSocialCivic",
            "getClassEvents",
            "getMyClassEvents")) {
      assertTrue(
          openApi.contains("\"operationId\": \"" + operation + "\"")
              || openApi.contains("\"operationId\":\"" + operation + "\""),
          operation);
    }
    Reply removed =
        classTeacher.send(
            "DELETE", "class-log/" + entryId, null, "If-Match", changed.header("ETag"));
    assertEquals(204, removed.status(), removed.body());
  }
}
