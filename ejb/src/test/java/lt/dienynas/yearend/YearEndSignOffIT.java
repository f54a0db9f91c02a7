package lt.dienynas.yearend;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Set;
import lt.dienynas.correction.CorrectionApplied;
import lt.dienynas.people.StaffMember;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.YearEndSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The class teacher confirms the summary in its §21.18 window (moved by a student's summer work),
 * the deputy accepts it, a confirmed summary stays frozen while the data changes, and a correction
 * act re-opens it visibly so that it is confirmed again with the new content.
 */
@ExtendWith(ArquillianExtension.class)
class YearEndSignOffIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("yearend-signoff-it").addClass(BusinessAssertions.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @Inject Event<CorrectionApplied> corrections;

  @EJB SignOffService signOffs;

  @EJB YearEndWork work;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  @Test
  void confirmedInTheWindowAcceptedFrozenAndReopenedByACorrectionAct() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    YearEndSchool school = YearEndSchool.build(fx, em, 1, 3, 2, 21L);
    long classId = school.classIds.get(0);
    Fixtures.Account teacher = school.classTeachers.get(classId);
    Fixtures.Account deputy =
        fx.account(fx.staff("Rimantas", "Pavaduotojas", Role.DEPUTY), Role.DEPUTY);
    StaffMember otherTeacher = fx.staff("Kitas", "Vadovas", Role.CLASS_TEACHER, Role.TEACHER);
    Fixtures.Account other = fx.account(otherTeacher, Role.CLASS_TEACHER, Role.TEACHER);

    assertRefused(
        "yearend.noSummary",
        () -> AsPerson.call(teacher.login(), teacher.password(), () -> signOffs.confirm(classId)));
    fx.inTx(
        () -> {
          work.store(work.render(classId), null);
          return null;
        });

    SignOffView before =
        AsPerson.call(teacher.login(), teacher.password(), () -> signOffs.view(classId));
    assertEquals(SignOffStatus.OPEN, before.status());
    assertTrue(before.window().summerWork(), "a student has summer work (done 20 August)");
    // 20 August 2031 + 10 working days = 3 September, capped at Friday 29 August
    assertEquals(LocalDate.of(2031, 8, 29), before.window().deadline());

    clock.set(LocalDate.of(2031, 6, 10));
    assertRefused(
        "yearend.windowNotOpen",
        () -> AsPerson.call(teacher.login(), teacher.password(), () -> signOffs.confirm(classId)));
    clock.set(LocalDate.of(2031, 6, 25));
    assertThrows(
        AccessDeniedException.class,
        () -> AsPerson.call(other.login(), other.password(), () -> signOffs.confirm(classId)));
    assertThrows(
        EJBAccessException.class,
        () -> AsPerson.call(teacher.login(), teacher.password(), () -> signOffs.accept(classId)),
        "only the deputy accepts");
    assertRefused(
        "yearend.notConfirmed",
        () -> AsPerson.call(deputy.login(), deputy.password(), () -> signOffs.accept(classId)));

    SignOffView confirmed =
        AsPerson.call(teacher.login(), teacher.password(), () -> signOffs.confirm(classId));
    assertEquals(SignOffStatus.CONFIRMED, confirmed.status());
    assertEquals("Jūratė Vadovaitė0", confirmed.confirmedByName());
    assertEquals(LocalDate.of(2031, 6, 25), confirmed.confirmedAt().toLocalDate());

    // the data changes after the confirmation: the frozen summary is not rendered again
    long student = school.expected.get(classId).get(0).studentId();
    fx.inTx(
        () ->
            em.createNativeQuery(
                    "UPDATE period_grade SET grade_value = '10' WHERE student_id = ?1"
                        + " AND period_kind = 'ANNUAL'")
                .setParameter(1, student)
                .executeUpdate());
    fx.inTx(
        () -> {
          work.store(work.render(classId), null);
          return null;
        });
    SignOffView frozen =
        AsPerson.call(deputy.login(), deputy.password(), () -> signOffs.accept(classId));
    assertEquals(SignOffStatus.ACCEPTED, frozen.status());
    assertEquals(confirmed.summarySha256(), frozen.summarySha256(), "frozen");
    assertEquals("Rimantas Pavaduotojas", frozen.acceptedByName());

    fx.inTx(
        () -> {
          corrections.fire(
              new CorrectionApplied(77L, school.year.getId(), Set.of(student), Set.of()));
          return null;
        });
    SignOffView reopened =
        AsPerson.call(teacher.login(), teacher.password(), () -> signOffs.view(classId));
    assertEquals(SignOffStatus.REOPENED, reopened.status());
    assertEquals(77L, reopened.reopenedByAct());
    assertEquals("REOPENED", reopened.trail().get(reopened.trail().size() - 1).action(), "visible");

    fx.inTx(
        () -> {
          work.store(work.render(classId), null);
          return null;
        });
    SignOffView again =
        AsPerson.call(teacher.login(), teacher.password(), () -> signOffs.confirm(classId));
    assertEquals(SignOffStatus.CONFIRMED, again.status());
    assertNotEquals(confirmed.summarySha256(), again.summarySha256(), "the corrected summary");
    assertEquals(4, again.trail().size(), "confirmed, accepted, re-opened, confirmed");
  }
}
