package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Timetable changes (§23.13): the teacher moves a lesson on the lesson page, the deputy once more
 * over the API; the class's students (grade 6) and guardians get a notice with the reason, in their
 * inbox; the grid and the diary show where it came from; a missing reason, a taken place and a
 * stale version are refused and tell nobody; everyone without the lesson is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LessonMoveIT {
  private static final String REASON = "Mokytoja išvyksta į konferenciją";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theTeacherMovesALessonAndTheClassFamiliesAreTold() throws InterruptedException {
    TestSchool school = TestSchool.create(6, 2);
    long lesson = school.lesson(LocalDate.of(2030, 10, 21), 2);
    long other = school.lesson(LocalDate.of(2030, 10, 23), 1);
    Account guardian = TestSchool.guardianOf("Laima", "Perkeltoji", school.students.get(0));
    Account student = school.studentAccount(1);

    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    Portal.Page page = portal.get("journal/lesson.xhtml?lesson=" + lesson);
    assertEquals(200, page.status(), page.text());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("move-form:move-date", "2030-10-22");
    fields.put("move-form:move-number", "4");
    fields.put("move-form:move-reason", " ");
    fields.put("move-form:move", "");
    Portal.Page noReason = portal.submit(page, "#move-form", fields);
    assertTrue(noReason.text().contains("Nurodykite pamokos perkėlimo priežastį"), noReason.text());
    assertEquals(List.of("2030-10-21 2"), place(lesson));
    assertEquals(List.of("0"), notices(REASON));

    fields.put("move-form:move-reason", REASON);
    Portal.Page moved = portal.submit(noReason, "#move-form", fields);
    assertEquals(200, moved.status(), moved.text());
    assertEquals(List.of("2030-10-22 4"), place(lesson));
    assertTrue(
        moved.document().select("[id$=lesson-moved]").text().contains("2030-10-21"), moved.text());
    assertEquals(List.of("1"), notices(REASON));
    for (long told : List.of(guardian.personId(), school.students.get(0), school.students.get(1))) {
      assertEquals(
          List.of("1"),
          TestPeople.column(
              "SELECT COUNT(*) FROM notice_outbox WHERE subject_key = 'notice.lessonMoved.subject'"
                  + " AND args LIKE ? AND FIND_IN_SET(?, recipient_ids) > 0",
              "%" + REASON + "%",
              Long.toString(told)),
          "told: " + told);
    }
    assertTrue(inboxHas(guardian.personId()), "the guardian's inbox holds the notice");
    assertEquals(
        List.of("1"),
        TestPeople.column(
            "SELECT COUNT(*) FROM history_entry WHERE entity_type = 'lesson' AND entity_id = ?"
                + " AND after_value LIKE '%2030-10-22%'",
            Long.toString(lesson)));

    Portal family = new Portal(contextRoot);
    family.login(student.login(), student.password());
    Portal.Page diary = family.get("diary/mine.xhtml?date=2030-10-22");
    assertEquals(200, diary.status(), diary.text());
    assertTrue(diary.document().select(".dn-moved").text().contains(REASON), diary.text());

    Account deputy = TestPeople.staff("Rimantas", "Tvarkaraštis", Role.DEPUTY);
    Api api = Api.basic(contextRoot, deputy);
    String body = "{\"date\":\"2030-10-23\",\"lessonNumber\":1,\"reason\":\"Renginys\"}";
    Reply taken = api.post("lessons/" + lesson + "/move", body);
    assertEquals(400, taken.status(), taken.body());
    assertTrue(taken.body().contains("lesson.exists"), taken.body());
    Reply stale =
        api.send(
            "POST",
            "lessons/" + lesson + "/move",
            "{\"date\":\"2030-10-24\",\"lessonNumber\":5,\"reason\":\"Renginys\"}",
            "If-Match",
            "\"0\"");
    assertEquals(409, stale.status(), stale.body());
    assertEquals(List.of("2030-10-22 4"), place(lesson));
    assertEquals(List.of("0"), notices("Renginys"));
    String version = TestPeople.column("SELECT version FROM lesson WHERE id = ?", lesson).get(0);
    Reply again =
        api.send(
            "POST",
            "lessons/" + lesson + "/move",
            "{\"date\":\"2030-10-24\",\"lessonNumber\":5,\"reason\":\"Renginys\"}",
            "If-Match",
            "\"" + version + "\"");
    assertEquals(200, again.status(), again.body());
    assertEquals(List.of("2030-10-24 5"), place(lesson));
    assertEquals(
        List.of("2030-10-21 2"),
        TestPeople.column(
            "SELECT CONCAT(moved_from_date, ' ', moved_from_number) FROM lesson WHERE id = ?",
            lesson),
        "the first place is kept");
    assertEquals(List.of("1"), notices("Renginys"));
    assertEquals(List.of("2030-10-23 1"), place(other));
  }

  @Test
  void everyoneWithoutTheLessonIsRefused() {
    TestSchool school = TestSchool.create(7, 1);
    long lesson = school.lesson(LocalDate.of(2030, 11, 18), 1);
    Account colleague = TestPeople.staff("Kitas", "Dalykininkas", Role.TEACHER);
    school.subject("Istorija", colleague);
    List<Account> strangers =
        List.of(
            school.classTeacher,
            colleague,
            TestPeople.staff("Dalia", "Direktorė", Role.DIRECTOR),
            TestSchool.guardianOf("Rasa", "Mama", school.students.get(0)),
            school.studentAccount(0));
    for (Account stranger : strangers) {
      Reply reply =
          Api.basic(contextRoot, stranger)
              .post(
                  "lessons/" + lesson + "/move",
                  "{\"date\":\"2030-11-19\",\"lessonNumber\":1,\"reason\":\"Svetimas\"}");
      assertEquals(403, reply.status(), stranger.login() + ": " + reply.body());
    }
    assertEquals(List.of("2030-11-18 1"), place(lesson));
    assertEquals(List.of("0"), notices("Svetimas"));
    Portal portal = new Portal(contextRoot);
    portal.login(school.classTeacher.login(), school.classTeacher.password());
    Portal.Page page = portal.get("journal/lesson.xhtml?lesson=" + lesson);
    assertEquals(200, page.status(), page.text());
    assertTrue(page.document().select("#move-form").isEmpty(), page.text());
  }

  @Test
  void creatingTheLessonsFromTheTimetableAgainDoesNotRecreateAMovedLessonAtItsOldPlace() {
    TestSchool school = TestSchool.create(6, 1);
    Api teacher = Api.basic(contextRoot, school.teacher);
    Reply slot =
        teacher.post(
            "timetable",
            "{\"groupId\":"
                + school.groupId
                + ",\"subjectId\":"
                + school.subjectId
                + ",\"weekday\":1,\"lessonNumber\":2,\"validFrom\":\"2030-09-02\"}");
    assertTrue(slot.status() < 300, slot.body());
    String generate =
        "groups/" + school.groupId + "/lessons/generate?from=2030-11-04&to=2030-11-15";
    Reply first = teacher.post(generate, "");
    assertEquals(200, first.status(), first.body());
    assertEquals(2, first.number("count"), "Mondays 4 and 11 November");
    long lesson =
        Long.parseLong(
            TestPeople.column(
                    "SELECT id FROM lesson WHERE group_id = ? AND lesson_date = '2030-11-04'",
                    school.groupId)
                .get(0));

    Reply moved =
        teacher.post(
            "lessons/" + lesson + "/move",
            "{\"date\":\"2030-11-06\",\"lessonNumber\":5,\"reason\":\"Ekskursija\"}");
    assertEquals(200, moved.status(), moved.body());
    Reply again = teacher.post(generate, "");
    assertEquals(200, again.status(), again.body());
    assertEquals(0, again.number("count"), "the moved lesson is not created at its old place");
    // moved once more: its first place stays free as well
    Reply onceMore =
        teacher.post(
            "lessons/" + lesson + "/move",
            "{\"date\":\"2030-11-07\",\"lessonNumber\":6,\"reason\":\"Ekskursija\"}");
    assertEquals(200, onceMore.status(), onceMore.body());
    assertEquals(0, teacher.post(generate, "").number("count"));
    assertEquals(
        List.of("2030-11-07 6", "2030-11-11 2"),
        TestPeople.column(
            "SELECT CONCAT(lesson_date, ' ', lesson_number) FROM lesson WHERE group_id = ?"
                + " ORDER BY lesson_date",
            school.groupId));
  }

  private static List<String> place(long lesson) {
    return TestPeople.column(
        "SELECT CONCAT(lesson_date, ' ', lesson_number) FROM lesson WHERE id = ?", lesson);
  }

  private static List<String> notices(String reason) {
    return TestPeople.column(
        "SELECT COUNT(*) FROM notice_outbox WHERE subject_key = 'notice.lessonMoved.subject'"
            + " AND args LIKE ?",
        "%" + reason + "%");
  }

  /** The notice's delivery runs after the commit, in the background: waited for. */
  private static boolean inboxHas(long personId) throws InterruptedException {
    for (int i = 0; i < 60; i++) {
      String count =
          TestPeople.column(
                  "SELECT COUNT(*) FROM message_recipient r JOIN message m ON m.id = r.message_id"
                      + " WHERE m.subject_key = 'notice.lessonMoved.subject'"
                      + " AND r.recipient_id = ?",
                  personId)
              .get(0);
      if (!"0".equals(count)) {
        return true;
      }
      Thread.sleep(1000);
    }
    return false;
  }
}
