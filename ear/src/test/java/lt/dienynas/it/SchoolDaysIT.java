package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Days without lessons and remote-teaching days (§23.3, §23.15): the deputy marks two cold days of
 * a class on the page, the DB admin a remote day of the whole school over the API and takes it
 * back; the lessons are marked (not deleted) and refuse marks, the grid and the guardian's diary
 * show the days, the marks are in the history, a lesson with attendance refuses the action, and
 * everyone else is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolDaysIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theDeputyMarksColdDaysOfAClassOnThePage() {
    TestSchool school = TestSchool.create(5, 1);
    long monday = school.lesson(LocalDate.of(2031, 1, 13), 1);
    long tuesday = school.lesson(LocalDate.of(2031, 1, 14), 3);
    long wednesday = school.lesson(LocalDate.of(2031, 1, 15), 1);
    Account deputy = TestPeople.staff("Rimantas", "Šaltadienis", Role.DEPUTY);

    Portal portal = new Portal(contextRoot);
    portal.login(deputy.login(), deputy.password());
    Portal.Page page =
        portal.get("journal/school-days.xhtml?year=" + school.yearId + "&from=2031-01-13");
    assertEquals(200, page.status(), page.text());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("school-day-form:from", "2031-01-13");
    fields.put("school-day-form:to", "2031-01-14");
    fields.put("school-day-form:classes", Long.toString(school.classId));
    fields.put("school-day-form:kind", "NOT_HELD");
    fields.put("school-day-form:note", "");
    fields.put("school-day-form:mark", "");
    Portal.Page noReason = portal.submit(page, "#school-day-form", fields);
    assertTrue(noReason.text().contains("Nurodykite, kodėl pamokos nevyko"), noReason.text());
    assertEquals(List.of("", "", ""), reasons(monday, tuesday, wednesday));

    fields.put("school-day-form:reason", "COLD");
    fields.put("school-day-form:note", "−25 °C");
    Portal.Page marked = portal.submit(noReason, "#school-day-form", fields);
    assertTrue(marked.text().contains("Pažymėta mokymosi dienų: 2, pamokų: 2"), marked.text());
    assertEquals(List.of("COLD", "COLD", ""), reasons(monday, tuesday, wednesday));
    assertEquals(
        2, marked.document().select("#school-day-form\\:marked .dn-day-scope:contains(5a)").size());
    assertEquals(
        List.of("2"),
        TestPeople.column(
            "SELECT COUNT(*) FROM school_day_mark WHERE school_class_id = ?", school.classId));
    assertEquals(
        List.of("2"),
        TestPeople.column(
            "SELECT COUNT(*) FROM history_entry h JOIN school_day_mark d"
                + " ON CAST(h.entity_id AS UNSIGNED) = d.id WHERE h.entity_type = 'school_day_mark'"
                + " AND d.school_class_id = ?",
            school.classId));
    assertEquals(
        List.of("1"),
        TestPeople.column(
            "SELECT COUNT(*) FROM history_entry WHERE entity_type = 'lesson' AND entity_id = ?"
                + " AND after_value LIKE '%COLD%'",
            Long.toString(monday)));

    Portal.Page again = portal.submit(marked, "#school-day-form", fields);
    assertTrue(again.text().contains("jau pažymėta"), again.text());

    Reply mark =
        Api.basic(contextRoot, school.teacher)
            .put("lessons/" + monday + "/marks/" + school.students.get(0), "{\"notation\":\"9\"}");
    assertEquals(400, mark.status(), mark.body());
    assertTrue(mark.body().contains("lesson.notHeld"), mark.body());

    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());
    Portal.Page grid = teacher.get("journal/grid.xhtml?group=" + school.groupId + "&month=2031-01");
    assertEquals(200, grid.status(), grid.text());
    String days = grid.document().select("[id$=school-days] li.dn-school-day").text();
    assertTrue(days.contains("2031-01-13") && days.contains("Šaltis"), grid.text());
    assertEquals(2, grid.document().select("th.dn-not-held").size(), grid.text());

    Account guardian = TestSchool.guardianOf("Rasa", "Šiltoji", school.students.get(0));
    Portal family = new Portal(contextRoot);
    family.login(guardian.login(), guardian.password());
    Portal.Page diary =
        family.get("diary/child.xhtml?student=" + school.students.get(0) + "&date=2031-01-13");
    assertEquals(200, diary.status(), diary.text());
    String notices = diary.document().select(".dn-school-day").text();
    assertTrue(notices.contains("Pamokos nevyko") && notices.contains("Šaltis"), diary.text());
  }

  @Test
  void theDbAdminMarksARemoteDayOfTheWholeSchoolOverTheApiAndTakesItBack() {
    TestSchool school = TestSchool.create(7, 1);
    long lesson = school.lesson(LocalDate.of(2031, 2, 3), 2);
    long busy = school.lesson(LocalDate.of(2031, 2, 4), 2);
    Account admin = TestPeople.staff("Ada", "Nuotolinė", Role.DB_ADMIN);
    Api api = Api.basic(contextRoot, admin);

    Reply marked =
        api.post(
            "school-days",
            "{\"schoolYearId\":"
                + school.yearId
                + ",\"from\":\"2031-02-03\",\"to\":\"2031-02-03\",\"classIds\":[],"
                + "\"kind\":\"REMOTE\",\"reason\":null,\"note\":null}");
    assertEquals(200, marked.status(), marked.body());
    assertEquals(1, marked.number("days"));
    assertEquals(1, marked.number("lessons"));
    assertEquals(List.of("1"), distance(lesson));

    Reply list = api.get("school-days?from=2031-02-01&to=2031-02-28");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains("\"kind\":\"REMOTE\""), list.body());
    String id =
        TestPeople.column(
                "SELECT id FROM school_day_mark WHERE school_year_id = ? AND day_date = '2031-02-03'",
                school.yearId)
            .get(0);
    assertTrue(list.body().contains("\"id\":" + id), list.body());

    Account guardian = TestSchool.guardianOf("Vida", "Nuotolinė", school.students.get(0));
    Portal family = new Portal(contextRoot);
    family.login(guardian.login(), guardian.password());
    Portal.Page diary =
        family.get("diary/child.xhtml?student=" + school.students.get(0) + "&date=2031-02-03");
    assertTrue(diary.document().select(".dn-school-day").text().contains("Nuotolinis ugdymas"));

    Reply removed = api.delete("school-days/" + id);
    assertEquals(204, removed.status(), removed.body());
    assertEquals(List.of("0"), distance(lesson));
    assertEquals(
        List.of("0"),
        TestPeople.column(
            "SELECT COUNT(*) FROM school_day_mark WHERE school_year_id = ?", school.yearId));

    TestPeople.run(
        "INSERT INTO attendance (lesson_id, student_id, status, recorded_by, recorded_at)"
            + " VALUES (?, ?, 'ABSENT', ?, CURRENT_TIMESTAMP(3))",
        busy,
        school.students.get(0),
        school.teacher.personId());
    Reply refused =
        api.post(
            "school-days",
            "{\"schoolYearId\":"
                + school.yearId
                + ",\"from\":\"2031-02-04\",\"to\":\"2031-02-04\",\"kind\":\"NOT_HELD\","
                + "\"reason\":\"HEAT\"}");
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("schoolDay.lessonHasEntries"), refused.body());
    assertEquals(
        List.of(""),
        TestPeople.column("SELECT COALESCE(not_held_reason, '') FROM lesson WHERE id = ?", busy));
    assertEquals(
        List.of("0"),
        TestPeople.column(
            "SELECT COUNT(*) FROM school_day_mark WHERE school_year_id = ?", school.yearId));

    Reply other =
        api.post(
            "school-days",
            "{\"schoolYearId\":"
                + school.yearId
                + ",\"from\":\"2031-02-05\",\"to\":\"2031-02-05\",\"kind\":\"NOT_HELD\","
                + "\"reason\":\"OTHER\"}");
    assertEquals(400, other.status(), other.body());
    assertTrue(other.body().contains("schoolDay.noteRequired"), other.body());
  }

  @Test
  void everyoneButTheDeputyAndTheDbAdminIsRefused() {
    TestSchool school = TestSchool.create(6, 1);
    long lesson = school.lesson(LocalDate.of(2031, 3, 3), 1);
    List<Account> strangers =
        List.of(
            school.teacher,
            school.classTeacher,
            TestPeople.staff("Dalia", "Direktorė", Role.DIRECTOR),
            TestSchool.guardianOf("Rasa", "Mama", school.students.get(0)),
            school.studentAccount(0));
    String body =
        "{\"schoolYearId\":"
            + school.yearId
            + ",\"from\":\"2031-03-03\",\"to\":\"2031-03-03\",\"kind\":\"NOT_HELD\","
            + "\"reason\":\"QUARANTINE\"}";
    for (Account stranger : strangers) {
      Api api = Api.basic(contextRoot, stranger);
      assertEquals(403, api.post("school-days", body).status(), stranger.login());
      assertEquals(
          403, api.get("school-days?from=2031-03-01&to=2031-03-31").status(), stranger.login());
      assertEquals(403, api.delete("school-days/1").status(), stranger.login());
    }
    assertEquals(
        List.of(""),
        TestPeople.column("SELECT COALESCE(not_held_reason, '') FROM lesson WHERE id = ?", lesson));
    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    assertTrue(portal.get("journal/school-days.xhtml").text().contains(REFUSED));
    assertFalse(
        portal
            .get("journal/grid.xhtml?group=" + school.groupId + "&month=2031-03")
            .text()
            .contains("Pamokos nevyko"));
  }

  @Test
  void lessonsCreatedFromTheTimetableAfterADayWasMarkedCarryTheMark() {
    TestSchool school = TestSchool.create(8, 1);
    Api teacher = Api.basic(contextRoot, school.teacher);
    for (int weekday : new int[] {1, 2, 3}) {
      Reply slot =
          teacher.post(
              "timetable",
              "{\"groupId\":"
                  + school.groupId
                  + ",\"subjectId\":"
                  + school.subjectId
                  + ",\"weekday\":"
                  + weekday
                  + ",\"lessonNumber\":2,\"validFrom\":\"2030-09-02\"}");
      assertTrue(slot.status() < 300, slot.body());
    }
    Api admin = Api.basic(contextRoot, TestPeople.staff("Ada", "Karantinė", Role.DB_ADMIN));
    // marked before the lessons of those days exist: no lesson to mark yet
    Reply quarantine =
        admin.post(
            "school-days",
            "{\"schoolYearId\":"
                + school.yearId
                + ",\"from\":\"2031-03-17\",\"to\":\"2031-03-17\",\"classIds\":["
                + school.classId
                + "],\"kind\":\"NOT_HELD\",\"reason\":\"QUARANTINE\",\"note\":null}");
    assertEquals(200, quarantine.status(), quarantine.body());
    assertEquals(0, quarantine.number("lessons"));
    Reply remote =
        admin.post(
            "school-days",
            "{\"schoolYearId\":"
                + school.yearId
                + ",\"from\":\"2031-03-18\",\"to\":\"2031-03-18\",\"classIds\":[],"
                + "\"kind\":\"REMOTE\",\"reason\":null,\"note\":null}");
    assertEquals(200, remote.status(), remote.body());

    Reply generated =
        teacher.post(
            "groups/" + school.groupId + "/lessons/generate?from=2031-03-17&to=2031-03-19", "");
    assertEquals(200, generated.status(), generated.body());
    assertEquals(3, generated.number("count"));
    assertEquals(
        List.of("2031-03-17 2 QUARANTINE 0", "2031-03-18 2 - 1", "2031-03-19 2 - 0"),
        TestPeople.column(
            "SELECT CONCAT(lesson_date, ' ', lesson_number, ' ', COALESCE(not_held_reason, '-'),"
                + " ' ', IF(distance, 1, 0)) FROM lesson WHERE group_id = ? ORDER BY lesson_date",
            school.groupId));
    long notHeld =
        Long.parseLong(
            TestPeople.column(
                    "SELECT id FROM lesson WHERE group_id = ? AND lesson_date = '2031-03-17'",
                    school.groupId)
                .get(0));
    Reply mark =
        teacher.put(
            "lessons/" + notHeld + "/marks/" + school.students.get(0), "{\"notation\":\"9\"}");
    assertEquals(400, mark.status(), mark.body());
    assertTrue(mark.body().contains("lesson.notHeld"), mark.body());

    // a lesson added by hand on a marked day carries the mark too, unless given as an exception
    String lessons = "groups/" + school.groupId + "/lessons";
    assertEquals(
        201, teacher.post(lessons, "{\"date\":\"2031-03-17\",\"lessonNumber\":5}").status());
    assertEquals(
        201,
        teacher
            .post(lessons, "{\"date\":\"2031-03-17\",\"lessonNumber\":6,\"exceptionalDay\":true}")
            .status());
    assertEquals(
        201, teacher.post(lessons, "{\"date\":\"2031-03-18\",\"lessonNumber\":5}").status());
    assertEquals(
        List.of("2031-03-17 5 QUARANTINE 0", "2031-03-17 6 - 0", "2031-03-18 5 - 1"),
        TestPeople.column(
            "SELECT CONCAT(lesson_date, ' ', lesson_number, ' ', COALESCE(not_held_reason, '-'),"
                + " ' ', IF(distance, 1, 0)) FROM lesson WHERE group_id = ? AND lesson_number > 4"
                + " ORDER BY lesson_date, lesson_number",
            school.groupId));

    // taking the day back gives the lesson created on it back too
    String id =
        TestPeople.column(
                "SELECT id FROM school_day_mark WHERE school_class_id = ?", school.classId)
            .get(0);
    Reply removed = admin.delete("school-days/" + id);
    assertEquals(204, removed.status(), removed.body());
    assertEquals(List.of(""), reasons(notHeld));
  }

  private static List<String> reasons(long... lessons) {
    List<String> result = new java.util.ArrayList<>();
    for (long lesson : lessons) {
      result.addAll(
          TestPeople.column(
              "SELECT COALESCE(not_held_reason, '') FROM lesson WHERE id = ?", lesson));
    }
    return result;
  }

  private static List<String> distance(long lesson) {
    return TestPeople.column("SELECT IF(distance, 1, 0) FROM lesson WHERE id = ?", lesson);
  }
}
