package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The journal's pages for each of their people, and the refusal of a guessed id. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JournalPagesIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void everyoneSeesTheirPagesAndAGuessedIdIsRefused() {
    TestSchool school = TestSchool.create(5, 2);
    TestSchool other = TestSchool.create(5, 1);
    long lesson = school.lesson(DAY, 1);
    Api.basic(contextRoot, school.teacher)
        .post(
            "timetable",
            "{\"groupId\":"
                + school.groupId
                + ",\"subjectId\":"
                + school.subjectId
                + ",\"weekday\":1,\"lessonNumber\":1,\"room\":\"112\",\"validFrom\":\"2030-09-02\"}");
    Api.basic(contextRoot, school.teacher)
        .put(
            "lessons/" + lesson + "/entries",
            "{\"record\":{\"topic\":\"Skaičių eilė\"},\"cells\":{\""
                + school.students.get(0)
                + "\":\"n\"}}");

    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());
    Page mine = teacher.get("timetable/mine.xhtml?date=" + DAY);
    assertEquals(200, mine.status());
    assertTrue(
        mine.text().contains("Mano tvarkaraštis") && mine.text().contains("112"), mine.text());
    Page journals = teacher.get("journal/index.xhtml?date=" + DAY);
    assertTrue(journals.text().contains("5a – Matematika"), journals.text());
    Page grid =
        teacher.get(
            "journal/grid.xhtml?group=" + school.groupId + "&month=2030-10&lesson=" + lesson);
    assertEquals(200, grid.status());
    assertEquals("Skaičių eilė", grid.document().selectFirst("input[id$=topic]").val());
    assertEquals(2, grid.document().select(".dn-cell-input").size());
    assertEquals("n", grid.document().select(".dn-cell-input").get(0).val());
    Page refused = teacher.get("journal/grid.xhtml?group=" + other.groupId + "&month=2030-10");
    assertEquals(403, refused.status());

    Portal classTeacher = new Portal(contextRoot);
    classTeacher.login(school.classTeacher.login(), school.classTeacher.password());
    Page myClass = classTeacher.get("journal/my-class.xhtml?date=" + DAY);
    assertTrue(
        myClass.text().contains("5a") && myClass.text().contains("Pateisinimai"), myClass.text());
    Page week = classTeacher.get("timetable/class.xhtml?class=" + school.classId + "&date=" + DAY);
    assertTrue(
        week.text().contains("Klasės tvarkaraštis") && week.text().contains("112"), week.text());
    Page justifications =
        classTeacher.get("journal/justifications.xhtml?class=" + school.classId + "&asOf=" + DAY);
    assertEquals(200, justifications.status());
    assertTrue(
        justifications.text().contains("Nepateisintos praleistos pamokos"), justifications.text());
    assertTrue(justifications.text().contains(school.studentNames.get(0)), justifications.text());
    assertEquals(
        403, classTeacher.get("journal/justifications.xhtml?class=" + other.classId).status());

    Account studentAccount = school.studentAccount(0);
    Portal student = new Portal(contextRoot);
    student.login(studentAccount.login(), studentAccount.password());
    Page diary = student.get("diary/mine.xhtml?date=" + DAY);
    assertEquals(200, diary.status());
    assertTrue(diary.text().contains("Skaičių eilė"), diary.text());
    assertTrue(diary.text().contains("Praleista pamokų: 1"), diary.text());

    Account parent = TestSchool.guardianOf("Lina", "Tėvaitė", school.students.get(1));
    Portal guardian = new Portal(contextRoot);
    guardian.login(parent.login(), parent.password());
    assertEquals(200, guardian.get("diary/child.xhtml?date=" + DAY).status());
    assertEquals(403, guardian.get("diary/child.xhtml?student=" + school.students.get(0)).status());
  }
}
