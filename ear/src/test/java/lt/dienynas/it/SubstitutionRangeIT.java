package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.Api.Reply;
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
 * Substitutions over a date range (§19.8, §23.16): the deputy gives a teacher's lessons of three
 * days to a substitute on the page, the substitute sees them on their timetable and over the API,
 * the DB admin gives them back over the API, and everyone else is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubstitutionRangeIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theDeputyAssignsARangeAndTheSubstituteSeesTheLessons() {
    TestSchool school = TestSchool.create(5, 1);
    long monday = school.lesson(LocalDate.of(2030, 10, 7), 1);
    long tuesday = school.lesson(LocalDate.of(2030, 10, 8), 2);
    long wednesday = school.lesson(LocalDate.of(2030, 10, 9), 3);
    long nextWeek = school.lesson(LocalDate.of(2030, 10, 15), 1);
    Account substitute = TestPeople.staff("Sigita", "Pavaduojanti", Role.TEACHER);
    Account deputy = TestPeople.staff("Rimantas", "Pavadavimų", Role.DEPUTY);

    Portal portal = new Portal(contextRoot);
    portal.login(deputy.login(), deputy.password());
    Portal.Page page =
        portal.get("timetable/substitutions.xhtml?teacher=" + school.teacher.personId());
    assertEquals(200, page.status(), page.text());
    Portal.Page bad =
        portal.submit(
            page,
            "#substitution-form",
            fields(school, "2030-10-09", "2030-10-07", substitute, "substitution-form:assign"));
    assertTrue(bad.text().contains("pradžia ne vėliau už pabaigą"), bad.text());
    assertEquals(List.of("0"), substituted(substitute));

    Portal.Page assigned =
        portal.submit(
            bad,
            "#substitution-form",
            fields(school, "2030-10-07", "2030-10-09", substitute, "substitution-form:assign"));
    assertTrue(assigned.text().contains("paskirtas 3 pamokoms"), assigned.text());
    assertEquals(3, assigned.document().select(".dn-substitute:contains(Pavaduojanti)").size());
    assertEquals(List.of("3"), substituted(substitute));
    assertEquals(
        List.of(""),
        TestPeople.column("SELECT COALESCE(substitute_id, '') FROM lesson WHERE id = ?", nextWeek),
        "a lesson outside the range stays with its teacher");

    Portal asSubstitute = new Portal(contextRoot);
    asSubstitute.login(substitute.login(), substitute.password());
    Portal.Page timetable = asSubstitute.get("timetable/mine.xhtml?date=2030-10-08");
    assertEquals(200, timetable.status(), timetable.text());
    assertEquals(3, timetable.document().select("li.dn-substituted").size(), timetable.text());
    Reply mine =
        Api.basic(contextRoot, substitute).get("substitutions/mine?from=2030-10-07&to=2030-10-13");
    assertEquals(200, mine.status(), mine.body());
    for (long lesson : List.of(monday, tuesday, wednesday)) {
      assertTrue(mine.body().contains("\"lessonId\":" + lesson), mine.body());
    }

    Account admin = TestPeople.staff("Giedrius", "Grąžintojas", Role.DB_ADMIN);
    Reply back =
        Api.basic(contextRoot, admin)
            .post(
                "substitutions",
                "{\"teacherId\":"
                    + school.teacher.personId()
                    + ",\"from\":\"2030-10-07\",\"to\":\"2030-10-09\",\"substituteId\":null}");
    assertEquals(200, back.status(), back.body());
    assertEquals(3, back.number("lessons"));
    assertEquals(List.of("0"), substituted(substitute));
  }

  @Test
  void everyoneButTheDeputyAndTheDbAdminIsRefused() {
    TestSchool school = TestSchool.create(6, 1);
    school.lesson(LocalDate.of(2030, 11, 4), 1);
    Account substitute = TestPeople.staff("Sigita", "Norinti", Role.TEACHER);
    List<Account> strangers =
        List.of(
            school.teacher,
            school.classTeacher,
            substitute,
            TestPeople.staff("Dalia", "Direktorė", Role.DIRECTOR),
            TestSchool.guardianOf("Rasa", "Mama", school.students.get(0)),
            school.studentAccount(0));
    String body =
        "{\"teacherId\":"
            + school.teacher.personId()
            + ",\"from\":\"2030-11-04\",\"to\":\"2030-11-04\",\"substituteId\":"
            + substitute.personId()
            + "}";
    for (Account stranger : strangers) {
      Api api = Api.basic(contextRoot, stranger);
      assertEquals(403, api.post("substitutions", body).status(), stranger.login());
      assertEquals(
          403,
          api.get(
                  "substitutions?teacher="
                      + school.teacher.personId()
                      + "&from=2030-11-04&to=2030-11-04")
              .status(),
          stranger.login());
    }
    assertEquals(List.of("0"), substituted(substitute));
    Portal portal = new Portal(contextRoot);
    portal.login(school.teacher.login(), school.teacher.password());
    assertTrue(portal.get("timetable/substitutions.xhtml").text().contains(REFUSED));
  }

  private static Map<String, String> fields(
      TestSchool school, String from, String to, Account substitute, String button) {
    return Map.of(
        "substitution-form:teacher",
        Long.toString(school.teacher.personId()),
        "substitution-form:from",
        from,
        "substitution-form:to",
        to,
        "substitution-form:substitute",
        Long.toString(substitute.personId()),
        button,
        "");
  }

  private static List<String> substituted(Account substitute) {
    return TestPeople.column(
        "SELECT COUNT(*) FROM lesson WHERE substitute_id = ?", substitute.personId());
  }
}
