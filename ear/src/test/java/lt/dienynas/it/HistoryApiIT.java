package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.CellChange;
import lt.dienynas.client.model.ChainVerification;
import lt.dienynas.client.model.HistoryAction;
import lt.dienynas.client.model.Mark;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change history through the generated API client (§19.7): a cell's marks, written and changed
 * by the teacher, are its history oldest first with who did it and the values before and after —
 * for whoever reads the lesson's journal, refused to a guardian and to another class's teacher; the
 * history chain's verification is the management's and the DB admin's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryApiIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 9);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aCellsHistoryNamesEveryChangeAndTheChainVerifies() throws Exception {
    TestSchool school = TestSchool.create(7, 2);
    TestSchool other = TestSchool.create(7, 1);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 3);
    DienynasApi teacher = client(school.teacher);
    DienynasApi deputy = client(TestPeople.staff("Rimas", "Istorinis", Role.DEPUTY));
    DienynasApi admin = client(TestPeople.staff("Giedrius", "Grandinės", Role.DB_ADMIN));
    DienynasApi director = client(TestPeople.staff("Dalia", "Tikrinanti", Role.DIRECTOR));
    DienynasApi guardian = client(TestSchool.guardianOf("Aldona", "Istorijos", student));

    assertTrue(teacher.getCellHistory(lesson, student).isEmpty(), "nothing written yet");
    teacher.saveMark(lesson, student, new Mark().notation("7"), null);
    teacher.saveMark(lesson, student, new Mark().notation("9"), null);

    List<CellChange> history = deputy.getCellHistory(lesson, student);
    assertEquals(
        List.of(HistoryAction.INSERT, HistoryAction.UPDATE),
        history.stream().map(CellChange::getAction).toList(),
        history::toString);
    CellChange changed = history.get(1);
    assertEquals(school.teacher.login(), changed.getActorLogin());
    assertEquals("mark", changed.getEntityType());
    assertTrue(changed.getSource().startsWith("api PUT"), changed.getSource());
    assertTrue(changed.getBeforeValue().contains("\"7\""), changed.getBeforeValue());
    assertTrue(changed.getAfterValue().contains("\"9\""), changed.getAfterValue());
    assertNull(history.get(0).getBeforeValue());
    assertNull(changed.getCorrectionActId());
    assertTrue(teacher.getCellHistory(lesson, school.students.get(1)).isEmpty());

    assertRefused(403, () -> guardian.getCellHistory(lesson, student));
    assertRefused(403, () -> client(other.teacher).getCellHistory(lesson, student));
    assertRefused(403, () -> teacher.getCellHistory(Long.MAX_VALUE, student));

    ChainVerification verified = director.verifyHistoryChain();
    assertTrue(verified.getIntact(), verified::toString);
    assertTrue(verified.getCheckedEntries() >= 2, verified::toString);
    assertNull(verified.getFirstBadEntryId());
    assertTrue(admin.verifyHistoryChain().getCheckedEntries() >= verified.getCheckedEntries());
    for (DienynasApi who : List.of(teacher, client(school.classTeacher), guardian)) {
      assertRefused(403, () -> who.verifyHistoryChain());
    }
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
