package lt.dienynas.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import lt.dienynas.people.Guardian;
import lt.dienynas.people.Student;
import lt.dienynas.reporting.LoginAnalyticsService.ClassLogins;
import lt.dienynas.reporting.LoginAnalyticsService.PersonLogins;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
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

/**
 * Login analytics (§18.10) per class from the login events: who logged in, how often, who never.
 */
@ExtendWith(ArquillianExtension.class)
class LoginAnalyticsIT {
  private static final LocalDate FROM = LocalDate.of(2030, 10, 1);
  private static final LocalDate TO = LocalDate.of(2030, 10, 31);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("login-analytics-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @EJB LoginAnalyticsService analytics;

  @Test
  void perClassItCountsWhoLoggedInInThePeriodAndNamesWhoNeverDid() throws Exception {
    Fixtures fixtures = new Fixtures(em, tx);
    SchoolYear year = fixtures.year();
    StudyGroup sixA = fixtures.gradeClass(year, 6, "a", null);
    StudyGroup sixB = fixtures.gradeClass(year, 6, "b", null);
    Student active = fixtures.student("Gabija", "Čepulytė", 2019);
    Student silent = fixtures.student("Jokūbas", "Šimkus", 2019);
    Student other = fixtures.student("Ona", "Kitaitė", 2019);
    fixtures.member(sixA, active, year.getStartDate());
    fixtures.member(sixA, silent, year.getStartDate());
    fixtures.member(sixB, other, year.getStartDate());
    Guardian mother = fixtures.guardian("Rasa", "Čepulienė", active);
    fixtures.account(active);
    fixtures.account(mother);
    fixtures.account(other);
    login(active.getId(), LocalDateTime.of(2030, 10, 2, 18, 5), true);
    login(active.getId(), LocalDateTime.of(2030, 10, 15, 19, 0), true);
    login(active.getId(), LocalDateTime.of(2030, 10, 31, 23, 59), true);
    login(active.getId(), LocalDateTime.of(2030, 11, 1, 0, 0), true);
    login(active.getId(), LocalDateTime.of(2030, 10, 3, 8, 0), false);
    login(mother.getId(), LocalDateTime.of(2030, 10, 20, 20, 30), true);
    login(other.getId(), LocalDateTime.of(2030, 9, 20, 20, 30), true);
    Account deputy = fixtures.account(fixtures.staff("Rimantas", "Žukauskas", Role.DEPUTY));

    List<ClassLogins> classes =
        AsPerson.call(
            deputy.login(), deputy.password(), () -> analytics.byClass(year.getId(), FROM, TO));
    ClassLogins a =
        classes.stream().filter(c -> c.className().equals("6a")).findFirst().orElseThrow();
    assertEquals(2, a.students());
    assertEquals(1, a.studentsLoggedIn());
    assertEquals(1, a.guardians());
    assertEquals(1, a.guardiansLoggedIn());
    ClassLogins b =
        classes.stream().filter(c -> c.className().equals("6b")).findFirst().orElseThrow();
    assertEquals(0, b.studentsLoggedIn(), "a login before the period does not count");

    long classId = classId(sixA);
    List<PersonLogins> people =
        AsPerson.call(
            deputy.login(), deputy.password(), () -> analytics.ofClass(classId, FROM, TO));
    assertEquals(3, people.size());
    PersonLogins gabija = person(people, "Gabija Čepulytė");
    assertEquals(3, gabija.logins(), "three successful logins in the period; a failed one is none");
    assertEquals(LocalDateTime.of(2030, 10, 31, 23, 59), gabija.lastLogin());
    PersonLogins jokubas = person(people, "Jokūbas Šimkus");
    assertTrue(jokubas.neverLoggedIn());
    assertFalse(jokubas.hasAccount());
    PersonLogins rasa = person(people, "Rasa Čepulienė");
    assertTrue(rasa.guardian());
    assertEquals("Gabija Čepulytė", rasa.child());
    assertEquals(1, rasa.logins());

    String csv =
        AsPerson.call(
            deputy.login(),
            deputy.password(),
            () -> analytics.exportCsv(classId, FROM, TO, Locale.forLanguageTag("lt")));
    assertTrue(csv.startsWith("\uFEFFVardas, pavardė;Kas;Vaikas;Paskyra;Prisijungimų"), csv);
    assertTrue(csv.contains("Gabija Čepulytė;mokinys;;yra;3;2030-10-31 23:59"), csv);
    assertTrue(csv.contains("Jokūbas Šimkus;mokinys;;nėra;0;"), csv);
    assertTrue(csv.contains("Rasa Čepulienė;tėvai (globėjai);Gabija Čepulytė;yra;1;"), csv);

    Account teacher = fixtures.account(fixtures.staff("Kęstutis", "Baranauskas", Role.TEACHER));
    assertThrows(
        EJBAccessException.class,
        () ->
            AsPerson.call(
                teacher.login(),
                teacher.password(),
                () -> analytics.byClass(year.getId(), FROM, TO)));
  }

  private void login(long personId, LocalDateTime when, boolean success) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO login_event (login, person_id, occurred_at, success, reason)"
                    + " VALUES ((SELECT login FROM user_account WHERE person_id = ?), ?, ?, ?, ?)")) {
      ps.setLong(1, personId);
      ps.setLong(2, personId);
      ps.setTimestamp(3, Timestamp.valueOf(when));
      ps.setBoolean(4, success);
      ps.setString(5, success ? "OK" : "BAD_PASSWORD");
      ps.executeUpdate();
    }
  }

  private long classId(StudyGroup classGroup) {
    return em.find(StudyGroup.class, classGroup.getId()).getSchoolClass().orElseThrow().getId();
  }

  private static PersonLogins person(List<PersonLogins> people, String name) {
    return people.stream().filter(p -> p.fullName().equals(name)).findFirst().orElseThrow();
  }
}
