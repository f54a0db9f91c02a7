package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.people.PersonalCode;
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
 * The registry import with guardian columns through the portal page, on the real EAR: the DB admin
 * uploads a file, the page reports each line by its number (a good one created, a bad guardian's
 * line and a repeated line refused, nothing of them done), the imported guardian is on the child's
 * guardians page, and the same file again leaves everything unchanged.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryImportPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theAdminImportsStudentsWithGuardiansAndReadsTheReportByLine() throws Exception {
    long year = TestPeople.schoolYear();
    TestPeople.gradeClass(year, 5, "a", null);
    String tag = Long.toString(System.nanoTime() % 10_000_000L, 36).replaceAll("\\d", "x");
    String child = code();
    String badOne = code();
    String guardian = "Globėjienė" + tag;
    String csv =
        String.join(
            "\n",
            "Asmens kodas;Vardas;Pavardė;Gimimo data;Klasė;Tėvų vardas;Tėvų pavardė;Tėvų el. paštas;"
                + "Tėvų 2 vardas;Tėvų 2 pavardė;Tėvų 2 el. paštas",
            String.join(
                ";",
                child,
                "Gabija",
                "Importuota" + tag,
                birth(child),
                "5a",
                "Rasa",
                guardian,
                tag + "@pastas.example",
                "",
                "",
                ""),
            String.join(
                ";",
                badOne,
                "Jonas",
                "Blogasis" + tag,
                birth(badOne),
                "5a",
                "Asta",
                "Geroji" + tag,
                "",
                "Petras",
                "Blogas",
                "ne-adresas"),
            String.join(
                ";",
                child,
                "Gabija",
                "Importuota" + tag,
                birth(child),
                "5a",
                "Rasa",
                guardian,
                tag + "@pastas.example",
                "",
                "",
                ""));
    Account admin = TestPeople.staff("Ada", "Administratorė", Role.DB_ADMIN);
    Portal portal = new Portal(contextRoot);
    portal.login(admin.login(), admin.password());

    Map<Integer, String[]> report = importAndWait(portal, year, csv);
    assertEquals("naujas", report.get(2)[2], String.join(" | ", report.get(2)));
    assertEquals("klaida", report.get(3)[2]);
    assertTrue(report.get(3)[3].contains("El. pašto adresas „ne-adresas“"), report.get(3)[3]);
    assertEquals("klaida", report.get(4)[2]);
    assertTrue(report.get(4)[3].contains("jau nurodytas 2 eilutėje"), report.get(4)[3]);
    assertEquals(3, report.size(), report.keySet().toString());
    // nothing of the bad line: not its student, not its good first guardian
    assertEquals(
        "0", TestSchool.query("SELECT COUNT(*) FROM student WHERE personal_code = ?", badOne));
    assertEquals(
        "0", TestSchool.query("SELECT COUNT(*) FROM person WHERE last_name = ?", "Geroji" + tag));

    // the imported guardian on the child's guardians page
    String childId =
        TestSchool.query("SELECT person_id FROM student WHERE personal_code = ?", child);
    Page guardians = portal.get("people/guardians.xhtml?student=" + childId);
    assertEquals(200, guardians.status(), guardians.text());
    Element table = guardians.document().getElementById("guardians-table");
    assertNotNull(table, guardians.text());
    assertTrue(table.text().contains("Rasa " + guardian), table.text());

    // the same file again: the good line unchanged, the bad ones refused again, no second guardian
    Map<Integer, String[]> again = importAndWait(portal, year, csv);
    assertEquals("nepakito", again.get(2)[2], String.join(" | ", again.get(2)));
    assertEquals("klaida", again.get(3)[2]);
    assertEquals("klaida", again.get(4)[2]);
    assertEquals(
        "1", TestSchool.query("SELECT COUNT(*) FROM person WHERE last_name = ?", guardian));
  }

  /** Uploads the file on the page, polls the import's page until it ends; its report by line. */
  private static Map<Integer, String[]> importAndWait(Portal portal, long year, String csv)
      throws InterruptedException {
    Page imports = portal.get("registry/imports.xhtml");
    assertEquals(200, imports.status(), imports.text());
    Page started =
        portal.submitFile(
            imports,
            "#upload-form",
            Map.of(
                "upload-form:start", "",
                "upload-form:kind", "STUDENTS",
                "upload-form:year", String.valueOf(year),
                "upload-form:from_input", "2030-09-01"),
            "upload-form:file",
            "mokiniai.csv",
            csv.getBytes(StandardCharsets.UTF_8));
    Element status = started.document().getElementById("import-status");
    assertNotNull(status, started.text());
    String url = started.document().location();
    for (int i = 0; i < 60 && !status.attr("data-status").equals("COMPLETED"); i++) {
      assertTrue(
          status.attr("data-status").matches("STARTED|VALIDATED"), status.attr("data-status"));
      Thread.sleep(1000);
      Page page = portal.get(url);
      status = page.document().getElementById("import-status");
      started = page;
    }
    assertEquals("COMPLETED", status.attr("data-status"), started.text());
    Page done = started;
    // the progress: every line of data checked, the bar full
    assertEquals("100 %", done.document().select("[id$=import-progress]").text(), done.text());
    String checked = done.document().getElementById("import-lines").text();
    assertTrue(checked.matches("Patikrinta eilučių: (\\d+) iš \\1"), checked);
    Map<Integer, String[]> lines = new HashMap<>();
    for (Element row : done.document().select("[id$=report-table] tbody tr")) {
      String[] cells = row.select("td").stream().map(Element::text).toArray(String[]::new);
      if (cells.length == 4) {
        lines.put(Integer.parseInt(cells[0]), cells);
      }
    }
    assertTrue(
        lines.size() >= 3,
        () -> "the report by line: " + done.document().select("[id$=report-table]").outerHtml());
    return lines;
  }

  private static String code() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return PersonalCode.of(
            LocalDate.ofYearDay(2019, 1 + random.nextInt(365)),
            random.nextBoolean(),
            random.nextInt(lt.dienynas.demo.DemoSchool.FIRST_SERIAL))
        .value();
  }

  private static String birth(String code) {
    return PersonalCode.parse(code).birthDate().toString();
  }
}
