package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/** Errors are shown in Lithuanian, in the portal's own pages, never with a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ErrorPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void anUnknownPageIsALithuanian404() {
    Account teacher = TestPeople.withRole(Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    Page page = portal.get("nera-tokio-puslapio.xhtml");
    assertEquals(404, page.status());
    assertNotNull(page.document().getElementById("error-404"), page.text());
    assertTrue(page.text().contains("Puslapis nerastas"), page.text());
    assertNoStackTrace(page);
  }

  @Test
  void theLanguageSwitchShowsTheSameErrorInEnglish() {
    Account teacher = TestPeople.withRole(Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    portal.get("index.xhtml?lang=en");
    Page page = portal.get("nera-tokio-puslapio.xhtml");
    assertEquals(404, page.status());
    assertTrue(page.text().contains("Page not found"), page.text());
  }

  @Test
  void aMalformedFacesRequestIsAnErrorPageWithoutAStackTrace() {
    Account teacher = TestPeople.withRole(Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    Page page =
        portal.post(
            "index.xhtml",
            java.util.Map.of("jakarta.faces.ViewState", "sugadinta", "logout-form", "logout-form"));
    assertNoStackTrace(page);
    assertFalse(
        page.status() >= 500 && page.document().getElementById("error-500") == null, page.text());
  }

  /**
   * A record number in a page's address that is no number ("abc", "-1", past the range of ids) is
   * the 404 page saying so in Lithuanian — several of these pages answered with a 500 before — and
   * a well-formed number of no record is the 403 page, for a reader of the whole school too.
   */
  @Test
  void aMalformedOrGuessedRecordNumberInTheAddressIsALithuanianPageNeverA500() {
    Account staff =
        TestPeople.staff(
            "Adresė",
            "Klaidingaitė",
            Role.DIRECTOR,
            Role.DEPUTY,
            Role.DB_ADMIN,
            Role.CLASS_TEACHER,
            Role.TEACHER,
            Role.PRESCHOOL_TEACHER);
    Portal portal = new Portal(contextRoot);
    portal.login(staff.login(), staff.password());
    for (String address :
        new String[] {
          "groups/members.xhtml?group=abc",
          "people/student.xhtml?id=-1",
          "messaging/message.xhtml?id=4x",
          "survey/edit.xhtml?id=0",
          "yearend/summary.xhtml?class=99999999999999999999999",
          "preschool/attendance.xhtml?group=%27%3B--",
          "history/cell.xhtml?lesson=1.5&student=1"
        }) {
      Page page = portal.get(address);
      assertEquals(404, page.status(), address + ": " + page.text());
      assertNotNull(page.document().getElementById("error-404"), address + ": " + page.text());
      assertNotNull(page.document().getElementById("error-detail"), address + ": " + page.text());
      assertTrue(
          page.text().contains("Puslapio adrese nurodytas netinkamas įrašo numeris"),
          address + ": " + page.text());
      assertNoStackTrace(page);
    }
    for (String address :
        new String[] {
          "groups/members.xhtml?group=999999999", "people/student.xhtml?id=999999999"
        }) {
      Page page = portal.get(address);
      assertEquals(403, page.status(), address + ": " + page.text());
      assertNoStackTrace(page);
    }
    Page plain404 = portal.get("nera-tokio-puslapio.xhtml");
    assertNull(plain404.document().getElementById("error-detail"), plain404.text());
  }

  /**
   * A month in a page's address that is no month ("2026-13", "abc") is the 404 page saying how a
   * month is written, in Lithuanian — these pages showed another month silently before — while the
   * same page without a month shows this month.
   */
  @Test
  void aMalformedMonthInTheAddressIsALithuanianPageNeverA500() {
    Account staff =
        TestPeople.staff(
            "Mėnesė",
            "Klaidingaitė",
            Role.DIRECTOR,
            Role.DEPUTY,
            Role.CLASS_TEACHER,
            Role.TEACHER,
            Role.PRESCHOOL_TEACHER);
    Portal portal = new Portal(contextRoot);
    portal.login(staff.login(), staff.password());
    for (String[] address :
        new String[][] {
          {"journal/grid.xhtml?group=1&month=2026-13", "2026-13"},
          {"preschool/sheets.xhtml?month=abc", "abc"},
          {"correction/list.xhtml?month=2026-13", "2026-13"},
          {"classwork/events.xhtml?month=2026-1x", "2026-1x"}
        }) {
      Page page = portal.get(address[0]);
      assertEquals(404, page.status(), address[0] + ": " + page.text());
      assertNotNull(
          page.document().getElementById("error-detail"), address[0] + ": " + page.text());
      assertTrue(
          page.text().contains("Mėnuo „" + address[1] + "“ turi būti nurodytas taip: 2026-10."),
          address[0] + ": " + page.text());
      assertNoStackTrace(page);
    }
    Page withoutMonth = portal.get("preschool/sheets.xhtml");
    assertEquals(200, withoutMonth.status(), withoutMonth.text());
    assertNull(withoutMonth.document().getElementById("error-detail"), withoutMonth.text());
  }

  private static void assertNoStackTrace(Page page) {
    String html = page.document().html();
    assertFalse(html.contains(".java:"), html);
    assertFalse(page.text().contains("Exception"), page.text());
  }
}
