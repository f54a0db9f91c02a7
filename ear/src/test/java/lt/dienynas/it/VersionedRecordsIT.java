package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
 * Optimistic locking beyond the lesson record, mark and attendance (#23): a period grade, a weekly
 * lesson and the grid's save of a lesson are written against the version (or the values) the writer
 * read. A stale write through the API is 409 with who changed what and the current value, never an
 * exception text, and the record stays as the other person left it; the period-grade and timetable
 * pages say so in Lithuanian and keep what the teacher typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VersionedRecordsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aStalePeriodGradeWriteIs409NamingWhoChangedItAndTheGradeStays() {
    TestSchool school = openForGrades(TestSchool.create(6, 1));
    Account colleague = colleagueOf(school);
    long student = school.students.get(0);
    String path = gradePath(school, student);
    Api teacher = Api.basic(contextRoot, school.teacher);
    Api other = Api.basic(contextRoot, colleague);

    assertEquals(404, teacher.get(path).status(), "no grade yet");
    Reply first = teacher.send("PUT", path, "{\"notation\":\"8\"}", "If-None-Match", "*");
    assertEquals(204, first.status(), first.body());
    String etag = first.header("ETag");
    assertNotNull(etag, first.toString());
    Reply again = other.send("PUT", path, "{\"notation\":\"6\"}", "If-None-Match", "*");
    assertEquals(409, again.status(), again.body());
    assertTrue(again.body().contains("„8“"), again.body());
    assertTrue(again.body().contains("Vaida Mokytoja"), "who entered it: " + again.body());

    Reply read = other.get(path);
    assertEquals(200, read.status(), read.body());
    assertEquals(etag, read.header("ETag"));
    assertTrue(read.body().contains("\"notation\":\"8\""), read.body());
    Reply changed = other.send("PUT", path, "{\"notation\":\"9\"}", "If-Match", etag);
    assertEquals(204, changed.status(), changed.body());
    assertFalse(etag.equals(changed.header("ETag")), "a new version after the write");

    Reply stale = teacher.send("PUT", path, "{\"notation\":\"7\"}", "If-Match", etag);
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("periodGrade.stale"), stale.body());
    assertTrue(stale.body().contains("Jonas Kolega"), "who changed it: " + stale.body());
    assertTrue(stale.body().contains("„9“"), "the current grade: " + stale.body());
    assertEquals(changed.header("ETag"), stale.header("ETag"));
    assertNoInternals(stale.body());
    assertEquals("9", grade(school, student));

    TestSchool otherSchool = TestSchool.create(6, 1);
    assertEquals(403, Api.basic(contextRoot, otherSchool.teacher).get(path).status());
    Account stranger = TestSchool.guardianOf("Jonas", "Svetimas", otherSchool.students.get(0));
    assertEquals(403, Api.basic(contextRoot, stranger).get(path).status());
    Reply refused =
        Api.basic(contextRoot, otherSchool.teacher)
            .send("PUT", path, "{\"notation\":\"4\"}", "If-Match", changed.header("ETag"));
    assertEquals(403, refused.status(), refused.body());

    Reply badTag = teacher.send("PUT", path, "{\"notation\":\"7\"}", "If-Match", "x");
    assertEquals(400, badTag.status(), badTag.body());
    assertEquals("9", grade(school, student));
    Reply fresh =
        teacher.send("PUT", path, "{\"notation\":\"7\"}", "If-Match", stale.header("ETag"));
    assertEquals(204, fresh.status(), fresh.body());
    assertEquals("7", grade(school, student));
  }

  @Test
  void aStaleEndOfAWeeklyLessonIs409AndTheLessonStaysAsTheOtherLeftIt() {
    TestSchool school = TestSchool.create(6, 1);
    Api teacher = Api.basic(contextRoot, school.teacher);
    Api admin = Api.basic(contextRoot, TestPeople.staff("Ada", "Administratorė", Role.DB_ADMIN));
    long slot = slot(teacher, school, 1, 2);
    Reply read = teacher.get("timetable/" + slot);
    assertEquals(200, read.status(), read.body());
    String etag = read.header("ETag");
    assertNotNull(etag, read.toString());
    assertTrue(read.body().contains("\"version\""), read.body());

    TestSchool otherSchool = TestSchool.create(6, 1);
    Api otherTeacher = Api.basic(contextRoot, otherSchool.teacher);
    assertEquals(403, otherTeacher.get("timetable/" + slot).status(), "not their lesson");
    assertEquals(
        403, Api.basic(contextRoot, school.classTeacher).get("timetable/" + slot).status());
    Reply refused =
        otherTeacher.send(
            "DELETE", "timetable/" + slot + "?from=2030-11-02", null, "If-Match", etag);
    assertEquals(403, refused.status(), refused.body());
    assertEquals(null, TestSchool.query("SELECT valid_to FROM timetable_slot WHERE id = ?", slot));

    Reply ended =
        admin.send("DELETE", "timetable/" + slot + "?from=2030-12-01", null, "If-Match", etag);
    assertEquals(204, ended.status(), ended.body());
    Reply stale =
        teacher.send("DELETE", "timetable/" + slot + "?from=2030-11-02", null, "If-Match", etag);
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("timetable.stale"), stale.body());
    assertTrue(stale.body().contains("2030-11-30"), "what it is now: " + stale.body());
    assertNotNull(stale.header("ETag"), stale.toString());
    assertNoInternals(stale.body());
    assertEquals(
        "2030-11-30", TestSchool.query("SELECT valid_to FROM timetable_slot WHERE id = ?", slot));

    long never = slot(teacher, school, 2, 3);
    String neverTag = teacher.get("timetable/" + never).header("ETag");
    assertEquals(
        204,
        admin
            .send("DELETE", "timetable/" + never + "?from=2030-09-02", null, "If-Match", neverTag)
            .status(),
        "a weekly lesson never given is removed");
    Reply removed =
        teacher.send(
            "DELETE", "timetable/" + never + "?from=2030-10-01", null, "If-Match", neverTag);
    assertEquals(409, removed.status(), removed.body());
    assertTrue(removed.body().contains("timetable.staleRemoved"), removed.body());
    assertNoInternals(removed.body());
  }

  @Test
  void aStaleGridSaveThroughTheApiIs409WithTheConflictsAndNothingSaved() {
    TestSchool school = TestSchool.create(6, 2);
    Account colleague = colleagueOf(school);
    long lesson = school.lesson(java.time.LocalDate.of(2030, 10, 8), 1);
    long student = school.students.get(0);
    long untouched = school.students.get(1);
    String entries = "lessons/" + lesson + "/entries";
    Reply theirs =
        Api.basic(contextRoot, colleague)
            .put(
                entries,
                "{\"record\":{\"topic\":\"Trupmenos\"},\"cells\":{\"" + student + "\":\"8\"}}");
    assertEquals(204, theirs.status(), theirs.body());

    // read before the colleague's save: an empty lesson
    String loaded = ",\"loaded\":{\"record\":{},\"cells\":{}}}";
    Reply stale =
        Api.basic(contextRoot, school.teacher)
            .put(
                entries,
                "{\"record\":{\"topic\":\"Dešimtainės\"},\"cells\":{\""
                    + student
                    + "\":\"5\",\""
                    + untouched
                    + "\":\"n\"}"
                    + loaded);
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("journal.staleLesson"), stale.body());
    assertTrue(stale.body().contains("\"field\":\"topic\""), stale.body());
    assertTrue(stale.body().contains("\"current\":\"Trupmenos\""), stale.body());
    assertTrue(stale.body().contains("\"studentId\":" + student), stale.body());
    assertTrue(stale.body().contains("Jonas Kolega"), "who changed it: " + stale.body());
    assertNoInternals(stale.body());
    assertEquals("Trupmenos", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));
    assertEquals("8", TestSchool.query("SELECT mark_value FROM mark WHERE lesson_id = ?", lesson));
    assertEquals(
        "0", TestSchool.query("SELECT COUNT(*) FROM attendance WHERE lesson_id = ?", lesson));

    // read after it: the teacher's change of the other student only is saved, theirs stays
    Reply fresh =
        Api.basic(contextRoot, school.teacher)
            .put(
                entries,
                "{\"record\":{\"topic\":\"Trupmenos\"},\"cells\":{\""
                    + student
                    + "\":\"8\",\""
                    + untouched
                    + "\":\"n\"},\"loaded\":{\"record\":{\"topic\":\"Trupmenos\"},\"cells\":{\""
                    + student
                    + "\":\"8\"}}}");
    assertEquals(204, fresh.status(), fresh.body());
    assertEquals(
        "1", TestSchool.query("SELECT COUNT(*) FROM attendance WHERE lesson_id = ?", lesson));
  }

  @Test
  void aStaleAdditionalWorkResultWithIfMatchIs409AndTheResultStays() {
    TestSchool school = ClassYearEndIT.withPeriods(TestSchool.create(7, 1));
    Account colleague = colleagueOf(school);
    long student = school.students.get(0);
    Api teacher = Api.basic(contextRoot, school.teacher);
    Reply assigned =
        teacher.post(
            "students/" + student + "/additional-work",
            "{\"schoolYearId\":"
                + school.yearId
                + ",\"subjectId\":"
                + school.subjectId
                + ",\"kind\":\"ADDITIONAL\",\"dueDate\":\"2031-06-25\"}");
    assertEquals(201, assigned.status(), assigned.body());
    long work = assigned.number("id");
    Reply listed =
        teacher.get("groups/" + school.groupId + "/additional-work?subject=" + school.subjectId);
    assertEquals(200, listed.status(), listed.body());
    long version =
        new Reply(200, listed.body().substring(listed.body().indexOf("\"works\"")))
            .number("version");
    String tag = "\"" + version + "\"";

    Reply theirs =
        Api.basic(contextRoot, colleague)
            .send(
                "PUT",
                "additional-work/" + work + "/result",
                "{\"notation\":\"5\"}",
                "If-Match",
                tag);
    assertEquals(204, theirs.status(), theirs.body());
    Reply stale =
        teacher.send(
            "PUT", "additional-work/" + work + "/result", "{\"notation\":\"7\"}", "If-Match", tag);
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("yearEnd.stale"), stale.body());
    assertNoInternals(stale.body());
    assertEquals(
        "5", TestSchool.query("SELECT result_value FROM additional_work WHERE id = ?", work));
  }

  @Test
  void theOpenApiDocumentDescribesTheVersionsAndTheConflicts() {
    Reply document = Api.anonymous(contextRoot).get("openapi.json");
    assertEquals(200, document.status(), document.body());
    for (String named :
        new String[] {
          "VersionedPeriodGrade", "If-None-Match", "\"loaded\"", "\"conflicts\"", "TooLarge"
        }) {
      assertTrue(document.body().contains(named), named);
    }
  }

  @Test
  void theStalePeriodGradeFormSaysWhoChangedItAndKeepsTheTypedGrade() {
    TestSchool school = openForGrades(TestSchool.create(6, 1));
    Account colleague = colleagueOf(school);
    long student = school.students.get(0);
    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    Portal.Page form =
        portal.get(
            "assessment/period-grades.xhtml?group="
                + school.groupId
                + "&subject="
                + school.subjectId
                + "&period=FIRST_SEMESTER");
    assertEquals(200, form.status(), form.text());

    Reply theirs =
        Api.basic(contextRoot, colleague).put(gradePath(school, student), "{\"notation\":\"9\"}");
    assertEquals(204, theirs.status(), theirs.body());

    Portal.Page stale = saveGrade(portal, form, student, "7");
    assertEquals(200, stale.status(), stale.text());
    assertTrue(stale.text().contains("Jonas Kolega pakeitė"), stale.text());
    assertTrue(stale.text().contains("„9“"), stale.text());
    assertFalse(stale.text().contains("Exception"), stale.text());
    assertEquals("7", gradeInput(stale, student).val(), "the typed grade stays in the form");
    assertEquals("9", grade(school, student));

    Portal.Page saved = saveGrade(portal, stale, student, "7");
    assertTrue(saved.text().contains("Įvertinimas įrašytas."), saved.text());
    assertEquals("7", grade(school, student));
  }

  @Test
  void theStaleTimetableEndSaysWhatTheWeeklyLessonIsNow() {
    TestSchool school = TestSchool.create(6, 1);
    Api teacher = Api.basic(contextRoot, school.teacher);
    long slot = slot(teacher, school, 1, 4);
    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    Portal.Page week = portal.get("timetable/mine.xhtml?date=2030-10-07");
    assertEquals(200, week.status(), week.text());
    Element end = week.document().selectFirst("[data-slot=" + slot + "] button.dn-end");
    assertNotNull(end, week.text());

    Reply theirs = teacher.delete("timetable/" + slot + "?from=2030-12-01");
    assertEquals(204, theirs.status(), theirs.body());

    Portal.Page stale =
        portal.submit(week, "#timetable-form", Map.of(end.attr("name"), end.attr("name")));
    assertEquals(200, stale.status(), stale.text());
    assertTrue(stale.text().contains("pakeitė savaitės pamoką"), stale.text());
    assertTrue(stale.text().contains("2030-11-30"), stale.text());
    assertFalse(stale.text().contains("Exception"), stale.text());
    assertEquals(
        "2030-11-30", TestSchool.query("SELECT valid_to FROM timetable_slot WHERE id = ?", slot));
  }

  private Portal.Page saveGrade(Portal portal, Portal.Page page, long student, String typed) {
    Element row = page.document().selectFirst("#grades tr[data-student=" + student + "]");
    assertNotNull(row, page.text());
    Element button = row.selectFirst("button");
    return portal.submit(
        page,
        "#grades-form",
        Map.of(gradeInput(page, student).attr("name"), typed, button.attr("name"), ""));
  }

  private static Element gradeInput(Portal.Page page, long student) {
    return page.document().selectFirst("#grades tr[data-student=" + student + "] input[type=text]");
  }

  private static long slot(Api teacher, TestSchool school, int weekday, int number) {
    Reply created =
        teacher.post(
            "timetable",
            "{\"groupId\":"
                + school.groupId
                + ",\"subjectId\":"
                + school.subjectId
                + ",\"weekday\":"
                + weekday
                + ",\"lessonNumber\":"
                + number
                + ",\"validFrom\":\"2030-09-02\"}");
    assertEquals(201, created.status(), created.body());
    return created.number("id");
  }

  /** A second teacher of the class's subject (both may write its grades and lessons). */
  private static Account colleagueOf(TestSchool school) {
    Account colleague = TestPeople.staff("Jonas", "Kolega", Role.TEACHER);
    TestPeople.run(
        "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from)"
            + " VALUES (?, ?, ?, ?)",
        colleague.personId(),
        school.subjectId,
        school.groupId,
        TestSchool.START);
    return colleague;
  }

  private TestSchool openForGrades(TestSchool school) {
    ClassYearEndIT.withPeriods(school);
    Reply opened =
        Api.basic(contextRoot, TestPeople.staff("Ada", "Administratorė", Role.DB_ADMIN))
            .put(
                "period-grade-entry",
                "{\"schoolYearId\":"
                    + school.yearId
                    + ",\"period\":\"FIRST_SEMESTER\",\"classId\":"
                    + school.classId
                    + ",\"open\":true}");
    assertEquals(204, opened.status(), opened.body());
    return school;
  }

  private static String gradePath(TestSchool school, long student) {
    return "groups/"
        + school.groupId
        + "/period-grades/"
        + student
        + "?subject="
        + school.subjectId
        + "&period=FIRST_SEMESTER";
  }

  private static String grade(TestSchool school, long student) {
    return TestSchool.query(
        "SELECT grade_value FROM period_grade WHERE student_id = ? AND subject_id = ?",
        student,
        school.subjectId);
  }

  private static void assertNoInternals(String body) {
    for (String leak :
        new String[] {"Exception", "EclipseLink", "java.", "jakarta.", "WildFly", "at lt."}) {
      assertFalse(body.contains(leak), "leaks " + leak + ": " + body);
    }
  }
}
