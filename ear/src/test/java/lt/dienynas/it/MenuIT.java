package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import lt.dienynas.web.shell.MenuCatalog;
import lt.dienynas.web.shell.MenuEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the portal renders in the menu of each role: exactly that role's entries, nothing else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MenuIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void everyRolesMenuHoldsOnlyItsEntriesAndItsLandingSection() {
    List<String> mismatches = new ArrayList<>();
    for (Role role : Role.values()) {
      Account account = TestPeople.withRole(role);
      Page page = new Portal(contextRoot).login(account.login(), account.password());
      Set<String> rendered =
          page.document().select("[id^=menu-]").stream()
              .map(e -> e.id())
              .collect(Collectors.toCollection(TreeSet::new));
      Set<String> expected =
          new MenuCatalog()
              .entriesFor(role).stream()
                  .map(MenuEntry::elementId)
                  .collect(Collectors.toCollection(TreeSet::new));
      if (!expected.equals(rendered)) {
        mismatches.add(role + ": expected " + expected + ", rendered " + rendered);
      }
      // every entry links straight to its page (its landing section for an entry not built yet)
      for (MenuEntry entry : new MenuCatalog().entriesFor(role)) {
        org.jsoup.nodes.Element item = page.document().getElementById(entry.elementId());
        org.jsoup.nodes.Element link =
            item == null ? null : item.tagName().equals("a") ? item : item.selectFirst("a");
        String href = link == null ? null : link.attr("href");
        String address = contextRoot.getPath().replaceAll("/$", "") + entry.outcome();
        if (href == null || !href.equals(address) && !href.startsWith(address + "#landing-")) {
          mismatches.add(role + ": " + entry.elementId() + " links to " + href);
        }
      }
      if (page.document().getElementById("landing-" + role.name()) == null) {
        mismatches.add(role + ": no landing section in " + page.text());
      }
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  @Test
  void aMenuLinkOpensItsPage() {
    Account teacher = TestPeople.withRole(Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    Page landing = portal.login(teacher.login(), teacher.password());
    String href =
        landing.document().select("[id^=menu-] a, a[id^=menu-]").stream()
            .map(a -> a.attr("href"))
            .filter(h -> h.contains("/journal/index.xhtml"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no journal entry in " + landing.text()));
    Page journal = portal.get(href.substring(contextRoot.getPath().length()));
    assertEquals(200, journal.status(), journal.text());
  }

  @Test
  void aGuardiansMenuHasNoAdministrationAndAnItSpecialistsOnlySystemHealth() {
    Account guardian = TestPeople.withRole(Role.GUARDIAN);
    Page page = new Portal(contextRoot).login(guardian.login(), guardian.password());
    for (String admin :
        new String[] {"menu-users", "menu-classes", "menu-locks", "menu-year-setup"}) {
      assertEquals(null, page.document().getElementById(admin), admin);
    }
    Account it = TestPeople.withRole(Role.IT_SPECIALIST);
    Set<String> itMenu =
        new Portal(contextRoot)
            .login(it.login(), it.password()).document().select("[id^=menu-]").stream()
                .map(e -> e.id())
                .collect(Collectors.toSet());
    assertEquals(Set.of("menu-system-health"), itMenu);
  }
}
