package lt.dienynas.correction;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.people.Person;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.Role;
import org.junit.jupiter.api.Test;

/** The act's state machine and its people rules, without a container. */
class CorrectionActTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 2, 10, 15);

  private final SchoolYear year =
      new SchoolYear("2026–2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
  private final StaffMember teacher =
      new StaffMember("Jūratė", "Petrauskienė", Set.of(Role.TEACHER));
  private final StaffMember deputy = new StaffMember("Rimantas", "Žukauskas", Set.of(Role.DEPUTY));
  private final StaffMember admin =
      new StaffMember("Giedrius", "Paulauskas", Set.of(Role.DB_ADMIN));
  private final StaffMember secondAdmin =
      new StaffMember("Laima", "Adomaitienė", Set.of(Role.DB_ADMIN));

  /** A deputy who is also a DB admin: may answer once, never for both parties. */
  private final StaffMember both =
      new StaffMember("Dalia", "Stankevičienė", Set.of(Role.DEPUTY, Role.DB_ADMIN));

  private CorrectionAct draft(Person author) {
    StudyGroup group = StudyGroup.ofClass(new SchoolClass(year, 6, "a"));
    return new CorrectionAct(
        year,
        7,
        author,
        teacher,
        group,
        null,
        LocalDate.of(2027, 2, 10),
        "Klaida",
        "Priežastis",
        NOW);
  }

  private CorrectionAct submitted(Person author) {
    CorrectionAct act = draft(author);
    act.submit(NOW);
    return act;
  }

  @Test
  void numberNamesTheYearAndTheSequence() {
    CorrectionAct act = draft(teacher);
    assertEquals("2026-2027/007", act.getNumber());
    assertEquals(CorrectionStatus.DRAFT, act.getStatus());
  }

  @Test
  void agreedByBothPartiesThenAppliedByAnAdminOtherThanTheAuthor() {
    CorrectionAct act = submitted(teacher);
    assertEquals(CorrectionStatus.SUBMITTED, act.getStatus());
    act.decideAsDeputy(deputy, Decision.AGREED, null, NOW.plusHours(1));
    assertEquals(CorrectionStatus.SUBMITTED, act.getStatus(), "one answer is not agreement");
    act.decideAsAdmin(admin, Decision.AGREED, " ", NOW.plusHours(2));
    assertEquals(CorrectionStatus.AGREED, act.getStatus());
    assertEquals(Optional.empty(), act.getAdminComment(), "a blank comment is no comment");
    act.markApplied(admin, NOW.plusHours(3));
    assertEquals(CorrectionStatus.APPLIED, act.getStatus());
    assertEquals(Optional.of(admin), act.getAppliedBy());
    assertEquals(Optional.of(NOW.plusHours(3)), act.getAppliedAt());
    act.archive(NOW.plusDays(200));
    assertEquals(CorrectionStatus.ARCHIVED, act.getStatus());
  }

  @Test
  void anyRejectionRejectsTheActAndNeedsAReason() {
    CorrectionAct act = submitted(teacher);
    assertRefused(
        "correction.rejectReason", () -> act.decideAsAdmin(admin, Decision.REJECTED, " ", NOW));
    act.decideAsAdmin(admin, Decision.REJECTED, "Ne ta klasė", NOW);
    assertEquals(CorrectionStatus.REJECTED, act.getStatus());
    assertRefused(
        "correction.status", () -> act.decideAsDeputy(deputy, Decision.AGREED, null, NOW));
    assertRefused("correction.notAgreed", () -> act.markApplied(secondAdmin, NOW));
  }

  @Test
  void aDraftCannotBeDecidedOrApplied() {
    CorrectionAct act = draft(teacher);
    assertRefused(
        "correction.status", () -> act.decideAsDeputy(deputy, Decision.AGREED, null, NOW));
    assertRefused("correction.notAgreed", () -> act.markApplied(admin, NOW));
  }

  @Test
  void submittedOnceAndAnsweredOncePerParty() {
    CorrectionAct act = submitted(teacher);
    assertRefused("correction.status", () -> act.submit(NOW));
    act.decideAsDeputy(deputy, Decision.AGREED, null, NOW);
    assertRefused(
        "correction.decided", () -> act.decideAsDeputy(deputy, Decision.AGREED, null, NOW));
  }

  @Test
  void theAuthorNeverDecidesNorAppliesTheirOwnAct() {
    CorrectionAct byDeputy = submitted(deputy);
    assertRefused(
        "correction.ownAct", () -> byDeputy.decideAsDeputy(deputy, Decision.AGREED, null, NOW));
    CorrectionAct byAdmin = submitted(admin);
    assertRefused(
        "correction.ownAct", () -> byAdmin.decideAsAdmin(admin, Decision.AGREED, null, NOW));
    byAdmin.decideAsDeputy(deputy, Decision.AGREED, null, NOW);
    byAdmin.decideAsAdmin(secondAdmin, Decision.AGREED, null, NOW);
    assertEquals(CorrectionStatus.AGREED, byAdmin.getStatus());
    assertRefused("correction.ownAct", () -> byAdmin.markApplied(admin, NOW));
    byAdmin.markApplied(secondAdmin, NOW);
    assertTrue(byAdmin.getAppliedAt().isPresent());
  }

  @Test
  void onePersonNeverAnswersForBothParties() {
    CorrectionAct act = submitted(teacher);
    act.decideAsDeputy(both, Decision.AGREED, null, NOW);
    assertRefused(
        "correction.samePerson", () -> act.decideAsAdmin(both, Decision.AGREED, null, NOW));
    CorrectionAct other = submitted(teacher);
    other.decideAsAdmin(both, Decision.AGREED, null, NOW);
    assertRefused(
        "correction.samePerson", () -> other.decideAsDeputy(both, Decision.AGREED, null, NOW));
    assertEquals(CorrectionStatus.SUBMITTED, other.getStatus());
  }

  @Test
  void textsAreRequiredAndBounded() {
    StudyGroup group = StudyGroup.ofClass(new SchoolClass(year, 6, "b"));
    assertRefused(
        "correction.text",
        () ->
            new CorrectionAct(
                year, 1, teacher, teacher, group, null, NOW.toLocalDate(), " ", "x", NOW));
    String tooLong = "x".repeat(CorrectionAct.TEXT_LENGTH + 1);
    assertRefused(
        "correction.text",
        () ->
            new CorrectionAct(
                year, 1, teacher, teacher, group, null, NOW.toLocalDate(), "x", tooLong, NOW));
  }
}
