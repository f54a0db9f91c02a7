package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The year set-up, checklist, import, order and movement pages over HTTP: the DB admin sets up a
 * year through the forms and sees what is still missing; the archivist reaches the movements; a
 * guardian is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchoolYearPagesIT {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminCreatesAYearThroughTheFormsAndTheChecklistSaysWhatIsMissing() {
    Account admin = TestPeople.staff("Giedrius", "Paulauskas", Role.DB_ADMIN);
    Portal portal = new Portal(contextRoot);
    portal.login(admin.login(), admin.password());
    Page setup = portal.get("schoolyear/setup.xhtml");
    assertEquals(200, setup.status());
    assertTrue(setup.text().contains("Mokslo metų nustatymai"), setup.text());

    String name = "T" + ProcessHandle.current().pid() % 10000 + "-" + SEQUENCE.incrementAndGet();
    Page created =
        submit(
            portal,
            setup,
            "new-year",
            "new-year:create",
            Map.of(
                "new-year:name", name,
                "new-year:start_input", "2040-09-01",
                "new-year:end_input", "2041-08-31"));
    assertTrue(created.text().contains(name), created.text());
    assertNotNull(created.document().getElementById("holiday-form"), "the year's forms show");

    Page withHoliday =
        submit(
            portal,
            created,
            "holiday-form",
            "holiday-form:add",
            Map.of(
                "holiday-form:name", "Rudens atostogos",
                "holiday-form:start_input", "2040-10-29",
                "holiday-form:end_input", "2040-11-02"));
    assertTrue(withHoliday.text().contains("Rudens atostogos"), withHoliday.text());

    Page wrong =
        submit(
            portal,
            withHoliday,
            "holiday-form",
            "holiday-form:add",
            Map.of(
                "holiday-form:name", "Per vėlai",
                "holiday-form:start_input", "2042-01-02",
                "holiday-form:end_input", "2042-01-05"));
    assertTrue(wrong.text().contains("nepatenka į mokslo metus"), wrong.text());

    Element checklistLink = withHoliday.document().getElementById("to-checklist");
    assertNotNull(checklistLink);
    Page checklist = portal.get(relative(checklistLink.attr("href")));
    assertTrue(checklist.text().contains("Pasirengimas mokslo metams"), checklist.text());
    assertEquals("true", checklist.document().getElementById("item-holidays").attr("data-done"));
    assertEquals("false", checklist.document().getElementById("item-periods").attr("data-done"));
    assertEquals(
        "false", checklist.document().getElementById("item-lessonTimes").attr("data-done"));

    Element rolloverLink = withHoliday.document().getElementById("to-rollover");
    Page rolloverPage = portal.get(relative(rolloverLink.attr("href")));
    assertTrue(rolloverPage.text().contains(name), rolloverPage.text());
    String next = name + "n";
    Page preview =
        submit(
            portal,
            rolloverPage,
            "rollover-form",
            "rollover-form:preview",
            Map.of(
                "rollover-form:name", next,
                "rollover-form:start_input", "2041-09-01",
                "rollover-form:end_input", "2042-08-31"));
    assertTrue(preview.text().contains("Kas pasikeis"), preview.text());
    assertNotNull(preview.document().getElementById("rollover-form:class-plan"), preview.text());
    Page applied = submit(portal, preview, "rollover-form", "rollover-form:apply", Map.of());
    assertTrue(applied.text().contains("Pasirengimas mokslo metams"), applied.text());
    assertTrue(applied.text().contains(next), applied.text());

    for (String page :
        new String[] {
          "schoolyear/classes.xhtml",
          "schoolyear/staff.xhtml",
          "schoolyear/rollover.xhtml",
          "registry/imports.xhtml",
          "movement/orders.xhtml",
          "movement/students.xhtml",
          "reports/logins.xhtml",
          "schoolyear/timetable-check.xhtml"
        }) {
      Page opened = portal.get(page);
      assertEquals(200, opened.status(), page);
      assertTrue(opened.document().select("form[action$=j_security_check]").isEmpty(), page);
      assertTrue(!opened.text().contains("Įvyko klaida"), page + ": " + opened.text());
    }
  }

  @Test
  void theArchivistSeesMovementsAndAGuardianIsRefusedTheSetUp() {
    Account archivist = TestPeople.staff("Laima", "Adomaitienė", Role.ARCHIVIST);
    Portal portal = new Portal(contextRoot);
    portal.login(archivist.login(), archivist.password());
    Page movements = portal.get("movement/students.xhtml?q=a");
    assertEquals(200, movements.status());
    assertTrue(movements.text().contains("Mokinių judėjimas"), movements.text());
    assertEquals(200, portal.get("movement/orders.xhtml").status());
    assertEquals(403, portal.get("schoolyear/setup.xhtml").status());

    Account guardian = TestPeople.guardian("Rūta", "Kazlauskienė");
    Portal parent = new Portal(contextRoot);
    parent.login(guardian.login(), guardian.password());
    for (String page :
        new String[] {
          "schoolyear/setup.xhtml",
          "registry/imports.xhtml",
          "movement/orders.xhtml",
          "movement/students.xhtml?student=1"
        }) {
      assertEquals(403, parent.get(page).status(), page);
    }
  }

  /** Submits a Faces form as a browser would: its fields, the view state and the button. */
  private static Page submit(
      Portal portal, Page page, String formId, String buttonId, Map<String, String> values) {
    Element form = page.document().getElementById(formId);
    assertNotNull(form, () -> "no form " + formId + " in " + page.text());
    Map<String, String> fields = Portal.formFields(page, form);
    for (Element input : form.select("input[name]")) {
      if (!input.attr("type").equals("submit") && !input.attr("type").equals("checkbox")) {
        fields.put(input.attr("name"), input.val());
      }
    }
    for (Element select : form.select("select[name]")) {
      Element selected = select.selectFirst("option[selected]");
      fields.put(
          select.attr("name"),
          selected != null ? selected.val() : select.select("option").first().val());
    }
    fields.putAll(values);
    fields.put(buttonId, "");
    return portal.post(relative(form.attr("action")), fields);
  }

  /** A link or form action of the portal, relative to its context root. */
  private static String relative(String url) {
    int root = url.indexOf("/dienynas/");
    return root >= 0 ? url.substring(root + "/dienynas/".length()) : url;
  }
}
