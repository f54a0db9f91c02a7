package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API on the real EAR: the same access policy as the portal for every operation (refused
 * without the relationship, 401 without a login), validation errors as 400 with the rule's key and
 * the Lithuanian message, HTTP Basic and the portal session, the OpenAPI document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JournalApiIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  /** One API operation, called with some client. */
  private record Operation(String name, Function<Api, Reply> call) {}

  @Test
  void everyOperationIsRefusedToAPersonWithoutTheRelationship() {
    TestSchool own = TestSchool.create(6, 2);
    TestSchool other = TestSchool.create(6, 1);
    long student = own.students.get(0);
    long lesson = own.lesson(DAY, 1);
    Account parent = TestSchool.guardianOf("Irena", "Mamaitė", student);
    Account otherParent = TestSchool.guardianOf("Ona", "Svetimoji", other.students.get(0));
    Api ownTeacher = Api.basic(contextRoot, own.teacher);
    long slot =
        ownTeacher
            .post("timetable", slotJson(own.groupId, own.subjectId, 2, 3, "205"))
            .number("id");
    long note =
        Api.basic(contextRoot, parent)
            .post(
                "students/" + student + "/justification-notes",
                "{\"from\":\"2030-10-07\",\"reason\":\"ILLNESS\",\"text\":\"Sirgo\"}")
            .number("id");

    Api strangerTeacher = Api.basic(contextRoot, other.teacher);
    Api strangerClassTeacher = Api.basic(contextRoot, other.classTeacher);
    Api strangerParent = Api.basic(contextRoot, otherParent);
    String s = "/" + student;
    List<Operation> refused =
        List.of(
            op(
                strangerClassTeacher,
                "GET class timetable",
                a -> a.get("classes/" + own.classId + "/timetable")),
            op(
                strangerTeacher,
                "POST timetable",
                a -> a.post("timetable", slotJson(own.groupId, own.subjectId, 3, 1, null))),
            op(
                strangerTeacher,
                "DELETE timetable slot",
                a -> a.delete("timetable/" + slot + "?from=2030-11-01")),
            op(
                strangerTeacher,
                "DELETE teacher's timetable",
                a -> a.delete("teachers/" + own.teacher.personId() + "/timetable?from=2030-11-01")),
            op(
                strangerTeacher,
                "GET journal",
                a -> a.get("groups/" + own.groupId + "/journal?month=2030-10")),
            op(
                strangerTeacher,
                "POST lesson",
                a ->
                    a.post(
                        "groups/" + own.groupId + "/lessons",
                        "{\"date\":\"2030-10-08\",\"lessonNumber\":2}")),
            op(
                strangerTeacher,
                "POST generate",
                a ->
                    a.post(
                        "groups/" + own.groupId + "/lessons/generate?from=2030-10-01&to=2030-10-31",
                        "")),
            op(
                strangerTeacher,
                "PUT lesson record",
                a -> a.put("lessons/" + lesson, "{\"topic\":\"Svetima tema\"}")),
            op(
                strangerTeacher,
                "PUT substitute",
                a ->
                    a.put(
                        "lessons/" + lesson + "/substitute",
                        "{\"substituteId\":" + other.teacher.personId() + "}")),
            op(
                strangerTeacher,
                "PUT entries",
                a ->
                    a.put(
                        "lessons/" + lesson + "/entries",
                        "{\"record\":{\"topic\":\"X\"},\"cells\":{\"" + student + "\":\"5\"}}")),
            op(
                strangerTeacher,
                "PUT mark",
                a -> a.put("lessons/" + lesson + "/marks" + s, "{\"notation\":\"5\"}")),
            op(strangerTeacher, "DELETE mark", a -> a.delete("lessons/" + lesson + "/marks" + s)),
            op(
                strangerTeacher,
                "PUT attendance",
                a -> a.put("lessons/" + lesson + "/attendance" + s, "{\"status\":\"ABSENT\"}")),
            op(
                strangerTeacher,
                "DELETE attendance",
                a -> a.delete("lessons/" + lesson + "/attendance" + s)),
            op(
                ownTeacher,
                "PUT assessment rule",
                a ->
                    a.put(
                        "assessment-rules",
                        "{\"schoolYearId\":"
                            + own.yearId
                            + ",\"grade\":6,\"scales\":[\"PASS_FAIL\"]}")),
            op(strangerParent, "GET week", a -> a.get("students" + s + "/week?date=2030-10-07")),
            op(
                strangerParent,
                "GET marks",
                a -> a.get("students" + s + "/marks?from=2030-09-01&to=2030-12-31")),
            op(
                strangerParent,
                "GET attendance",
                a -> a.get("students" + s + "/attendance?from=2030-09-01&to=2030-12-31")),
            op(
                strangerParent,
                "GET subjects",
                a -> a.get("students" + s + "/subjects?from=2030-09-01&to=2030-12-31")),
            op(
                strangerTeacher,
                "POST student note",
                a ->
                    a.post(
                        "students" + s + "/notes",
                        "{\"kind\":\"REMARK\",\"text\":\"Svetimas\",\"date\":\"2030-10-07\"}")),
            op(
                strangerClassTeacher,
                "POST justification",
                a ->
                    a.post(
                        "students" + s + "/justifications",
                        "{\"from\":\"2030-10-07\",\"reason\":\"OTHER\"}")),
            op(
                strangerParent,
                "POST justification note",
                a ->
                    a.post(
                        "students" + s + "/justification-notes",
                        "{\"from\":\"2030-10-07\",\"reason\":\"ILLNESS\"}")),
            op(
                strangerParent,
                "GET justification notes",
                a -> a.get("students" + s + "/justification-notes")),
            op(
                strangerClassTeacher,
                "POST accept note",
                a -> a.post("justification-notes/" + note + "/accept", "")),
            op(
                strangerClassTeacher,
                "POST reject note",
                a -> a.post("justification-notes/" + note + "/reject", "{\"comment\":\"Ne\"}")),
            op(
                strangerClassTeacher,
                "GET class justifications",
                a -> a.get("classes/" + own.classId + "/justifications")),
            op(ownTeacher, "GET my children (not a guardian)", a -> a.get("me/children")),
            op(
                Api.basic(contextRoot, parent),
                "GET me as student (not a student)",
                a -> a.get("me/student")));

    List<String> wrong = new ArrayList<>();
    for (Operation operation : refused) {
      Reply reply = operation.call().apply(null);
      if (reply.status() != 403 || !reply.body().contains("\"access.denied\"")) {
        wrong.add(operation.name() + ": " + reply.status() + " " + reply.body());
      }
      Reply anonymous = operation.call().apply(Api.anonymous(contextRoot));
      if (anonymous.status() != 401) {
        wrong.add(operation.name() + " anonymous: " + anonymous.status() + " " + anonymous.body());
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));

    // nothing the strangers tried is stored
    assertNull(TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));
    assertEquals("0", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));
    assertEquals(
        "SUBMITTED", TestSchool.query("SELECT status FROM justification_note WHERE id = ?", note));
    assertEquals(
        "1",
        TestSchool.query("SELECT COUNT(*) FROM timetable_slot WHERE group_id = ?", own.groupId));

    // the people with the relationship may
    assertEquals(
        200,
        Api.basic(contextRoot, own.classTeacher)
            .get("classes/" + own.classId + "/timetable")
            .status());
    assertEquals(200, ownTeacher.get("groups/" + own.groupId + "/journal?month=2030-10").status());
    assertEquals(
        200, Api.basic(contextRoot, parent).get("students" + s + "/week?date=2030-10-07").status());
    assertEquals(
        200,
        Api.basic(contextRoot, own.classTeacher)
            .post("justification-notes/" + note + "/accept", "")
            .status());
  }

  @Test
  void validationErrorsAre400WithTheRuleAndALithuanianMessage() {
    TestSchool school = TestSchool.create(7, 1);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 2);
    Api teacher = Api.basic(contextRoot, school.teacher);

    Reply eleven = teacher.put("lessons/" + lesson + "/marks/" + student, "{\"notation\":\"11\"}");
    assertEquals(400, eleven.status(), eleven.body());
    assertTrue(eleven.body().contains("\"error\":\"mark.tenPoint\""), eleven.body());
    assertTrue(
        eleven.body().contains("Pažymys turi būti sveikasis skaičius nuo 1 iki 10"), eleven.body());

    Reply letters =
        teacher.put("lessons/" + lesson + "/marks/" + student, "{\"notation\":\"abc\"}");
    assertEquals(400, letters.status());
    assertTrue(letters.body().contains("\"error\":\"mark.unknown\""), letters.body());

    Reply cell =
        teacher.put(
            "lessons/" + lesson + "/entries",
            "{\"record\":{\"topic\":\"Tema\"},\"cells\":{\"" + student + "\":\"n 12\"}}");
    assertEquals(400, cell.status());
    assertTrue(cell.body().contains("\"error\":\"journal.cellInvalid\""), cell.body());
    assertNull(TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));
    assertEquals("0", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));

    teacher.post("timetable", slotJson(school.groupId, school.subjectId, 1, 1, null));
    Reply clash = teacher.post("timetable", slotJson(school.groupId, school.subjectId, 1, 1, null));
    assertEquals(400, clash.status());
    assertTrue(clash.body().contains("\"error\":\"timetable.clash.teacher\""), clash.body());
    assertTrue(clash.body().contains("pirmadienį"), clash.body());

    Reply badDate = teacher.get("timetable/mine?date=2030-13-45");
    assertEquals(400, badDate.status());
    assertTrue(badDate.body().contains("\"error\":\"api.badDate\""), badDate.body());

    Reply badJson = teacher.put("lessons/" + lesson, "{\"topic\": ");
    assertEquals(400, badJson.status(), badJson.body());
  }

  @Test
  void aTeachersEntriesReachTheGuardianAndTheStudentOverTheApi() {
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    long lesson = school.lesson(DAY, 3);
    Account parent = TestSchool.guardianOf("Rasa", "Tėvaitė", child);
    Api teacher = Api.session(contextRoot, school.teacher);

    Reply saved =
        teacher.put(
            "lessons/" + lesson + "/entries",
            "{\"record\":{\"topic\":\"Trupmenų sudėtis\",\"homework\":\"Pratimai 3–5\"},"
                + "\"kind\":\"TEST\",\"cells\":{\""
                + child
                + "\":\"9\",\""
                + school.students.get(1)
                + "\":\"n\"}}");
    assertEquals(204, saved.status(), saved.body());

    Reply week =
        Api.session(contextRoot, parent).get("students/" + child + "/week?date=2030-10-07");
    assertEquals(200, week.status(), week.body());
    assertTrue(week.body().contains("Trupmenų sudėtis"), week.body());
    assertTrue(week.body().contains("\"value\":\"9\""), week.body());
    assertTrue(week.body().contains("\"markKind\":\"TEST\""), week.body());

    Reply own =
        Api.basic(contextRoot, school.studentAccount(0))
            .get("students/" + child + "/week?date=2030-10-07");
    assertEquals(200, own.status(), own.body());
    assertTrue(own.body().contains("Pratimai 3–5"), own.body());
    Reply children = Api.basic(contextRoot, parent).get("me/children?date=2030-10-07");
    assertTrue(children.body().contains("\"className\":\"6a\""), children.body());
  }

  @Test
  void theOpenApiDocumentIsServedToEveryone() {
    Reply document = Api.anonymous(contextRoot).get("openapi.json");
    assertEquals(200, document.status());
    assertTrue(document.body().contains("\"openapi\""), document.body());
    assertTrue(document.body().contains("/v1/lessons/{lessonId}/marks/{studentId}"));
  }

  private static Operation op(Api client, String name, Function<Api, Reply> call) {
    return new Operation(name, given -> call.apply(given == null ? client : given));
  }

  private static String slotJson(long group, long subject, int weekday, int number, String room) {
    return "{\"groupId\":"
        + group
        + ",\"subjectId\":"
        + subject
        + ",\"weekday\":"
        + weekday
        + ",\"lessonNumber\":"
        + number
        + (room == null ? "" : ",\"room\":\"" + room + "\"")
        + ",\"validFrom\":\"2030-09-02\"}";
  }
}
