package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.Portal.Page;
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
 * A home-schooling group (§23.14) on the real EAR: the subject teacher opens one for a student of
 * theirs over the API and keeps its own journal — a lesson, its topic and homework, the student's
 * mark — which the grid page shows and the guardian reads in the child's diary; a classmate's mark
 * does not go in, and a teacher without the relation and the guardian are refused every write.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeSchoolingHttpIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theSubjectTeacherOpensAHomeSchoolingGroupAndKeepsItsJournal() {
    TestSchool school = TestSchool.create(6, 2);
    long student = school.students.get(0);
    long classmate = school.students.get(1);
    Api teacher = Api.basic(contextRoot, school.teacher);
    Api stranger = Api.basic(contextRoot, TestPeople.staff("Kitas", "Mokytojas", Role.TEACHER));
    Account parentAccount = TestSchool.guardianOf("Rasa", "Namų", student);
    Api parent = Api.basic(contextRoot, parentAccount);
    String open =
        "{\"studentId\":"
            + student
            + ",\"subjectId\":"
            + school.subjectId
            + ",\"name\":\"Matematika namuose\",\"from\":\"2030-11-04\"}";

    for (Api who : List.of(stranger, parent)) {
      assertEquals(403, who.post("home-schooling-groups", open).status());
    }
    Reply created = teacher.post("home-schooling-groups", open);
    assertEquals(201, created.status(), created.body());
    long home = created.number("id");
    assertEquals(
        "HOME_SCHOOLING", TestSchool.query("SELECT kind FROM study_group WHERE id = ?", home));
    Reply members = teacher.get("groups/" + home + "/members");
    assertEquals(200, members.status(), members.body());
    assertTrue(members.body().contains(school.studentNames.get(0).split(" ")[1]), members.body());
    assertFalse(members.body().contains(school.studentNames.get(1).split(" ")[1]), members.body());

    String lessonJson =
        "{\"date\":\"2030-11-05\",\"lessonNumber\":7,\"subjectId\":" + school.subjectId + "}";
    assertEquals(403, stranger.post("groups/" + home + "/lessons", lessonJson).status());
    Reply lessonCreated = teacher.post("groups/" + home + "/lessons", lessonJson);
    assertEquals(201, lessonCreated.status(), lessonCreated.body());
    long lesson = lessonCreated.number("id");

    String entries =
        "{\"record\":{\"topic\":\"Trupmenos namuose\",\"homework\":\"Pratimai 7–9\"},"
            + "\"kind\":\"CLASSWORK\",\"cells\":{\""
            + student
            + "\":\"10\"}}";
    for (Api who : List.of(stranger, parent)) {
      assertEquals(403, who.put("lessons/" + lesson + "/entries", entries).status());
    }
    Reply saved = teacher.put("lessons/" + lesson + "/entries", entries);
    assertEquals(204, saved.status(), saved.body());
    Reply notMember =
        teacher.put(
            "lessons/" + lesson + "/entries",
            "{\"record\":{\"topic\":\"Trupmenos namuose\"},\"cells\":{\""
                + classmate
                + "\":\"6\"}}");
    assertEquals(400, notMember.status(), notMember.body());
    assertTrue(notMember.body().contains("\"error\":\"journal.notMember\""), notMember.body());
    assertEquals(
        "0",
        TestSchool.query(
            "SELECT COUNT(*) FROM mark WHERE lesson_id = ? AND student_id = ?", lesson, classmate));

    // its own journal: the API, the grid page, the guardian's diary
    Reply journal = teacher.get("groups/" + home + "/journal?month=2030-11");
    assertEquals(200, journal.status(), journal.body());
    assertTrue(journal.body().contains("Trupmenos namuose"), journal.body());
    assertTrue(journal.body().contains(school.studentNames.get(0).split(" ")[1]), journal.body());
    assertFalse(journal.body().contains(school.studentNames.get(1).split(" ")[1]), journal.body());
    assertEquals(403, stranger.get("groups/" + home + "/journal?month=2030-11").status());

    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    Page grid =
        portal.get(
            "journal/grid.xhtml?group=" + home + "&subject=" + school.subjectId + "&month=2030-11");
    assertEquals(200, grid.status(), grid.text());
    assertFalse(grid.document().select("#journal-grid a[data-lesson]").isEmpty(), grid.text());
    assertTrue(
        grid.document().select("#journal-grid .dn-cell").eachText().contains("10"), grid.text());
    assertTrue(grid.text().contains(school.studentNames.get(0).split(" ")[1]), grid.text());
    assertFalse(grid.text().contains(school.studentNames.get(1).split(" ")[1]), grid.text());

    Reply week = parent.get("students/" + student + "/week?date=2030-11-05");
    assertEquals(200, week.status(), week.body());
    assertTrue(week.body().contains("Trupmenos namuose"), week.body());
    assertTrue(week.body().contains("Pratimai 7–9"), week.body());
    assertTrue(week.body().contains("\"value\":\"10\""), week.body());
  }
}
