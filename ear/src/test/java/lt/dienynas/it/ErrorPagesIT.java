package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

  private static void assertNoStackTrace(Page page) {
    String html = page.document().html();
    assertFalse(html.contains(".java:"), html);
    assertFalse(page.text().contains("Exception"), page.text());
  }
}
