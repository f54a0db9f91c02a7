package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A student moved between two subject groups in mid-October over the API, on the real EAR: each
 * group's journal (API and grid page) shows the student for their own days with the marks kept; a
 * mark goes into the new group's lesson after the move and into neither group's lesson outside the
 * student's days; from November the old group's journal no longer lists them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupMoveHttpIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aStudentMovedMidMonthShowsInEachGroupsJournalForTheirOwnDays() {
    TestSchool school = TestSchool.create(6, 2);
    long student = school.students.get(0);
    String lastName = school.studentNames.get(0).split(" ")[1];
    long groupA = subjectGroup(school, "6a matematika 1");
    long groupB = subjectGroup(school, "6a matematika 2");
    Api admin = Api.basic(contextRoot, TestPeople.staff("Giedrius", "Adminas", Role.DB_ADMIN));
    Api teacher = Api.basic(contextRoot, school.teacher);

    Reply added =
        admin.post(
            "groups/" + groupA + "/members",
            "{\"studentId\":" + student + ",\"from\":\"2030-09-02\"}");
    assertEquals(201, added.status(), added.body());
    long membership = added.number("id");
    long aBefore = lesson(school, groupA, LocalDate.of(2030, 10, 8));
    long aAfter = lesson(school, groupA, LocalDate.of(2030, 10, 22));
    long bBefore = lesson(school, groupB, LocalDate.of(2030, 10, 8));
    long bAfter = lesson(school, groupB, LocalDate.of(2030, 10, 22));
    assertEquals(
        204, teacher.put("lessons/" + aBefore + "/entries", entries(student, "8")).status());

    long version = admin.get("groups/" + groupA + "/members").number("version");
    String move =
        "{\"version\":" + version + ",\"toGroupId\":" + groupB + ",\"from\":\"2030-10-15\"}";
    assertEquals(403, teacherWithout().post("memberships/" + membership + "/move", move).status());
    Reply moved = admin.post("memberships/" + membership + "/move", move);
    assertEquals(201, moved.status(), moved.body());
    Reply stale = admin.post("memberships/" + membership + "/move", move);
    assertEquals(409, stale.status(), stale.body());

    // a mark in group B after the move goes in; neither group's lesson outside the student's days
    assertEquals(
        204, teacher.put("lessons/" + bAfter + "/entries", entries(student, "9")).status());
    for (long notTheirs : List.of(aAfter, bBefore)) {
      Reply refused = teacher.put("lessons/" + notTheirs + "/entries", entries(student, "5"));
      assertEquals(400, refused.status(), refused.body());
      assertTrue(refused.body().contains("\"error\":\"journal.notMember\""), refused.body());
    }
    assertEquals("2", TestSchool.query("SELECT COUNT(*) FROM mark WHERE student_id = ?", student));

    Reply octoberA = teacher.get("groups/" + groupA + "/journal?month=2030-10");
    assertEquals(200, octoberA.status(), octoberA.body());
    assertTrue(octoberA.body().contains(lastName), octoberA.body());
    assertTrue(octoberA.body().contains("2030-10-14"), "group A's days end: " + octoberA.body());
    Reply octoberB = teacher.get("groups/" + groupB + "/journal?month=2030-10");
    assertTrue(octoberB.body().contains(lastName), octoberB.body());
    assertTrue(octoberB.body().contains("2030-10-15"), "group B's days start: " + octoberB.body());
    assertFalse(
        teacher.get("groups/" + groupA + "/journal?month=2030-11").body().contains(lastName),
        "gone from group A's November");
    assertTrue(
        teacher.get("groups/" + groupB + "/journal?month=2030-11").body().contains(lastName));

    // the grid pages: each group's mark in its own row and lesson
    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    assertEquals("8", gridCell(portal, school, groupA, aBefore, student, lastName));
    assertEquals("", gridCell(portal, school, groupA, aAfter, student, lastName));
    assertEquals("9", gridCell(portal, school, groupB, bAfter, student, lastName));
    assertEquals("", gridCell(portal, school, groupB, bBefore, student, lastName));
  }

  /** The text of the student's cell of the lesson on the group's October grid page. */
  private static String gridCell(
      Portal portal, TestSchool school, long group, long lesson, long student, String lastName) {
    Page grid =
        portal.get(
            "journal/grid.xhtml?group="
                + group
                + "&subject="
                + school.subjectId
                + "&month=2030-10");
    assertEquals(200, grid.status(), grid.text());
    var headers = grid.document().select("#journal-grid thead th[data-lesson]");
    int column = -1;
    for (int i = 0; i < headers.size(); i++) {
      if (headers.get(i).attr("data-lesson").equals(String.valueOf(lesson))) {
        column = i;
      }
    }
    assertTrue(column >= 0, "lesson " + lesson + " on the grid: " + grid.text());
    var row = grid.document().selectFirst("#journal-grid tbody tr[data-student=" + student + "]");
    assertTrue(row != null && row.text().contains(lastName), "the student's row: " + grid.text());
    return row.select("td").get(column).text().strip();
  }

  private Api teacherWithout() {
    return Api.basic(contextRoot, TestPeople.staff("Kitas", "Mokytojas", Role.TEACHER));
  }

  private static String entries(long student, String cell) {
    return "{\"record\":{\"topic\":\"Lygtys\"},\"kind\":\"CLASSWORK\",\"cells\":{\""
        + student
        + "\":\""
        + cell
        + "\"}}";
  }

  /** A subject group of the class in the school's subject, taught by the school's teacher. */
  private static long subjectGroup(TestSchool school, String name) {
    long group = TestPeople.group(school.yearId, "SUBJECT", name, school.classId);
    TestPeople.run("UPDATE study_group SET subject_id = ? WHERE id = ?", school.subjectId, group);
    TestPeople.run(
        "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from)"
            + " VALUES (?, ?, ?, ?)",
        school.teacher.personId(),
        school.subjectId,
        group,
        TestSchool.START);
    return group;
  }

  private static long lesson(TestSchool school, long group, LocalDate date) {
    TestPeople.run(
        "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number)"
            + " VALUES (?, ?, ?, ?, 3)",
        group,
        school.subjectId,
        school.teacher.personId(),
        date);
    return Long.parseLong(
        TestSchool.query(
            "SELECT id FROM lesson WHERE group_id = ? AND lesson_date = ?", group, date));
  }
}
