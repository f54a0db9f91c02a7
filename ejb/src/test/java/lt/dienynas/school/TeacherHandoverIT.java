package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.TeacherHandoverService.AssignmentLine;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.PdfText;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A leaving teacher (§31): their groups go to a successor from a day; what they taught before stays
 * theirs, and their records print for signature.
 */
@ExtendWith(ArquillianExtension.class)
class TeacherHandoverIT {
  private static final LocalDate HANDOVER = LocalDate.of(2031, 1, 10);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("teacher-handover-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB TeacherHandoverService handovers;

  @EJB AccessPolicy policy;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  private long lesson(StudyGroup group, Subject subject, StaffMember teacher, LocalDate date)
      throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number,"
                    + " topic) VALUES (?, ?, ?, ?, 2, 'Trupmenų sudėtis')",
                Statement.RETURN_GENERATED_KEYS)) {
      ps.setLong(1, group.getId());
      ps.setLong(2, subject.getId());
      ps.setLong(3, teacher.getId());
      ps.setObject(4, date);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  @Test
  void aHandoverKeepsTheAuthorshipOfOldRecordsAndPrintsThemForSignature() throws Exception {
    Fixtures fixtures = new Fixtures(em, tx);
    SchoolYear year = fixtures.year();
    StaffMember leaving = fixtures.staff("Vytautas", "Žemaitis", Role.TEACHER);
    StaffMember successor = fixtures.staff("Gražina", "Šimkienė", Role.TEACHER);
    Subject math = fixtures.subject("Matematika");
    StudyGroup class7a = fixtures.gradeClass(year, 7, "a", null);
    StudyGroup group = fixtures.group(year, GroupKind.SUBJECT, "7a matematikos", class7a, math);
    fixtures.teach(leaving, math, class7a, year.getStartDate());
    fixtures.teach(leaving, math, group, year.getStartDate());
    List<Long> oldIds =
        em.createNamedQuery(TeachingAssignment.FIND_BY_TEACHER, TeachingAssignment.class)
            .setParameter("teacher", leaving)
            .getResultStream()
            .map(TeachingAssignment::getId)
            .toList();
    long given = lesson(group, math, leaving, HANDOVER.minusDays(3));
    Account admin = fixtures.account(fixtures.staff("Ada", "Admin", Role.DB_ADMIN));

    List<AssignmentLine> created =
        AsPerson.call(
            admin.login(),
            admin.password(),
            () -> handovers.handOver(leaving.getId(), successor.getId(), HANDOVER, true));
    assertEquals(2, created.size());

    em.clear();
    List<TeachingAssignment> old =
        em.createNamedQuery(TeachingAssignment.FIND_BY_TEACHER, TeachingAssignment.class)
            .setParameter("teacher", em.find(StaffMember.class, leaving.getId()))
            .getResultList();
    assertEquals(
        oldIds.stream().sorted().toList(),
        old.stream().map(TeachingAssignment::getId).sorted().toList(),
        "the old assignments stay the leaving teacher's");
    for (TeachingAssignment a : old) {
      assertEquals(year.getStartDate(), a.getValidFrom());
      assertEquals(HANDOVER.minusDays(1), a.getValidTo().orElseThrow());
    }
    assertFalse(em.find(StaffMember.class, leaving.getId()).isActive());

    Actor before = new Actor(leaving.getId(), "leaving", Set.of(Role.TEACHER));
    Actor after = new Actor(successor.getId(), "successor", Set.of(Role.TEACHER));
    assertTrue(policy.mayWriteGroupJournal(before, group.getId(), HANDOVER.minusDays(1)));
    assertFalse(policy.mayWriteGroupJournal(before, group.getId(), HANDOVER));
    assertTrue(policy.mayWriteGroupJournal(after, group.getId(), HANDOVER));
    assertFalse(policy.mayWriteGroupJournal(after, group.getId(), HANDOVER.minusDays(1)));
    assertTrue(policy.mayReadGroupJournal(before, group.getId()), "they still read what they kept");
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT teacher_id FROM lesson WHERE id = ?")) {
      ps.setLong(1, given);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertEquals(leaving.getId(), rs.getLong(1), "the lesson given before stays theirs");
      }
    }

    byte[] pdf =
        AsPerson.call(
            admin.login(),
            admin.password(),
            () ->
                handovers.recordsForSignature(
                    leaving.getId(), HANDOVER.minusDays(1), Locale.forLanguageTag("lt")));
    String text = PdfText.of(pdf);
    assertTrue(text.contains("MOKINIŲ UGDYMO APSKAITOS PERDAVIMAS"), text);
    assertTrue(text.contains("Vytautas Žemaitis"), text);
    assertTrue(text.contains("Gražina Šimkienė"), text);
    assertTrue(text.contains("Matematika"), text);
    assertTrue(text.contains(HANDOVER.minusDays(1).toString()), text);
    assertTrue(text.contains("Pamokos"), text);
    assertTrue(text.contains(HANDOVER.minusDays(3) + " –"), "the lesson given, in: " + text);

    BusinessException nothingLeft =
        org.junit.jupiter.api.Assertions.assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    admin.login(),
                    admin.password(),
                    () -> handovers.handOver(leaving.getId(), successor.getId(), HANDOVER, false)));
    assertEquals("handover.nothing", nothingLeft.getKey());
  }
}
