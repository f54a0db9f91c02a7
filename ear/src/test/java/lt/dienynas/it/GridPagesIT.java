package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journal grid offers only what the person may do: a locked month renders read-only with the
 * way to a correction act, the deputy's read-only grid offers no lesson creation, a bad address is
 * a clear message rather than an error page; the column headers carry the weekday and mark today,
 * and no tooltip says "null".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GridPagesIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8); // a Tuesday

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aLockedMonthRendersReadOnlyWithTheWayToACorrectionAct() {
    TestSchool school = TestSchool.create(6, 2);
    long lesson = school.lesson(DAY, 1);
    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());
    Page open = teacher.get(grid(school, "2030-10", lesson));
    assertEquals(2, open.document().select(".dn-cell-input").size());
    assertNotNull(open.document().getElementById("journal-form:save"));
    assertNotNull(open.document().getElementById("generate-form"));

    TestPeople.run(
        "INSERT INTO month_lock (month, scope, school_class_id, locked, changed_at, changed_by)"
            + " VALUES ('2030-10', ?, ?, TRUE, CURRENT_TIMESTAMP(3), 'test')",
        "C" + school.classId,
        school.classId);
    Page locked = teacher.get(grid(school, "2030-10", lesson));
    assertEquals(200, locked.status());
    assertEquals(0, locked.document().select(".dn-cell-input").size(), "no editable cell");
    assertNull(locked.document().getElementById("journal-form:save"), "no save button");
    assertNull(locked.document().getElementById("generate-form"), "no lesson creation");
    assertNull(locked.document().getElementById("add-lesson-form"));
    assertNull(locked.document().getElementById("note-form"));
    Element notice = locked.document().getElementById("month-locked");
    assertNotNull(notice, locked.text());
    assertTrue(notice.text().contains("užrakintas"), notice.text());
    Element act = locked.document().getElementById("locked-act");
    assertNotNull(act, notice.outerHtml());
    assertTrue(
        act.attr("href").contains("correction/draft")
            && act.attr("href").contains("lesson=" + lesson));
  }

  @Test
  void theDeputysReadOnlyGridOffersNothingTheyMayNotDo() {
    TestSchool school = TestSchool.create(6, 2);
    long lesson = school.lesson(DAY, 2);
    Account deputy = TestPeople.staff("Dalia", "Pavaduotoja", Role.DEPUTY);
    Portal portal = new Portal(contextRoot);
    portal.login(deputy.login(), deputy.password());
    Page grid = portal.get(grid(school, "2030-10", lesson));
    assertEquals(200, grid.status());
    assertTrue(grid.text().contains(school.studentNames.get(0).split(" ")[1]), grid.text());
    assertNull(grid.document().getElementById("generate-form"), "no „Sukurti mėnesio pamokas“");
    assertNull(grid.document().getElementById("add-lesson-form"));
    assertNull(grid.document().getElementById("journal-form:save"));
    assertEquals(0, grid.document().select(".dn-cell-input").size());
  }

  @Test
  void aBadAddressGetsAClearMessageNotAnErrorPage() {
    TestSchool school = TestSchool.create(6, 1);
    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());
    for (String address :
        new String[] {
          "journal/grid.xhtml?group=abc",
          "journal/grid.xhtml",
          "journal/grid.xhtml?group=" + school.groupId + "&subject=x1",
          "journal/grid.xhtml?group=" + school.groupId + "&lesson=%27%3B--",
          "journal/grid.xhtml?group=99999999999999999999999"
        }) {
      Page page = teacher.get(address);
      assertEquals(200, page.status(), address + ": " + page.text());
      Element message = page.document().getElementById("bad-address");
      assertNotNull(message, address + ": " + page.text());
      assertTrue(message.text().contains("Tokio dienyno nėra"), message.text());
      assertFalse(page.text().contains("Exception"), page.text());
    }
    // a month that is no month is the 404 page saying how to write one (MonthConverter), no longer
    // this month's grid in its place
    Page badMonth = teacher.get(grid(school, "abc", null));
    assertEquals(404, badMonth.status(), badMonth.text());
    assertTrue(
        badMonth.text().contains("Mėnuo „abc“ turi būti nurodytas taip: 2026-10."),
        badMonth.text());
    assertFalse(badMonth.text().contains("Exception"), badMonth.text());
    Page noMonth =
        teacher.get("journal/grid.xhtml?group=" + school.groupId + "&subject=" + school.subjectId);
    assertEquals(200, noMonth.status());
    assertNotNull(noMonth.document().getElementById("journal-grid"), noMonth.text());
  }

  @Test
  void theHeadersShowTheWeekdayAndTodayAndNoTooltipSaysNull() {
    TestSchool school = TestSchool.create(6, 1);
    long tuesday = school.lesson(DAY, 3);
    long friday = school.lesson(DAY.plusDays(3), 1);
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Vilnius"));
    long todays = school.lesson(today, 2);
    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());

    Page october = teacher.get(grid(school, "2030-10", tuesday));
    Element tuesdayHeader = october.document().selectFirst("th[data-lesson=" + tuesday + "]");
    assertNotNull(tuesdayHeader, october.text());
    assertEquals("An", tuesdayHeader.selectFirst(".dn-weekday").text());
    assertEquals(
        "Pn", october.document().selectFirst("th[data-lesson=" + friday + "] .dn-weekday").text());
    assertEquals("Matematika", tuesdayHeader.attr("title"), "a lesson without a topic");
    assertFalse(
        october.document().getElementById("journal-grid").outerHtml().contains("null"),
        "no \"null\" anywhere in the grid");
    assertTrue(october.document().select(".dn-today").isEmpty());

    Page thisMonth = teacher.get(grid(school, YearMonth.from(today).toString(), null));
    Element todayHeader = thisMonth.document().selectFirst("th[data-lesson=" + todays + "]");
    assertNotNull(todayHeader, thisMonth.text());
    assertTrue(todayHeader.hasClass("dn-today"), todayHeader.outerHtml());
    assertTrue(todayHeader.text().contains("šiandien"), todayHeader.text());
  }

  private static String grid(TestSchool school, String month, Long lesson) {
    return "journal/grid.xhtml?group="
        + school.groupId
        + "&subject="
        + school.subjectId
        + "&month="
        + month
        + (lesson == null ? "" : "&lesson=" + lesson);
  }
}
