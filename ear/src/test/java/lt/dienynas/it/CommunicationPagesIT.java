package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.it.TestPeople.SchoolClassGroup;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The messaging, announcement and survey pages over HTTP: who gets them and who is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommunicationPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theMenuLeadsToTheInboxAndTheHeaderShowsTheUnreadCount() {
    Account librarian = TestPeople.staff("Aldona", "Knygienė", Role.LIBRARIAN);
    Portal portal = new Portal(contextRoot);
    Page start = portal.login(librarian.login(), librarian.password());
    assertEquals("0", start.document().getElementById("unread-count").text());
    assertNotNull(start.document().selectFirst("a[href*=messaging/inbox.xhtml]"), start.text());
    Page inbox = portal.get("messaging/inbox.xhtml");
    assertEquals(200, inbox.status());
    assertTrue(inbox.text().contains("Žinučių nėra."), inbox.text());
  }

  @Test
  void aClassTeacherAnnouncesToTheirClassAndADeputyRunsSurveys() {
    Account teacher = TestPeople.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER);
    SchoolClassGroup fifth = TestPeople.gradeClass(5, "b", teacher.personId());
    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    Page announcements = portal.get("announcements/announcements.xhtml");
    assertEquals(200, announcements.status());
    assertTrue(
        announcements.document().select("#class option").stream()
            .anyMatch(o -> o.text().equals(fifth.name())),
        announcements.text());
    // a class teacher is not a survey manager
    assertEquals(403, portal.get("survey/surveys.xhtml").status());

    Account deputy = TestPeople.staff("Daiva", "Pavaduotoja", Role.DEPUTY);
    Portal deputyPortal = new Portal(contextRoot);
    deputyPortal.login(deputy.login(), deputy.password());
    Page surveys = deputyPortal.get("survey/surveys.xhtml");
    assertEquals(200, surveys.status());
    assertTrue(surveys.text().contains("Nauja apklausa"), surveys.text());
  }

  @Test
  void aGuessedMessageOrAttachmentIsRefused() {
    Account guardian = TestPeople.guardian("Rūta", "Smalsuolė");
    Portal portal = new Portal(contextRoot);
    portal.login(guardian.login(), guardian.password());
    assertEquals(403, portal.get("messaging/message.xhtml?id=987654321").status());
    assertEquals(403, portal.get("messaging/attachment?id=987654321").status());
  }
}
