package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.AccessRefusal;
import lt.dienynas.client.model.ClassLogins;
import lt.dienynas.client.model.PersonLogins;
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
 * The refusal log and the login report through the generated API client: a refused access is in the
 * log the DB admin and the director read; a class's students and guardians are counted by their
 * successful logins over a period, per person with how often and when last, and as CSV — for the
 * management and the DB admin only; a period that ends before it starts is 400 in Lithuanian.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginReportApiIT {
  private static final LocalDate FROM = LocalDate.of(2030, 9, 1);
  private static final LocalDate TO = LocalDate.of(2030, 12, 31);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theManagementReadsWhoLoggedInAndTheRefusals() throws Exception {
    TestSchool school = TestSchool.create(6, 2);
    TestSchool other = TestSchool.create(6, 1);
    Account student = school.studentAccount(0);
    Account mother = TestSchool.guardianOf("Vida", "Prisijungusi", school.students.get(0));
    loggedIn(student, LocalDateTime.of(2030, 10, 5, 10, 0));
    loggedIn(student, LocalDateTime.of(2030, 10, 6, 11, 30));
    loggedIn(mother, LocalDateTime.of(2030, 10, 7, 19, 0));
    // a failed login and one outside the period count for nothing
    TestPeople.run(
        "INSERT INTO login_event (login, person_id, occurred_at, success, reason)"
            + " VALUES (?, ?, ?, FALSE, 'BAD_PASSWORD')",
        school.studentNames.get(1),
        school.students.get(1),
        LocalDateTime.of(2030, 10, 8, 8, 0));
    loggedIn(mother, LocalDateTime.of(2031, 2, 1, 19, 0));
    DienynasApi admin = client(TestPeople.staff("Giedrius", "Žurnalinis", Role.DB_ADMIN));
    DienynasApi director = client(TestPeople.staff("Dalia", "Ataskaitų", Role.DIRECTOR));
    DienynasApi deputy = client(TestPeople.staff("Rimas", "Prisijungimų", Role.DEPUTY));
    List<DienynasApi> others =
        List.of(
            client(school.teacher), client(school.classTeacher), client(student), client(mother));

    ClassLogins row =
        deputy.getLoginsByClass(school.yearId, FROM, TO).stream()
            .filter(c -> c.getClassId() == school.classId)
            .findFirst()
            .orElseThrow();
    assertEquals(2, row.getStudents());
    assertEquals(1, row.getStudentsLoggedIn());
    assertEquals(1, row.getGuardians());
    assertEquals(1, row.getGuardiansLoggedIn());

    List<PersonLogins> people = director.getClassLogins(school.classId, FROM, TO);
    PersonLogins first = person(people, school.students.get(0));
    assertEquals(2, first.getLogins());
    assertEquals(LocalDateTime.of(2030, 10, 6, 11, 30), first.getLastLogin());
    assertTrue(first.getHasAccount());
    assertFalse(first.getGuardian());
    PersonLogins second = person(people, school.students.get(1));
    assertEquals(0, second.getLogins());
    assertFalse(second.getHasAccount());
    PersonLogins guardian = person(people, mother.personId());
    assertTrue(guardian.getGuardian());
    assertEquals(1, guardian.getLogins());

    String csv =
        new String(
            Files.readAllBytes(admin.getClassLoginsCsv(school.classId, FROM, TO).toPath()),
            StandardCharsets.UTF_8);
    assertTrue(csv.contains(school.studentNames.get(0)), csv);
    assertTrue(csv.contains("Vida Prisijungusi"), csv);

    ApiException backwards =
        assertRefused(400, () -> deputy.getClassLogins(school.classId, TO, FROM));
    HealthApiIT.assertLithuanian(backwards, "dateRange.order", TO.toString());
    for (DienynasApi who : others) {
      assertRefused(403, () -> who.getLoginsByClass(school.yearId, FROM, TO));
      assertRefused(403, () -> who.getClassLogins(school.classId, FROM, TO));
      assertRefused(403, () -> who.getClassLoginsCsv(school.classId, FROM, TO));
      assertRefused(403, () -> who.listAccessRefusals());
    }
    assertRefused(403, () -> deputy.listAccessRefusals());

    // a refusal the access policy records: another class's class teacher and this certificate
    Account stranger = other.classTeacher;
    assertRefused(403, () -> client(stranger).getAchievementCertificate(school.students.get(0)));
    for (DienynasApi reader : List.of(admin, director)) {
      List<AccessRefusal> refusals = reader.listAccessRefusals();
      assertTrue(
          refusals.stream()
              .anyMatch(
                  r ->
                      r.getLogin().equals(stranger.login())
                          && r.getAction().equals("STUDENT_CERTIFICATE")
                          && "student".equals(r.getTargetType())
                          && String.valueOf(school.students.get(0)).equals(r.getTargetId())),
          refusals::toString);
    }
  }

  private static PersonLogins person(List<PersonLogins> people, long personId) {
    return people.stream()
        .filter(p -> p.getPersonId() == personId)
        .findFirst()
        .orElseThrow(() -> new AssertionError(people.toString()));
  }

  private static void loggedIn(Account account, LocalDateTime when) {
    TestPeople.run(
        "INSERT INTO login_event (login, person_id, occurred_at, success, reason)"
            + " VALUES (?, ?, ?, TRUE, 'OK')",
        account.login(),
        account.personId(),
        when);
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
