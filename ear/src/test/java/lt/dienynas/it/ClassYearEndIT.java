package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The class teacher's year-end work (§21.17, §30) over the API and the portal page: the period's
 * missed / justified lessons confirmed against the version read (a stale write is refused and
 * changes nothing), the promotion decision, and a refusal for every other role or relationship.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassYearEndIT {
  private static final String REFUSED = "Prieiga uždrausta";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theClassTeacherConfirmsCountsAndDecidesPromotionOverTheApi() {
    TestSchool school = withPeriods(TestSchool.create(6, 2));
    long student = school.students.get(0);
    absent(school, student, LocalDate.of(2030, 10, 7), 1, true);
    absent(school, student, LocalDate.of(2030, 10, 7), 2, false);
    Api classTeacher = Api.basic(contextRoot, school.classTeacher);

    Reply form = classTeacher.get("classes/" + school.classId + "/year-end?period=FIRST_SEMESTER");
    assertEquals(200, form.status(), form.body());
    assertTrue(form.body().contains("\"computedMissed\":2"), form.body());
    assertTrue(form.body().contains("\"computedJustified\":1"), form.body());
    assertFalse(form.body().contains("attendanceVersion"), "not confirmed yet: " + form.body());

    String path =
        "students/"
            + student
            + "/period-attendance?year="
            + school.yearId
            + "&period=FIRST_SEMESTER";
    Reply confirmed = classTeacher.put(path, "{\"missed\":3,\"justified\":2,\"version\":null}");
    assertEquals(204, confirmed.status(), confirmed.body());
    assertEquals(List.of("3/2/0"), counts(school, student));

    // a second write made from the same (now stale) reading is refused and changes nothing
    Reply stale = classTeacher.put(path, "{\"missed\":9,\"justified\":0,\"version\":null}");
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("yearEnd.stale"), stale.body());
    assertEquals(List.of("3/2/0"), counts(school, student));
    long version =
        classTeacher
            .get("classes/" + school.classId + "/year-end?period=FIRST_SEMESTER")
            .number("attendanceVersion");
    Reply invalid =
        classTeacher.put(path, "{\"missed\":1,\"justified\":2,\"version\":" + version + "}");
    assertEquals(400, invalid.status(), invalid.body());
    assertTrue(invalid.body().contains("periodAttendance.counts"), invalid.body());
    Reply corrected =
        classTeacher.put(path, "{\"missed\":4,\"justified\":2,\"version\":" + version + "}");
    assertEquals(204, corrected.status(), corrected.body());
    assertEquals(List.of("4/2/0"), counts(school, student));

    String promotion = "students/" + student + "/promotion?year=" + school.yearId;
    Reply decided =
        classTeacher.put(promotion, "{\"decision\":\"SUMMER_WORK\",\"note\":\"Matematika\"}");
    assertEquals(204, decided.status(), decided.body());
    Reply again = classTeacher.put(promotion, "{\"decision\":\"PROMOTED\",\"version\":null}");
    assertEquals(409, again.status(), again.body());
    assertTrue(again.body().contains("yearEnd.stale"), again.body());
    long decisionVersion =
        classTeacher
            .get("classes/" + school.classId + "/year-end?period=FIRST_SEMESTER")
            .number("promotionVersion");
    Reply changed =
        classTeacher.put(
            promotion, "{\"decision\":\"PROMOTED\",\"version\":" + decisionVersion + "}");
    assertEquals(204, changed.status(), changed.body());
    assertEquals(
        List.of("PROMOTED"),
        TestPeople.column(
            "SELECT decision FROM promotion_decision WHERE student_id = ? AND school_year_id = ?",
            student,
            school.yearId));
    Reply after = classTeacher.get("classes/" + school.classId + "/year-end?period=FIRST_SEMESTER");
    assertTrue(after.body().contains("\"confirmedMissed\":4"), after.body());
    assertTrue(after.body().contains("\"promotion\":\"PROMOTED\""), after.body());
    assertTrue(
        TestPeople.column(
                "SELECT COUNT(*) FROM history_entry WHERE entity_type = 'promotion_decision'")
            .stream()
            .anyMatch(n -> Long.parseLong(n) >= 2),
        "each decision is in the history");
  }

  @Test
  void everyoneButTheClassTeacherOfTheClassIsRefused() {
    TestSchool school = withPeriods(TestSchool.create(7, 1));
    TestSchool other = withPeriods(TestSchool.create(7, 1));
    long student = school.students.get(0);
    List<Account> strangers =
        List.of(
            other.classTeacher,
            school.teacher,
            TestPeople.staff("Rimantas", "Pavaduotojas", Role.DEPUTY),
            TestPeople.staff("Dalia", "Direktorė", Role.DIRECTOR),
            TestPeople.staff("Giedrius", "Administratorius", Role.DB_ADMIN),
            TestPeople.staff("Inga", "Socialinė", Role.SOCIAL_PEDAGOGUE),
            TestSchool.guardianOf("Rasa", "Mama", student),
            school.studentAccount(0));
    String form = "classes/" + school.classId + "/year-end?period=FIRST_SEMESTER";
    String confirm =
        "students/" + student + "/period-attendance?year=" + school.yearId + "&period=ANNUAL";
    String promotion = "students/" + student + "/promotion?year=" + school.yearId;
    for (Account stranger : strangers) {
      Api api = Api.basic(contextRoot, stranger);
      assertEquals(403, api.get(form).status(), stranger.login() + " reads the form");
      assertEquals(
          403,
          api.put(confirm, "{\"missed\":1,\"justified\":0}").status(),
          stranger.login() + " confirms");
      assertEquals(
          403,
          api.put(promotion, "{\"decision\":\"PROMOTED\"}").status(),
          stranger.login() + " decides");
    }
    assertEquals(
        401, Api.anonymous(contextRoot).put(promotion, "{\"decision\":\"PROMOTED\"}").status());
    assertEquals(List.of(), counts(school, student), "nothing was written");
    assertEquals(
        List.of("0"),
        TestPeople.column("SELECT COUNT(*) FROM promotion_decision WHERE student_id = ?", student));

    Portal foreign = new Portal(contextRoot);
    foreign.login(other.classTeacher.login(), other.classTeacher.password());
    assertTrue(
        foreign.get("yearend/class.xhtml?class=" + school.classId).text().contains(REFUSED),
        "another class teacher's page");
    assertTrue(foreign.get("yearend/class.xhtml?class=987654321").text().contains(REFUSED));
  }

  @Test
  void thePageIsReachedFromMyClassAndSavesCountsAndTheDecision() {
    TestSchool school = withPeriods(TestSchool.create(5, 1));
    long student = school.students.get(0);
    absent(school, student, LocalDate.of(2031, 2, 3), 1, false);
    Portal portal = new Portal(contextRoot);
    portal.login(school.classTeacher.login(), school.classTeacher.password());
    Portal.Page mine = portal.get("journal/my-class.xhtml?date=2030-10-01");
    Element link = mine.document().selectFirst("a[href*=yearend/class.xhtml]");
    assertTrue(link != null && link.attr("href").contains("class=" + school.classId), mine.text());

    Portal.Page page =
        portal.get("yearend/class.xhtml?class=" + school.classId + "&period=SECOND_SEMESTER");
    assertEquals(200, page.status(), page.text());
    assertTrue(page.text().contains(school.studentNames.get(0)), page.text());
    assertTrue(page.text().contains("Nepatvirtinta"), page.text());
    Element row = page.document().selectFirst("#attendance-form\\:attendance tbody tr");
    String missed = row.selectFirst("input.dn-missed").attr("name");
    String justified = row.selectFirst("input.dn-justified").attr("name");
    assertEquals("1", row.selectFirst("input.dn-missed").val(), "suggested from the journal");
    Element button = row.selectFirst("button.dn-confirm");

    Portal.Page bad =
        portal.submit(
            page, "#attendance-form", Map.of(missed, "1", justified, "5", button.attr("name"), ""));
    assertTrue(bad.text().contains("ne daugiau nei praleistų"), bad.text());
    assertEquals(List.of(), counts(school, student), "a refused write changes nothing");

    Portal.Page saved =
        portal.submit(
            bad, "#attendance-form", Map.of(missed, "6", justified, "4", button.attr("name"), ""));
    assertTrue(saved.text().contains("praleistos pamokos patvirtintos"), saved.text());
    assertTrue(saved.text().contains("Patvirtinta"), saved.text());
    assertEquals(List.of("6/4/0"), counts(school, student));

    Element promotionRow = saved.document().selectFirst("#promotion-form\\:promotion tbody tr");
    Portal.Page decided =
        portal.submit(
            saved,
            "#promotion-form",
            Map.of(
                promotionRow.selectFirst("select.dn-decision").attr("name"),
                "NOT_PROMOTED",
                promotionRow.selectFirst("input[name$=note]").attr("name"),
                "Praleido daug pamokų",
                promotionRow.selectFirst("button.dn-decide").attr("name"),
                ""));
    assertTrue(decided.text().contains("kėlimo sprendimas įrašytas"), decided.text());
    assertEquals(
        List.of("NOT_PROMOTED/Praleido daug pamokų"),
        TestPeople.column(
            "SELECT CONCAT(decision, '/', note) FROM promotion_decision WHERE student_id = ?",
            student));
    assertFalse(decided.text().contains("Exception"), decided.text());
  }

  /** The semesters and the year of the test school's year. */
  static TestSchool withPeriods(TestSchool school) {
    TestPeople.run(
        "INSERT INTO school_period (school_year_id, kind, start_date, end_date) VALUES"
            + " (?, 'FIRST_SEMESTER', '2030-09-01', '2031-01-24'),"
            + " (?, 'SECOND_SEMESTER', '2031-01-27', '2031-06-20'),"
            + " (?, 'ANNUAL', '2030-09-01', '2031-06-20')",
        school.yearId,
        school.yearId,
        school.yearId);
    return school;
  }

  /** An absence in the journal, justified or not. */
  static void absent(
      TestSchool school, long student, LocalDate day, int number, boolean justified) {
    long lesson = school.lesson(day, number);
    TestPeople.run(
        "INSERT INTO attendance (lesson_id, student_id, status, justification, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'ABSENT', ?, ?, CURRENT_TIMESTAMP(3))",
        lesson,
        student,
        justified ? "ILLNESS" : null,
        school.teacher.personId());
  }

  static List<String> counts(TestSchool school, long student) {
    return TestPeople.column(
        "SELECT CONCAT(missed, '/', justified, '/', locked) FROM period_attendance"
            + " WHERE student_id = ? AND school_year_id = ?",
        student,
        school.yearId);
  }
}
