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

/** FORM login through the Elytron JDBC realm over the product's own account table. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginIT {

  private static final String BAD_LOGIN = "Neteisingas prisijungimo vardas arba slaptažodis";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void anAnonymousRequestToAProtectedPageGetsTheLoginForm() {
    Portal portal = new Portal(contextRoot);
    for (String path : new String[] {"", "index.xhtml"}) {
      Page page = portal.get(path);
      assertEquals(200, page.status(), path);
      assertLoginForm(page);
      assertTrue(page.text().contains("Prisijungimas"), page.text());
    }
  }

  @Test
  void theRightPasswordOpensTheLandingPageWithTheNameInLithuanian() {
    Account teacher = TestPeople.staff("Žydrūnė", "Šėmaitytė-Ąžuolienė", Role.TEACHER);
    Page page = new Portal(contextRoot).login(teacher.login(), teacher.password());
    assertEquals(200, page.status());
    assertNull(page.document().selectFirst("form[action$=j_security_check]"), page.text());
    assertTrue(page.text().contains("Žydrūnė Šėmaitytė-Ąžuolienė"), page.text());
  }

  @Test
  void aWrongPasswordIsRefusedWithALithuanianMessage() {
    Account teacher = TestPeople.staff("Jonas", "Petraitis", Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    Page page = portal.login(teacher.login(), teacher.password() + "x");
    assertLoginForm(page);
    assertTrue(page.text().contains(BAD_LOGIN), page.text());
    assertLoginForm(portal.get("index.xhtml"));
  }

  @Test
  void anUnknownUserIsRefusedTheSameWay() {
    Page page = new Portal(contextRoot).login("nera-tokio-vartotojo", "Slaptazodis-1");
    assertLoginForm(page);
    assertTrue(page.text().contains(BAD_LOGIN), page.text());
  }

  @Test
  void aDisabledAccountCannotLogIn() {
    Account guardian = TestPeople.guardian("Rūta", "Kazlauskienė");
    TestPeople.disable(guardian);
    Page page = new Portal(contextRoot).login(guardian.login(), guardian.password());
    assertLoginForm(page);
    assertTrue(page.text().contains(BAD_LOGIN), page.text());
    assertFalse(page.text().contains("Rūta Kazlauskienė"));
  }

  @Test
  void loggingOutEndsTheSession() {
    Account teacher = TestPeople.staff("Ona", "Žilienė", Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    Page landing = portal.login(teacher.login(), teacher.password());
    org.jsoup.nodes.Element form = landing.document().getElementById("logout-form");
    assertNotNull(form, landing.text());
    java.util.Map<String, String> fields = Portal.formFields(landing, form);
    org.jsoup.nodes.Element button = landing.document().getElementById("logout");
    fields.put(button.attr("name").isEmpty() ? button.id() : button.attr("name"), "");
    Page after = portal.post(form.attr("action").replaceFirst("^/dienynas/", ""), fields);
    assertLoginForm(after);
    assertLoginForm(portal.get("index.xhtml"));
  }

  private static void assertLoginForm(Page page) {
    assertNotNull(
        page.document().selectFirst("form[action$=j_security_check]"),
        () -> "expected the login form, got: " + page.text());
  }
}
