package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
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

/** The DB admin locks and unlocks a month in the portal; nobody else may. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonthLocksPageIT {

  /** A month no other test writes in: the lock is school-wide. */
  private static final String MONTH = "2045-03";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminLocksAndUnlocksAMonthForTheWholeSchool() throws Exception {
    Account admin = TestPeople.staff("Giedrius", "Užrakintojas", Role.DB_ADMIN);
    Portal portal = new Portal(contextRoot);
    portal.login(admin.login(), admin.password());

    Page locked = submit(portal, portal.get("locking/locks.xhtml"), "locks-form:lock");
    assertTrue(locked.text().contains("Pasirinktas mėnuo užrakintas."), locked.text());
    assertEquals(Boolean.TRUE, lockedInDatabase());

    Page unlocked = submit(portal, locked, "locks-form:unlock");
    assertTrue(unlocked.text().contains("Pasirinktas mėnuo neužrakintas."), unlocked.text());
    assertEquals(Boolean.FALSE, lockedInDatabase());

    // a month written otherwise is refused by the page's month converter: nothing locked
    Page wrong = submit(portal, unlocked, "locks-form:lock", "2045-13");
    assertTrue(
        wrong.text().contains("Mėnuo „2045-13“ turi būti nurodytas taip: 2026-10."), wrong.text());
    assertEquals(Boolean.FALSE, lockedInDatabase());
  }

  @Test
  void aTeacherGetsTheRefusalPage() {
    Account teacher = TestPeople.staff("Rasa", "Mokytoja", Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    assertEquals(403, portal.get("locking/locks.xhtml").status());
  }

  /** Posts the lock form as the browser would, with the month set and one button pressed. */
  private static Page submit(Portal portal, Page page, String button) {
    return submit(portal, page, button, MONTH);
  }

  private static Page submit(Portal portal, Page page, String button, String month) {
    Element form = page.document().getElementById("locks-form");
    assertNotNull(form, page.text());
    Map<String, String> fields = Portal.formFields(page, form);
    fields.put("locks-form:month", month);
    fields.put("locks-form:lock-class", "");
    fields.put(button, button.endsWith("unlock") ? "Atrakinti" : "Užrakinti");
    return portal.post(form.attr("action").replaceFirst("^/dienynas/", ""), fields);
  }

  private static Boolean lockedInDatabase() throws Exception {
    try (Connection c = TestPeople.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT locked FROM month_lock WHERE month = ? AND scope = 'SCHOOL'")) {
      ps.setString(1, MONTH);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getBoolean(1) : null;
      }
    }
  }
}
