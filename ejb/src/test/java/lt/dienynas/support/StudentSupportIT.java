package lt.dienynas.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.support.StudentSupportService.Supported;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who a specialist supports decides whose diary they see (requirements §1, §24–§27). */
@ExtendWith(ArquillianExtension.class)
class StudentSupportIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("student-support-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @EJB StudentSupportService support;
  @EJB AccessPolicy policy;
  @EJB Actors actors;

  @Test
  void theAdminAssignsAndEndsSupportAndTheDiaryOpensAndCloses() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Account admin = fx.account(fx.staff("Aldona", "Priskirianti", Role.DB_ADMIN));
    StaffMember psychologist = fx.staff("Eglė", "Psichologė", Role.PSYCHOLOGIST);
    Account specialist = fx.account(psychologist);
    StaffMember librarian = fx.staff("Bronė", "Knygininkė", Role.LIBRARIAN);
    Student student = fx.student("Paulius", "Pagalbinis", 2018);

    assertFalse(policy.mayReadStudentDiary(actors.byLogin(specialist.login()), student.getId()));
    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          support.assign(psychologist.getId(), student.getId());
          return null;
        });
    assertTrue(policy.mayReadStudentDiary(actors.byLogin(specialist.login()), student.getId()));
    Supported current =
        AsPerson.call(specialist.login(), specialist.password(), support::mySupportedStudents)
            .get(0);
    assertEquals(student.getId(), current.studentId());
    assertEquals(LocalDate.now(SchoolClock.ZONE), current.from());

    BusinessException duplicate =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    admin.login(),
                    admin.password(),
                    () -> {
                      support.assign(psychologist.getId(), student.getId());
                      return null;
                    }));
    assertEquals("support.duplicate", duplicate.getKey());
    BusinessException notSpecialist =
        assertThrows(
            BusinessException.class,
            () ->
                AsPerson.call(
                    admin.login(),
                    admin.password(),
                    () -> {
                      support.assign(librarian.getId(), student.getId());
                      return null;
                    }));
    assertEquals("support.notSpecialist", notSpecialist.getKey());

    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          support.unassign(current.supportId());
          return null;
        });
    assertFalse(policy.mayReadStudentDiary(actors.byLogin(specialist.login()), student.getId()));
    assertTrue(
        AsPerson.call(
                admin.login(), admin.password(), () -> support.supportedBy(psychologist.getId()))
            .isEmpty());
  }
}
