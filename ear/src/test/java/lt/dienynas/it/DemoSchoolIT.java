package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import lt.dienynas.demo.DemoSchool;
import lt.dienynas.demo.DemoSchool.DemoLogin;
import lt.dienynas.it.Portal.Page;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo school the run command loads: it loads into the migrated schema, twice changes nothing,
 * and every demo login of the README reaches its landing page with the name spelt right.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoSchoolIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void everyDemoLoginReachesItsLandingPage() throws Exception {
    try (Connection c = TestPeople.connect()) {
      DemoSchool.load(c);
      long people = count(c, "SELECT COUNT(*) FROM person");
      assertTrue(DemoSchool.load(c).alreadyLoaded());
      assertEquals(
          people, count(c, "SELECT COUNT(*) FROM person"), "a second load changes nothing");
    }
    List<String> failures = new ArrayList<>();
    for (DemoLogin demo : DemoSchool.LOGINS) {
      Page page = new Portal(contextRoot).login(demo.login(), DemoSchool.PASSWORD);
      if (page.document().getElementById("landing-" + demo.role().name()) == null
          || !page.text().contains(demo.fullName())) {
        failures.add(demo.login() + " (" + demo.role() + "): " + page.text());
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
