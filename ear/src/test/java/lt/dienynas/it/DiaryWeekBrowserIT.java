package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The guardian's diary in Chromium at a desktop's 1280 px and a phone's 390 px: one week table
 * whose six columns (time, subject, topic, homework, mark, attendance) are the same every day and
 * line up; the week navigation; the subject averages with their trend; the marks and attendance
 * charts drawn by Chart.js under the strict script policy (no CSP refusal); two children side by
 * side on a desktop and one under the other on a phone, where nothing scrolls sideways; no serious
 * or critical axe-core violation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiaryWeekBrowserIT {
  private static final LocalDate MONDAY = LocalDate.of(2030, 10, 7);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theWeekTableTheChartsAndTheChildrenSideBySideOnADesktopAndOnAPhone() {
    for (int width : new int[] {1280, 390}) {
      check(width);
    }
  }

  private void check(int width) {
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    long sibling = school.students.get(1);
    long lithuanian = school.subject("Lietuvių kalba", school.teacher);
    DiaryRecords records = new DiaryRecords(school);
    records.lessonTime(1, "08:00", "08:45");
    records.lessonTime(2, "08:55", "09:40");
    records.lessonTime(3, "09:50", "10:35");
    // the week: two lessons on Monday, one on Tuesday, none on Wednesday, one on Thursday and
    // Friday
    long monday1 = school.lesson(MONDAY, 1);
    long monday2 = school.lesson(lithuanian, school.teacher, MONDAY, 2);
    long tuesday = school.lesson(MONDAY.plusDays(1), 3);
    long thursday = school.lesson(lithuanian, school.teacher, MONDAY.plusDays(3), 1);
    long friday = school.lesson(MONDAY.plusDays(4), 2);
    records.topic(monday1, "Trupmenų sudėtis ir atimtis, kai vardikliai skirtingi");
    records.homework(monday1, "Uždaviniai 12–15 vadovėlio 48 puslapyje", MONDAY.plusDays(2));
    records.topic(monday2, "Veiksmažodžio laikai");
    records.mark(monday1, child, "9");
    records.mark(tuesday, child, "PASSED");
    records.absent(monday2, child, null);
    records.late(friday, child);
    records.mark(thursday, sibling, "10");
    // the weeks before: marks of September and October for the chart and the averages
    records.mark(school.lesson(LocalDate.of(2030, 9, 16), 1), child, "6");
    records.mark(school.lesson(LocalDate.of(2030, 9, 23), 1), child, "7");
    records.mark(
        school.lesson(lithuanian, school.teacher, LocalDate.of(2030, 9, 24), 1), child, "8");
    records.absent(school.lesson(LocalDate.of(2030, 9, 30), 1), child, "ILLNESS");
    Account parent = TestSchool.guardianOf("Rasa", "Dviejų", child, sibling);

    try (Browser browser = new Browser(contextRoot)) {
      ChromeDriver chrome = (ChromeDriver) browser.driver();
      JavascriptExecutor js = chrome;
      chrome.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of(
              "width",
              width,
              "height",
              width > 500 ? 1024 : 844,
              "deviceScaleFactor",
              1,
              "mobile",
              width < 500));
      browser.logInAndOpen(
          "diary/child.xhtml?student=" + child + "&date=" + MONDAY.plusDays(2),
          parent.login(),
          parent.password());
      browser.waitFor(By.id("week-table"));
      // on a phone the layout viewport widens to whatever does not fit: it must not
      assertEquals(
          Long.valueOf(width),
          js.executeScript("return window.innerWidth"),
          () ->
              "wider than the screen: "
                  + js.executeScript(
                      "return Array.from(document.querySelectorAll('body *'))"
                          + ".filter(e => e.getBoundingClientRect().right >"
                          + " e.parentElement.getBoundingClientRect().right + 1).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
                          + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');"));

      // one table, six column headers, a row group a school day, six cells in every lesson row
      assertEquals(
          List.of("Laikas", "Dalykas", "Tema", "Namų darbai", "Įvertinimas", "Lankomumas"),
          js.executeScript(
              "return Array.from(document.querySelectorAll('#week-table thead th'))"
                  + ".map(th => th.textContent.trim() + (th.scope === 'col' ? '' : '!'));"));
      assertEquals(
          1L, js.executeScript("return document.querySelectorAll('#diary-week table').length;"));
      assertEquals(
          List.of(
              MONDAY + " 2",
              MONDAY.plusDays(1) + " 1",
              MONDAY.plusDays(2) + " 0",
              MONDAY.plusDays(3) + " 1",
              MONDAY.plusDays(4) + " 1"),
          js.executeScript(
              "return Array.from(document.querySelectorAll('#week-table tbody')).map(b =>"
                  + " b.dataset.day + ' ' + b.querySelectorAll('tr.dn-lesson-row').length);"));
      assertEquals(
          List.of(6L),
          js.executeScript(
              "return [...new Set(Array.from(document.querySelectorAll('#week-table tr.dn-lesson-row'))"
                  + ".map(r => r.cells.length))];"));
      assertEquals(
          List.of("6 colgroup"),
          js.executeScript(
              "return [...new Set(Array.from(document.querySelectorAll('#week-table .dn-day-row th'))"
                  + ".map(th => th.colSpan + ' ' + th.scope))];"));
      String row = "#week-table tr[data-lesson='" + monday1 + "']";
      assertEquals(
          "1. 8:00–8:45",
          browser
              .find(By.cssSelector(row + " td.dn-number"))
              .getText()
              .replace("\n", " ")
              .replace("Laikas: ", ""));
      assertTrue(browser.find(By.cssSelector(row + " td.dn-mark")).getText().contains("9"));
      assertTrue(
          browser
              .find(
                  By.cssSelector("#week-table tr[data-lesson='" + monday2 + "'] td.dn-attendance"))
              .getText()
              .contains("n"));
      if (width > 500) {
        // the columns line up from day to day: each column starts at the same x in every row
        assertEquals(
            List.of(1L, 1L, 1L, 1L, 1L, 1L),
            js.executeScript(
                "const rows = Array.from(document.querySelectorAll('#week-table tr.dn-lesson-row'));"
                    + "return [0,1,2,3,4,5].map(i => new Set(rows.map(r =>"
                    + " Math.round(r.cells[i].getBoundingClientRect().left))).size);"));
      } else {
        // a phone: each lesson a card, its cells one under the other, nothing wider than the screen
        assertEquals(
            "block",
            js.executeScript(
                "return getComputedStyle(document.querySelector(\"" + row + "\")).display;"));
        assertTrue(
            (Boolean)
                js.executeScript(
                    "const c = document.querySelector(\""
                        + row
                        + "\").cells;"
                        + "return c[1].getBoundingClientRect().top >= c[0].getBoundingClientRect().bottom - 1;"),
            "stacked cells");
      }
      assertTrue(
          (Boolean)
              js.executeScript(
                  "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
          "no horizontal scrolling: "
              + js.executeScript("return document.documentElement.scrollWidth;"));

      // the subject averages: mathematics 6, 7, 9 -> 7.33, rising over the halves (6 -> 9)
      String maths =
          browser
              .find(By.cssSelector("#averages-table tr[data-subject='" + school.subjectId + "']"))
              .getText();
      assertTrue(maths.contains("7,33"), maths);
      assertTrue(maths.contains("kyla"), maths);
      String lt =
          browser
              .find(By.cssSelector("#averages-table tr[data-subject='" + lithuanian + "']"))
              .getText();
      assertTrue(lt.contains("8,00") && lt.contains("nėra su kuo palyginti"), lt);

      // the charts: Chart.js drew both canvases
      for (String chart : List.of("marks-chart", "attendance-chart")) {
        browser
            .await()
            .until(
                d ->
                    (Boolean)
                        js.executeScript(
                            "const c = document.querySelector('#"
                                + chart
                                + " canvas');"
                                + "return !!c && !!window.Chart && !!Chart.getChart(c) && c.width > 0;"));
      }
      assertEquals(
          List.of("Matematika", "Lietuvių kalba"),
          js.executeScript(
              "return Chart.getChart(document.querySelector('#marks-chart canvas'))"
                  + ".data.datasets.map(d => d.label).sort((a, b) => b.localeCompare(a));"));
      assertEquals(
          "2030-10 5 4 0 1",
          js.executeScript(
              "const r = document.querySelector('#attendance-by-month tr[data-month=\"2030-10\"]');"
                  + "return Array.from(r.cells).map(c => c.textContent.trim()).join(' ');"));
      assertEquals(
          "2030-09 4 3 1 0",
          js.executeScript(
              "const r = document.querySelector('#attendance-by-month tr[data-month=\"2030-09\"]');"
                  + "return Array.from(r.cells).map(c => c.textContent.trim()).join(' ');"));

      // the two children: side by side on a desktop, one under the other on a phone
      List<?> cards =
          (List<?>)
              js.executeScript(
                  "return Array.from(document.querySelectorAll('.dn-child-card')).map(c => {"
                      + " const r = c.getBoundingClientRect(); return [r.left, r.top, r.bottom]; });");
      assertEquals(2, cards.size());
      List<?> first = (List<?>) cards.get(0);
      List<?> second = (List<?>) cards.get(1);
      if (width > 500) {
        assertEquals(number(first.get(1)), number(second.get(1)), 1.0, "same row: " + cards);
        assertTrue(number(second.get(0)) > number(first.get(0)) + 100, "side by side: " + cards);
      } else {
        assertTrue(number(second.get(1)) >= number(first.get(2)), "stacked: " + cards);
      }
      String siblingCard =
          browser.find(By.cssSelector(".dn-child-card[data-student='" + sibling + "']")).getText();
      assertTrue(siblingCard.contains("10 (Lietuvių kalba)"), siblingCard);
      assertTrue(
          siblingCard.contains("Praleista pamokų: 0 (nepateisinta 0); pavėluota: 0"), siblingCard);
      String childCard =
          browser.find(By.cssSelector(".dn-child-card[data-student='" + child + "']")).getText();
      assertTrue(
          childCard.contains("Praleista pamokų: 1 (nepateisinta 1); pavėluota: 1"), childCard);

      assertEquals(List.of(), Axe.seriousViolations(chrome), "axe-core at " + width + " px");
      screenshot("tevai-diary-week-" + width, chrome.getScreenshotAs(OutputType.BYTES));
      screenshot(
          "tevai-diary-charts-" + width,
          browser.find(By.id("diary-charts")).getScreenshotAs(OutputType.BYTES));
      assertEquals(List.of(), browser.cspViolations());

      // next and previous week
      browser.find(By.id("next-week")).click();
      browser
          .await()
          .until(
              d ->
                  browser
                      .find(By.id("week-title"))
                      .getText()
                      .startsWith(MONDAY.plusWeeks(1).toString()));
      browser.find(By.id("previous-week")).click();
      browser
          .await()
          .until(d -> browser.find(By.id("week-title")).getText().startsWith(MONDAY.toString()));
      // the sibling's card leads to the sibling's diary of the same week
      browser
          .find(By.cssSelector(".dn-child-card[data-student='" + sibling + "'] a.dn-child"))
          .click();
      browser
          .await()
          .until(
              d ->
                  browser
                      .find(By.cssSelector("#diary-week h2"))
                      .getText()
                      .contains(school.studentNames.get(1)));
      assertTrue(browser.find(By.id("week-title")).getText().startsWith(MONDAY.toString()));
      assertEquals(List.of(), browser.cspViolations());
    }
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  private static void screenshot(String name, byte[] png) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
