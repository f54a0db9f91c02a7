package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
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
 * Integrated lessons (§23.8): the lesson's teacher marks it as integrated with further subjects on
 * the lesson page opened from the grid and over the API; the grid and the guardian's diary show it;
 * the change is in the history; a locked month refuses it; everyone without the lesson refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IntegratedLessonIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theTeacherIntegratesTheLessonOnThePageAndOverTheApi() {
    TestSchool school = TestSchool.create(5, 1);
    long art = school.subject("Dailė", school.teacher);
    long music = school.subject("Muzika", school.teacher);
    LocalDate day = LocalDate.of(2030, 10, 16);
    long lesson = school.lesson(day, 2);

    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    Portal.Page grid =
        portal.get(
            "journal/grid.xhtml?group=" + school.groupId + "&month=2030-10&lesson=" + lesson);
    assertEquals(200, grid.status(), grid.text());
    assertFalse(grid.document().select("a[id$=lesson-details]").isEmpty(), grid.text());

    Portal.Page page = portal.get("journal/lesson.xhtml?lesson=" + lesson);
    assertEquals(200, page.status(), page.text());
    assertTrue(page.text().contains("Dailė"), page.text());
    Portal.Page saved =
        portal.submit(
            page,
            "#integrated-form",
            Map.of(
                "integrated-form:subjects",
                Long.toString(art),
                "integrated-form:save-subjects",
                ""));
    assertTrue(saved.text().contains("Integruoti dalykai išsaugoti"), saved.text());
    assertEquals(List.of(Long.toString(art)), further(lesson));
    assertEquals(
        List.of("1"),
        TestPeople.column(
            "SELECT COUNT(*) FROM history_entry WHERE entity_type = 'lesson' AND entity_id = ?"
                + " AND after_value LIKE '%integratedSubjects%'",
            Long.toString(lesson)));

    Portal.Page shown =
        portal.get(
            "journal/grid.xhtml?group=" + school.groupId + "&month=2030-10&lesson=" + lesson);
    assertTrue(
        shown.document().select("[id$=lesson-integrated]").text().contains("Dailė"), shown.text());

    Api api = Api.basic(contextRoot, school.teacher);
    Reply put =
        api.put(
            "lessons/" + lesson + "/integrated-subjects",
            "{\"subjectIds\":[" + art + "," + music + "]}");
    assertEquals(204, put.status(), put.body());
    Reply get = api.get("lessons/" + lesson + "/integrated-subjects");
    assertEquals(200, get.status(), get.body());
    assertTrue(
        get.body().contains(Long.toString(art)) && get.body().contains(Long.toString(music)));
    Reply unknown =
        api.put("lessons/" + lesson + "/integrated-subjects", "{\"subjectIds\":[999999999]}");
    assertEquals(400, unknown.status(), unknown.body());
    assertTrue(unknown.body().contains("integratedLesson.unknownSubject"), unknown.body());
    assertEquals(2, further(lesson).size(), "a refused change changes nothing");

    Account guardian = TestSchool.guardianOf("Rūta", "Integruota", school.students.get(0));
    Portal family = new Portal(contextRoot);
    family.login(guardian.login(), guardian.password());
    Portal.Page diary =
        family.get("diary/child.xhtml?student=" + school.students.get(0) + "&date=" + day);
    assertEquals(200, diary.status(), diary.text());
    String integrated = diary.document().select(".dn-integrated").text();
    assertTrue(integrated.contains("Dailė") && integrated.contains("Muzika"), diary.text());

    TestPeople.run(
        "INSERT INTO month_lock (month, scope, school_class_id, locked, changed_at, changed_by)"
            + " VALUES ('2030-10', ?, ?, TRUE, CURRENT_TIMESTAMP(3), 'test')",
        "C" + school.classId,
        school.classId);
    Reply locked = api.put("lessons/" + lesson + "/integrated-subjects", "{\"subjectIds\":[]}");
    assertEquals(400, locked.status(), locked.body());
    assertTrue(locked.body().contains("month.locked"), locked.body());
    assertEquals(2, further(lesson).size());
  }

  @Test
  void everyoneWithoutTheLessonIsRefused() {
    TestSchool school = TestSchool.create(6, 1);
    long art = school.subject("Dailė", school.teacher);
    long lesson = school.lesson(LocalDate.of(2030, 11, 13), 1);
    Account colleague = TestPeople.staff("Kitas", "Mokytojas", Role.TEACHER);
    school.subject("Istorija", colleague);
    List<Account> strangers =
        List.of(
            school.classTeacher,
            colleague,
            TestPeople.staff("Dalia", "Direktorė", Role.DIRECTOR),
            TestPeople.staff("Rimas", "Pavaduotojas", Role.DEPUTY),
            TestPeople.staff("Ada", "Administratorė", Role.DB_ADMIN),
            TestSchool.guardianOf("Rasa", "Mama", school.students.get(0)),
            school.studentAccount(0));
    for (Account stranger : strangers) {
      Reply reply =
          Api.basic(contextRoot, stranger)
              .put("lessons/" + lesson + "/integrated-subjects", "{\"subjectIds\":[" + art + "]}");
      assertEquals(403, reply.status(), stranger.login() + ": " + reply.body());
    }
    assertTrue(further(lesson).isEmpty());

    Portal portal = new Portal(contextRoot);
    portal.login(school.classTeacher.login(), school.classTeacher.password());
    Portal.Page page = portal.get("journal/lesson.xhtml?lesson=" + lesson);
    assertEquals(200, page.status(), page.text());
    assertTrue(page.document().select("[id$=save-subjects]").isEmpty(), page.text());
    assertFalse(page.document().select("[id$=integrated-read-only]").isEmpty(), page.text());

    Portal outsider = new Portal(contextRoot);
    Account guardian = TestSchool.guardianOf("Ona", "Svetima");
    outsider.login(guardian.login(), guardian.password());
    assertTrue(outsider.get("journal/lesson.xhtml?lesson=" + lesson).text().contains(REFUSED));
  }

  private static List<String> further(long lesson) {
    return TestPeople.column(
        "SELECT subject_id FROM lesson_subject WHERE lesson_id = ? ORDER BY subject_id", lesson);
  }
}
