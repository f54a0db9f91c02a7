package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The year-end pages over HTTP: the class teacher's overview and summary page (confirming before
 * the job has produced the summary is refused with a message), the admin's job page and the archive
 * page, and the refusals for people who have no business there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class YearEndPagesIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theClassTeacherSeesTheClassAndCannotConfirmASummaryNotYetProduced() {
    long year = TestPeople.schoolYear();
    TestPeople.Account teacher =
        TestPeople.staff("Jūratė", "Suvestinaitė", Role.CLASS_TEACHER, Role.TEACHER);
    TestPeople.Account otherTeacher =
        TestPeople.staff("Kęstas", "Kitoklis", Role.CLASS_TEACHER, Role.TEACHER);
    TestPeople.SchoolClassRef schoolClass = TestPeople.gradeClass(year, 6, "b", teacher.personId());
    TestPeople.student("Ūla", "Žilinskaitė", 2019, schoolClass.groupId());

    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    Portal.Page overview = portal.get("yearend/index.xhtml?year=" + year);
    assertEquals(200, overview.status(), overview.text());
    assertTrue(overview.text().contains(schoolClass.name()), overview.text());
    assertTrue(overview.text().contains("Dar nesudaryta"));

    Portal.Page summary = portal.get("yearend/summary.xhtml?class=" + schoolClass.classId());
    assertEquals(200, summary.status(), summary.text());
    assertTrue(summary.text().contains("Nepatvirtinta"), summary.text());
    Portal.Page refused =
        portal.submit(
            summary, "#yearend-summary-form", Map.of("yearend-confirm", "Patikrinau ir tvirtinu"));
    assertTrue(
        refused.text().contains("Suvestinė dar nesudaryta"), "a clear message: " + refused.text());

    Portal other = new Portal(contextRoot);
    other.login(otherTeacher.login(), otherTeacher.password());
    Portal.Page foreign = other.get("yearend/summary.xhtml?class=" + schoolClass.classId());
    assertTrue(foreign.text().contains(REFUSED), "another class's summary: " + foreign.text());
    Portal.Page guessed = other.get("yearend/summary.xhtml?class=987654321");
    assertTrue(guessed.text().contains(REFUSED), "a guessed id gets the same refusal");
  }

  @Test
  void theAdminRunsTheJobsAndTheArchivistVerifiesPackagesOthersAreRefused() {
    TestPeople.Account admin = TestPeople.staff("Giedrius", "Užduotėlis", Role.DB_ADMIN);
    TestPeople.Account archivist = TestPeople.staff("Laima", "Archyvė", Role.ARCHIVIST);
    TestPeople.Account teacher = TestPeople.staff("Tomas", "Mokytojėlis", Role.TEACHER);

    Portal asAdmin = new Portal(contextRoot);
    asAdmin.login(admin.login(), admin.password());
    Portal.Page jobs = asAdmin.get("yearend/jobs.xhtml");
    assertEquals(200, jobs.status(), jobs.text());
    assertTrue(jobs.text().contains("Metų pabaigos užduotys"));
    assertTrue(
        jobs.document().getElementById("yearend-start-archive") != null,
        "the start buttons are there");

    Portal asArchivist = new Portal(contextRoot);
    asArchivist.login(archivist.login(), archivist.password());
    Portal.Page archive = asArchivist.get("yearend/archive.xhtml");
    assertEquals(200, archive.status(), archive.text());
    assertTrue(archive.text().contains("Archyvo paketai"));
    assertTrue(asArchivist.get("yearend/jobs.xhtml").text().contains(REFUSED));

    Portal asTeacher = new Portal(contextRoot);
    asTeacher.login(teacher.login(), teacher.password());
    assertTrue(asTeacher.get("yearend/jobs.xhtml").text().contains(REFUSED));
    assertTrue(asTeacher.get("yearend/archive.xhtml").text().contains(REFUSED));
  }
}
