package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.it.TestPeople.SchoolClassRef;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts over HTTP: the lock-out after repeated failures (the realm refuses, the page says so
 * without revealing whether the login exists), the forced password change, the first-login slip,
 * and the login events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsHttpIT {
  private static final String LOCKED = "Per daug nesėkmingų bandymų prisijungti";
  private static final String BAD_LOGIN = "Neteisingas prisijungimo vardas arba slaptažodis";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void fiveFailuresLockTheLoginAndAnUnknownLoginGetsTheSameAnswer() {
    Account guardian = TestPeople.guardian("Lina", "Užrakintienė");
    String unknown = "nera." + guardian.login();
    for (String login : new String[] {guardian.login(), unknown}) {
      Portal portal = new Portal(contextRoot);
      for (int i = 1; i <= 4; i++) {
        Page page = portal.login(login, "Neteisingas-" + i);
        assertTrue(page.text().contains(BAD_LOGIN), page.text());
        assertFalse(page.text().contains(LOCKED), page.text());
      }
      Page fifth = portal.login(login, "Neteisingas-5");
      assertTrue(fifth.text().contains(LOCKED), login + ": " + fifth.text());
    }
    Page rightPassword = new Portal(contextRoot).login(guardian.login(), guardian.password());
    assertTrue(rightPassword.text().contains(LOCKED), rightPassword.text());
    assertNotNull(rightPassword.document().selectFirst("form[action$=j_security_check]"));
    assertEquals(
        List.of("LOCKED"),
        TestPeople.column(
            "SELECT reason FROM login_event WHERE login = ? ORDER BY id DESC LIMIT 1",
            guardian.login()));
    assertEquals(
        List.of("UNKNOWN_LOGIN"),
        TestPeople.column("SELECT DISTINCT reason FROM login_event WHERE login = ?", unknown));

    TestPeople.run("DELETE FROM login_lock WHERE login = ?", guardian.login());
    Page afterUnlock = new Portal(contextRoot).login(guardian.login(), guardian.password());
    assertTrue(afterUnlock.text().contains("Lina Užrakintienė"), afterUnlock.text());
  }

  @Test
  void aSuccessfulLoginIsRecordedOncePerSession() {
    Account librarian = TestPeople.staff("Rima", "Skaitytoja", Role.LIBRARIAN);
    Portal portal = new Portal(contextRoot);
    portal.login(librarian.login(), librarian.password());
    portal.get("index.xhtml");
    portal.get("index.xhtml");
    assertEquals(
        List.of("1"),
        TestPeople.column(
            "SELECT COUNT(*) FROM login_event WHERE login = ? AND success = TRUE AND person_id = ?",
            librarian.login(),
            librarian.personId()));
  }

  @Test
  void theClassTeachersSlipLetsTheStudentInAndThePasswordMustBeChangedFirst() {
    Account classTeacher = TestPeople.staff("Vida", "Auklėtoja", Role.CLASS_TEACHER);
    long year = TestPeople.schoolYear();
    SchoolClassRef sixth = TestPeople.gradeClass(year, 6, "c", classTeacher.personId());
    long student = TestPeople.student("Dovydas", "Slaptažodinis", 2018, sixth.groupId());

    Portal teacher = new Portal(contextRoot);
    teacher.login(classTeacher.login(), classTeacher.password());
    Page slipPage = teacher.get("accounts/slip.xhtml?person=" + student);
    assertEquals(200, slipPage.status(), slipPage.text());
    assertTrue(slipPage.text().contains("Dovydas Slaptažodinis"), slipPage.text());
    Page slip =
        teacher.submit(
            slipPage, "#slip-form", Map.of("slip-form", "slip-form", "slip-issue-button", ""));
    assertNotNull(slip.document().selectFirst("#slip-login"), slip.text());
    String login = slip.document().selectFirst("#slip-login").text();
    String password = slip.document().selectFirst("#slip-password").text();
    assertTrue(login.startsWith("dovydas.slaptazodinis"), login);
    assertTrue(slip.text().contains("6c"), slip.text());

    Portal studentPortal = new Portal(contextRoot);
    Page first = studentPortal.login(login, password);
    assertNotNull(first.document().selectFirst("#password-form"), first.text());
    assertNotNull(
        studentPortal
            .get("people/student.xhtml?id=" + student)
            .document()
            .selectFirst("#password-form"));

    Page weak =
        studentPortal.submit(
            first,
            "#password-form",
            Map.of(
                "password-form", "password-form",
                "current", password,
                "chosen", "trumpas1",
                "repeated", "trumpas1",
                "password-submit", ""));
    assertTrue(weak.text().contains("ne trumpesnis nei 10 simbolių"), weak.text());
    Page changed =
        studentPortal.submit(
            weak,
            "#password-form",
            Map.of(
                "password-form", "password-form",
                "current", password,
                "chosen", "Mano-Naujas-77",
                "repeated", "Mano-Naujas-77",
                "password-submit", ""));
    assertNotNull(changed.document().selectFirst("#landing-welcome"), changed.text());
    assertTrue(changed.text().contains("Slaptažodis pakeistas"), changed.text());
    Page card = studentPortal.get("people/student.xhtml?id=" + student);
    assertEquals(200, card.status());
    assertTrue(card.text().contains("Vida Auklėtoja"), card.text());
    assertTrue(
        new Portal(contextRoot)
            .login(login, "Mano-Naujas-77")
            .text()
            .contains("Dovydas Slaptažodinis"));
  }

  @Test
  void aRoleRefusalIsLoggedWithThePage() {
    Account guardian = TestPeople.guardian("Aldona", "Smalsuolė");
    Portal portal = new Portal(contextRoot);
    portal.login(guardian.login(), guardian.password());
    Page page = portal.get("security/refusals.xhtml");
    assertEquals(403, page.status());
    assertEquals(
        List.of("/security/refusals.xhtml"),
        TestPeople.column(
            "SELECT target_id FROM access_refusal WHERE login = ? AND action = 'ROLE_REFUSED'",
            guardian.login()));
  }
}
