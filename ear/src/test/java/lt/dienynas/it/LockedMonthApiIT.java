package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Over HTTP, the JSON API meets the same month lock as the grid: every write to a locked month is a
 * 400 with {@code month.locked} and the Lithuanian message, and changes nothing; the history of a
 * change made through the API names the call it came from.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LockedMonthApiIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 15);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void everyApiWriteToALockedMonthIsRefusedWithTheOneMessage() {
    TestSchool school = TestSchool.create(8, 2);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 1);
    Api teacher = Api.basic(contextRoot, school.teacher);
    Reply given = teacher.put("lessons/" + lesson + "/marks/" + student, "{\"notation\":\"5\"}");
    assertTrue(given.status() < 300, given.body());
    String source =
        TestSchool.query(
            "SELECT source FROM history_entry WHERE entity_type = 'mark' AND entity_id = ?",
            lesson + "/" + student);
    assertTrue(source.startsWith("api PUT /v1/lessons/" + lesson + "/marks"), source);

    TestPeople.run(
        "INSERT INTO month_lock (month, scope, school_class_id, locked, changed_at, changed_by)"
            + " VALUES ('2030-10', ?, ?, TRUE, CURRENT_TIMESTAMP(3), 'test')",
        "C" + school.classId,
        school.classId);

    long other = school.students.get(1);
    List<Reply> refused =
        List.of(
            teacher.put("lessons/" + lesson + "/marks/" + student, "{\"notation\":\"9\"}"),
            teacher.delete("lessons/" + lesson + "/marks/" + student),
            teacher.put("lessons/" + lesson + "/marks/" + other, "{\"notation\":\"8\"}"),
            teacher.put("lessons/" + lesson + "/attendance/" + other, "{\"status\":\"ABSENT\"}"),
            teacher.put("lessons/" + lesson, "{\"topic\":\"Pavėluota tema\"}"),
            teacher.put(
                "lessons/" + lesson + "/entries",
                "{\"record\":{\"topic\":\"X\"},\"cells\":{\"" + other + "\":\"7\"}}"),
            teacher.post(
                "groups/" + school.groupId + "/lessons",
                "{\"date\":\"2030-10-16\",\"lessonNumber\":6}"));
    for (Reply reply : refused) {
      assertEquals(400, reply.status(), reply.body());
      assertTrue(reply.body().contains("\"error\":\"month.locked\""), reply.body());
      assertTrue(reply.body().contains("dienynas užrakintas"), reply.body());
    }
    assertEquals(
        "5",
        TestSchool.query(
            "SELECT mark_value FROM mark WHERE lesson_id = ? AND student_id = ?", lesson, student));
    assertEquals(
        "0",
        TestSchool.query(
            "SELECT COUNT(*) FROM mark WHERE lesson_id = ? AND student_id = ?", lesson, other));
    assertEquals(
        "0",
        TestSchool.query(
            "SELECT COUNT(*) FROM lesson WHERE group_id = ? AND lesson_date = '2030-10-16'",
            school.groupId));
  }
}
