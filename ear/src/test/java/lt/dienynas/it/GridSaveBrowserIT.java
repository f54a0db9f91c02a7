package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser, keyboard-driven: every save of the journal grid saves, however many times the
 * teacher saves in one page view — after an error, after a successful save, and a note after a save
 * — and what was saved is there after a reload and in the database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridSaveBrowserIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void anErrorThenItsCorrectionSaves() {
    TestSchool school = TestSchool.create(6, 3);
    long lesson = school.lesson(DAY, 2);
    long first = school.students.get(0);
    try (Browser browser = open(school, lesson)) {
      type(browser, 0, "11");
      save(browser);
      assertTrue(problems(browser).contains("„11“"), problems(browser));
      assertEquals("0", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));

      type(browser, 0, "10");
      save(browser);
      awaitSaved(browser);
      assertEquals("10", markOf(lesson, first));

      reopen(browser, school, lesson);
      assertEquals("10", cells(browser).get(0).getAttribute("value"));
      // the grid's ajax saves ran under the page's script-src nonce policy, nothing refused
      assertEquals(List.of(), browser.cspViolations());
    }
  }

  @Test
  void aSaveThenAChangeThenASaveSavesBoth() {
    TestSchool school = TestSchool.create(6, 3);
    long lesson = school.lesson(DAY, 3);
    long first = school.students.get(0);
    long second = school.students.get(1);
    try (Browser browser = open(school, lesson)) {
      type(browser, 0, "8");
      save(browser);
      awaitSaved(browser);
      assertEquals("8", markOf(lesson, first));

      type(browser, 0, "9");
      type(browser, 1, "n");
      save(browser);
      awaitSaved(browser);
      assertEquals("9", markOf(lesson, first));
      assertEquals(
          "ABSENT",
          TestSchool.query(
              "SELECT status FROM attendance WHERE lesson_id = ? AND student_id = ?",
              lesson,
              second));

      type(browser, 0, "7");
      save(browser);
      awaitSaved(browser);
      assertEquals("7", markOf(lesson, first));

      reopen(browser, school, lesson);
      assertEquals("7", cells(browser).get(0).getAttribute("value"));
      assertEquals("n", cells(browser).get(1).getAttribute("value"));
    }
  }

  @Test
  void aNoteAfterASaveIsAdded() {
    TestSchool school = TestSchool.create(6, 3);
    long lesson = school.lesson(DAY, 4);
    long first = school.students.get(0);
    try (Browser browser = open(school, lesson)) {
      type(browser, 0, "6");
      save(browser);
      awaitSaved(browser);

      browser.find(By.id("note-form:note-text")).sendKeys("Puikiai dirbo");
      browser.find(By.id("note-form:add-note")).sendKeys(Keys.ENTER);
      browser
          .await()
          .until(
              d ->
                  "1"
                      .equals(
                          TestSchool.query(
                              "SELECT COUNT(*) FROM student_note WHERE lesson_id = ?", lesson)));
      assertEquals(
          "Puikiai dirbo",
          TestSchool.query("SELECT note_text FROM student_note WHERE lesson_id = ?", lesson));
      assertTrue(
          browser.find(By.id("note-form:note-outcome")).getText().contains("išsaugotas"),
          "the note's outcome next to its button");

      type(browser, 0, "5");
      save(browser);
      awaitSaved(browser);
      assertEquals("5", markOf(lesson, first));
    }
  }

  @Test
  void everyBadCellIsMarkedAndListedNextToTheGridAndNothingIsSaved() {
    TestSchool school = TestSchool.create(6, 4);
    long lesson = school.lesson(DAY, 5);
    try (Browser browser = open(school, lesson)) {
      type(browser, 0, "11");
      type(browser, 1, "9");
      type(browser, 2, "abc");
      type(browser, 3, "įsk"); // pass / fail: not a scale of this subject
      save(browser);
      String listed = problems(browser);
      assertTrue(listed.contains(school.studentNames.get(3)) && listed.contains("„įsk“"), listed);
      assertTrue(listed.contains(school.studentNames.get(0)) && listed.contains("„11“"), listed);
      assertTrue(listed.contains(school.studentNames.get(2)) && listed.contains("„abc“"), listed);
      assertFalse(listed.contains(school.studentNames.get(1)), listed);
      List<WebElement> cells = cells(browser);
      assertEquals("true", cells.get(0).getAttribute("aria-invalid"));
      assertEquals("false", cells.get(1).getAttribute("aria-invalid"));
      assertEquals("true", cells.get(2).getAttribute("aria-invalid"));
      assertEquals("true", cells.get(3).getAttribute("aria-invalid"));
      assertTrue(cells.get(0).getAttribute("class").contains("dn-invalid"));
      // the keyboard goes on at the first bad cell; the top of the page stays quiet
      assertEquals(
          cells.get(0).getAttribute("name"),
          browser.driver().switchTo().activeElement().getAttribute("name"));
      assertEquals("", browser.driver().findElement(By.id("messages")).getText());
      assertEquals("0", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));

      browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
      type(browser, 2, "n");
      type(browser, 3, Keys.DELETE.toString());
      save(browser);
      awaitSaved(browser);
      assertEquals("10", markOf(lesson, school.students.get(0)));
      assertEquals("9", markOf(lesson, school.students.get(1)));
      assertEquals("false", cells(browser).get(0).getAttribute("aria-invalid"));
    }
  }

  @Test
  void leavingWithUnsavedMarksAsksFirst() {
    TestSchool school = TestSchool.create(6, 2);
    long lesson = school.lesson(DAY, 6);
    long other = school.lesson(DAY.plusDays(1), 1);
    try (Browser browser = open(school, lesson)) {
      WebElement otherHeader =
          browser.find(By.cssSelector("a.dn-lesson-link[data-lesson='" + other + "']"));
      type(browser, 0, "9");
      otherHeader.click();
      Alert asked = browser.await().until(ExpectedConditions.alertIsPresent());
      assertTrue(asked.getText().contains("neišsaugotų"), asked.getText());
      asked.dismiss();
      assertEquals("9", cells(browser).get(0).getAttribute("value"));
      assertTrue(browser.driver().getCurrentUrl().contains("lesson=" + lesson));
      Object guarded =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "var e = new Event('beforeunload', {cancelable: true});"
                      + " window.dispatchEvent(e); return e.defaultPrevented;");
      assertEquals(Boolean.TRUE, guarded, "closing or reloading the page asks too");

      save(browser);
      awaitSaved(browser);
      Object afterSave =
          ((JavascriptExecutor) browser.driver())
              .executeScript(
                  "var e = new Event('beforeunload', {cancelable: true});"
                      + " window.dispatchEvent(e); return e.defaultPrevented;");
      assertEquals(Boolean.FALSE, afterSave, "nothing to lose after a save");
      browser.find(By.cssSelector("a.dn-lesson-link[data-lesson='" + other + "']")).click();
      browser.await().until(d -> d.getCurrentUrl().contains("lesson=" + other));
    }
  }

  @Test
  void leavingWithANoteTypedButNotAddedAsksFirst() {
    TestSchool school = TestSchool.create(6, 2);
    long lesson = school.lesson(DAY, 8);
    long other = school.lesson(DAY.plusDays(1), 2);
    try (Browser browser = open(school, lesson)) {
      browser.find(By.id("note-form:note-text")).sendKeys("Pamiršo pratybas");
      browser.find(By.cssSelector("a.dn-lesson-link[data-lesson='" + other + "']")).click();
      Alert asked = browser.await().until(ExpectedConditions.alertIsPresent());
      assertTrue(asked.getText().contains("neišsaugotų"), asked.getText());
      asked.dismiss();
      assertEquals(
          "Pamiršo pratybas", browser.find(By.id("note-form:note-text")).getAttribute("value"));
      assertTrue(browser.driver().getCurrentUrl().contains("lesson=" + lesson));
      assertEquals(Boolean.TRUE, beforeUnloadPrevented(browser), "closing the page asks too");

      browser.find(By.id("note-form:add-note")).sendKeys(Keys.ENTER);
      browser
          .await()
          .until(
              d ->
                  "1"
                      .equals(
                          TestSchool.query(
                              "SELECT COUNT(*) FROM student_note WHERE lesson_id = ?", lesson)));
      browser
          .await()
          .until(d -> d.findElement(By.id("note-form:note-text")).getAttribute("value").isEmpty());
      assertEquals(Boolean.FALSE, beforeUnloadPrevented(browser), "an added note is not lost");
      browser.find(By.cssSelector("a.dn-lesson-link[data-lesson='" + other + "']")).click();
      browser.await().until(d -> d.getCurrentUrl().contains("lesson=" + other));
    }
  }

  @Test
  void aDatePickerClosesOnEscAndAfterAPickAndLeavesTheButtonBelowFree() {
    TestSchool school = TestSchool.create(6, 1);
    long lesson = school.lesson(DAY, 1);
    try (Browser browser = open(school, lesson)) {
      By panel = By.id("add-lesson-form:new-lesson-date_panel");
      By calendarButton =
          By.cssSelector("[id='add-lesson-form:new-lesson-date'] .ui-datepicker-trigger");
      browser.find(calendarButton).click();
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(panel));
      browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
      browser.await().until(ExpectedConditions.invisibilityOfElementLocated(panel));

      // a chosen day closes the calendar too
      browser.find(calendarButton).click();
      WebElement calendar =
          browser.await().until(ExpectedConditions.visibilityOfElementLocated(panel));
      WebElement fifteenth =
          calendar.findElement(
              By.xpath(
                  ".//td[not(contains(@class,'other-month'))]//*[normalize-space(text())='15']"));
      browser.await().until(ExpectedConditions.elementToBeClickable(fifteenth)).click();
      browser.await().until(ExpectedConditions.invisibilityOfElementLocated(panel));
      WebElement date = browser.find(By.id("add-lesson-form:new-lesson-date_input"));
      assertTrue(date.getAttribute("value").endsWith("-15"), date.getAttribute("value"));

      // typed with the keyboard: no calendar comes over the button below, which takes the click
      date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2030-10-09");
      assertFalse(browser.driver().findElement(panel).isDisplayed(), "typing opens no calendar");
      assertEquals("2030-10-09", date.getAttribute("value"));
      WebElement add =
          browser
              .await()
              .until(ExpectedConditions.elementToBeClickable(By.id("add-lesson-form:add-lesson")));
      add.click();
      browser.await().until(ExpectedConditions.stalenessOf(add));
      assertEquals(
          "1",
          TestSchool.query(
              "SELECT COUNT(*) FROM lesson WHERE group_id = ? AND lesson_date = '2030-10-09'",
              school.groupId));
    }
  }

  @Test
  void aStaleGridKeepsWhatASubstituteChangedMeanwhileAndNamesAClash() {
    TestSchool school = TestSchool.create(6, 3);
    long lesson = school.lesson(DAY, 7);
    long first = school.students.get(0);
    long second = school.students.get(1);
    Account substitute = TestPeople.staff("Sigita", "Pavaduojanti", Role.TEACHER);
    TestPeople.run(
        "UPDATE lesson SET substitute_id = ? WHERE id = ?", substitute.personId(), lesson);
    try (Browser browser = open(school, lesson)) {
      // the grid is open; meanwhile the substitute writes through the API
      Api api = Api.basic(contextRoot, substitute);
      Reply topic = api.put("lessons/" + lesson, "{\"topic\":\"Pavaduojančios tema\"}");
      assertTrue(topic.status() < 300, topic.body());
      Reply mark = api.put("lessons/" + lesson + "/marks/" + first, "{\"notation\":\"4\"}");
      assertTrue(mark.status() < 300, mark.body());

      // the stale grid changes another student's mark only
      type(browser, 1, "8");
      save(browser);
      awaitSaved(browser);
      assertEquals(
          "Pavaduojančios tema", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));
      assertEquals("4", markOf(lesson, first));
      assertEquals("8", markOf(lesson, second));

      // a clash: both change the same cell; the grid's save names who and what is there now
      Reply again = api.put("lessons/" + lesson + "/marks/" + second, "{\"notation\":\"5\"}");
      assertTrue(again.status() < 300, again.body());
      type(browser, 1, "7");
      save(browser);
      String clash = problems(browser);
      assertTrue(clash.contains("Sigita Pavaduojanti"), clash);
      assertTrue(clash.contains("„5“"), clash);
      assertTrue(clash.contains(school.studentNames.get(1)), clash);
      assertEquals("5", markOf(lesson, second));
      assertEquals("true", cells(browser).get(1).getAttribute("aria-invalid"));

      // seen now: saving again is the teacher's decision, and it writes
      save(browser);
      awaitSaved(browser);
      assertEquals("7", markOf(lesson, second));
      assertEquals(
          "Pavaduojančios tema", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));
    }
  }

  private static Object beforeUnloadPrevented(Browser browser) {
    return ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var e = new Event('beforeunload', {cancelable: true});"
                + " window.dispatchEvent(e); return e.defaultPrevented;");
  }

  private Browser open(TestSchool school, long lesson) {
    Browser browser = new Browser(contextRoot);
    browser.logInAndOpen("index.xhtml", school.teacher.login(), school.teacher.password());
    reopen(browser, school, lesson);
    return browser;
  }

  private static void reopen(Browser browser, TestSchool school, long lesson) {
    browser.openGrid(school.groupId, school.subjectId, "2030-10", lesson);
  }

  private static List<WebElement> cells(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".dn-cell-input"));
  }

  /** Replaces what a cell holds with the keyboard: select all, type. */
  private static void type(Browser browser, int index, String text) {
    WebElement cell =
        browser.await().until(ExpectedConditions.elementToBeClickable(cells(browser).get(index)));
    cell.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /** Enter on the save button, after whatever message the last save left has gone. */
  private static void save(Browser browser) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.querySelectorAll('.dn-save-result, #messages li').forEach(e => e.remove());"
                + "window.__last='none'; $(document).on('pfAjaxComplete', function(e, xhr){ window.__last = xhr.status + ' ' + xhr.responseText.substring(0, 1500) + ' ERR ' + (xhr.responseText.indexOf('state-error') < 0 ? 'none' : xhr.responseText.substring(xhr.responseText.indexOf('state-error') - 600, xhr.responseText.indexOf('state-error') + 300)); });");
    browser.find(By.id("journal-form:save")).sendKeys(Keys.ENTER);
  }

  /** The confirmation next to the save button, and the grid back with its cells. */
  private static void awaitSaved(Browser browser) {
    browser.awaitLessonSaved();
    browser.await().until(d -> !d.findElements(By.cssSelector(".dn-cell-input")).isEmpty());
  }

  private static String problems(Browser browser) {
    return browser.waitFor(By.id("journal-form:save-problems")).getText();
  }

  private static String markOf(long lesson, long student) {
    return TestSchool.query(
        "SELECT mark_value FROM mark WHERE lesson_id = ? AND student_id = ?", lesson, student);
  }
}
