package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser, on the group list page (§23.1, §23.14): the subject teacher moves a student
 * from one of their subject groups to the other from mid-October — the old group's journal keeps
 * its mark — and opens a home-schooling group for the student, landing on its list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupMembersBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theSubjectTeacherMovesAStudentAndOpensAHomeSchoolingGroupOnThePage() {
    TestSchool school = TestSchool.create(6, 1);
    long student = school.students.get(0);
    String name = school.studentNames.get(0);
    long groupA = subjectGroup(school, "6a matematika 1");
    long groupB = subjectGroup(school, "6a matematika 2");
    TestPeople.run(
        "INSERT INTO group_member (group_id, student_id, valid_from) VALUES (?, ?, ?)",
        groupA,
        student,
        LocalDate.of(2030, 9, 2));
    TestPeople.run(
        "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number)"
            + " VALUES (?, ?, ?, '2030-10-08', 3)",
        groupA,
        school.subjectId,
        school.teacher.personId());
    String lesson =
        TestSchool.query(
            "SELECT id FROM lesson WHERE group_id = ? AND lesson_date = '2030-10-08'", groupA);
    TestPeople.run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'TEN_POINT', '8', 'CLASSWORK', ?, CURRENT_TIMESTAMP(3))",
        lesson,
        student,
        school.teacher.personId());

    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(
          "groups/members.xhtml?group=" + groupA,
          school.teacher.login(),
          school.teacher.password());
      assertTrue(browser.find(By.id("members-table")).getText().contains(name));
      browser.find(By.cssSelector("[id$=':select-member']")).click();
      typeDate(browser, "2030-10-15");
      new Select(browser.find(By.id("target-group"))).selectByValue(String.valueOf(groupB));
      browser.find(By.id("move-member")).click();
      browser
          .await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "Mokinys perkeltas į kitą grupę"));
      assertEquals(
          "2030-10-14",
          TestSchool.query(
              "SELECT valid_to FROM group_member WHERE group_id = ? AND student_id = ?",
              groupA,
              student));
      assertEquals(
          "2030-10-15",
          TestSchool.query(
              "SELECT valid_from FROM group_member WHERE group_id = ? AND student_id = ?",
              groupB,
              student));
      assertEquals("1", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));

      // the old group's journal keeps the mark of the student's own days
      browser.open(
          "journal/grid.xhtml?group=" + groupA + "&subject=" + school.subjectId + "&month=2030-10");
      WebElement row =
          browser.find(By.cssSelector("#journal-grid tbody tr[data-student='" + student + "']"));
      assertTrue(row.getText().contains("8"), row.getText());

      // a home-schooling group of the subject for the student, from November
      browser.open("groups/members.xhtml?group=" + groupB);
      browser.find(By.cssSelector("[id$=':select-member']")).click();
      typeDate(browser, "2030-11-04");
      browser
          .find(By.cssSelector("input#home-name, #home-name input"))
          .sendKeys("Matematika namuose");
      browser.find(By.id("home-schooling")).click();
      browser
          .await()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("group-members"), "Matematika namuose"));
      assertTrue(browser.find(By.id("members-table")).getText().contains(name));
      assertEquals(
          "1",
          TestSchool.query(
              "SELECT COUNT(*) FROM study_group g JOIN group_member m ON m.group_id = g.id"
                  + " WHERE g.kind = 'HOME_SCHOOLING' AND g.name = 'Matematika namuose'"
                  + " AND g.school_year_id = ? AND m.student_id = ? AND m.valid_from = '2030-11-04'",
              school.yearId,
              student));
    }
  }

  private static void typeDate(Browser browser, String date) {
    WebElement input = browser.find(By.id("change-date_input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date);
    input.sendKeys(Keys.TAB);
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
}
