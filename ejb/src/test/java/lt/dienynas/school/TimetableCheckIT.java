package lt.dienynas.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.TimetableCheck.Mismatch;
import lt.dienynas.security.Role;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** §18.8: the classes whose weekly timetable differs from the curriculum of their grade. */
@ExtendWith(ArquillianExtension.class)
class TimetableCheckIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("timetable-check-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @EJB TimetableCheckService check;

  @Test
  void theCheckNamesEachClassAndSubjectWhoseWeeklyLessonsDifferFromTheCurriculum()
      throws Exception {
    Fixtures fixtures = new Fixtures(em, tx);
    SchoolYear year = fixtures.year();
    StaffMember teacher = fixtures.staff("Aldona", "Mokytoja", Role.TEACHER);
    Subject math = fixtures.subject("Matematika");
    Subject english = fixtures.subject("Anglų kalba");
    StudyGroup fiveA = fixtures.gradeClass(year, 5, "a", null);
    StudyGroup fiveB = fixtures.gradeClass(year, 5, "b", null);
    StudyGroup english1 = fixtures.group(year, GroupKind.SUBJECT, "5a anglų 1", fiveA, english);
    StudyGroup english2 = fixtures.group(year, GroupKind.SUBJECT, "5a anglų 2", fiveA, english);
    fixtures.inTx(
        () -> {
          SchoolYear managed = em.find(SchoolYear.class, year.getId());
          em.persist(new CurriculumLine(managed, 5, em.find(Subject.class, math.getId()), 4));
          em.persist(new CurriculumLine(managed, 5, em.find(Subject.class, english.getId()), 3));
          return null;
        });
    LocalDate start = year.getStartDate();
    for (int lesson = 1; lesson <= 4; lesson++) {
      slot(year, fiveA, math, teacher, 1, lesson, start, null);
      slot(
          year,
          english1,
          english,
          teacher,
          2,
          lesson,
          start,
          lesson == 4 ? start.plusDays(6) : null);
      slot(
          year,
          english2,
          english,
          teacher,
          3,
          lesson,
          start,
          lesson == 4 ? start.plusDays(6) : null);
      if (lesson < 4) {
        slot(year, fiveB, math, teacher, 4, lesson, start, null);
      }
    }
    Account admin = fixtures.account(fixtures.staff("Ada", "Admin", Role.DB_ADMIN));

    List<Mismatch> onTheFirstDay =
        AsPerson.call(admin.login(), admin.password(), () -> check.check(year.getId(), start));
    assertEquals(
        List.of("5a anglų kalba 3≠4", "5b anglų kalba 3≠0", "5b matematika 4≠3"),
        onTheFirstDay.stream().map(TimetableCheckIT::describe).toList(),
        "a 4th English lesson in each half of 5a counts once, not twice");

    List<Mismatch> aWeekLater =
        AsPerson.call(
            admin.login(), admin.password(), () -> check.check(year.getId(), start.plusDays(7)));
    assertEquals(
        List.of("5b anglų kalba 3≠0", "5b matematika 4≠3"),
        aWeekLater.stream().map(TimetableCheckIT::describe).toList());

    Account plain = fixtures.account(fixtures.staff("Jonas", "Mokytojas", Role.TEACHER));
    assertThrows(
        EJBAccessException.class,
        () ->
            AsPerson.call(plain.login(), plain.password(), () -> check.check(year.getId(), start)));
  }

  private static String describe(Mismatch m) {
    return m.className()
        + " "
        + m.subject().toLowerCase()
        + " "
        + m.curriculum()
        + "≠"
        + m.timetable();
  }

  private void slot(
      SchoolYear year,
      StudyGroup group,
      Subject subject,
      StaffMember teacher,
      int weekday,
      int lesson,
      LocalDate from,
      LocalDate to)
      throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO timetable_slot (school_year_id, weekday, lesson_number, group_id,"
                    + " subject_id, teacher_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, year.getId());
      ps.setInt(2, weekday);
      ps.setInt(3, lesson);
      ps.setLong(4, group.getId());
      ps.setLong(5, subject.getId());
      ps.setLong(6, teacher.getId());
      ps.setObject(7, from);
      ps.setObject(8, to);
      ps.executeUpdate();
    }
  }
}
