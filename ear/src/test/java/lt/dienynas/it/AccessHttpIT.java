package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.it.TestPeople.SchoolClassRef;
import lt.dienynas.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requirements §1 over HTTP, through the real portal: every role logs in and asks for the same
 * pages; the answer is the page (200) or the Lithuanian refusal page (403). The services under the
 * pages decide; the services' own table is {@code AccessPolicyIT} in the ejb module.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessHttpIT {

  /**
   * "own" is the student this person is related to (in their class or group, their child, the
   * student they support, themselves); "other" is a student of another class. Columns: the student
   * card of the own / other student; the own student's health record; the teacher's health notices;
   * the admin's users and pledge lists; the first-login slip of the own / other student; the
   * refusal log; the support assignments.
   */
  private static final String TABLE =
      """
      role               | card own | card other | health | notices | users | pledges | slip own | slip other | refusals | support
      DIRECTOR           | 200      | 200        | 200    | 403     | 403   | 403     | 403      | 403        | 200      | 403
      DEPUTY             | 200      | 200        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      DB_ADMIN           | 200      | 200        | 403    | 403     | 200   | 200     | 200      | 200        | 200      | 200
      IT_SPECIALIST      | 403      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      CLASS_TEACHER      | 200      | 403        | 403    | 200     | 403   | 403     | 200      | 403        | 403      | 403
      TEACHER            | 200      | 403        | 403    | 200     | 403   | 403     | 403      | 403        | 403      | 403
      NON_FORMAL_TEACHER | 200      | 403        | 403    | 200     | 403   | 403     | 403      | 403        | 403      | 403
      NON_FORMAL_ORGANISER | 403    | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      PRESCHOOL_TEACHER  | 200      | 403        | 403    | 200     | 403   | 403     | 403      | 403        | 403      | 403
      VDM_EDUCATOR       | 200      | 403        | 403    | 200     | 403   | 403     | 403      | 403        | 403      | 403
      SOCIAL_PEDAGOGUE   | 200      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      PSYCHOLOGIST       | 200      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      SPECIAL_PEDAGOGUE  | 200      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      SPEECH_THERAPIST   | 200      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      CAREER_SPECIALIST  | 200      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      HEALTH_SPECIALIST  | 403      | 403        | 200    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      LIBRARIAN          | 403      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      ARCHIVIST          | 403      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      GUARDIAN           | 200      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      STUDENT            | 200      | 403        | 403    | 403     | 403   | 403     | 403      | 403        | 403      | 403
      """;

  /** The page of each column; OWN and OTHER stand for the students' ids. */
  private static final String[] TARGETS = {
    "people/student.xhtml?id=OWN",
    "people/student.xhtml?id=OTHER",
    "health/record.xhtml?student=OWN",
    "health/notices.xhtml",
    "accounts/users.xhtml",
    "accounts/pledges.xhtml",
    "accounts/slip.xhtml?person=OWN",
    "accounts/slip.xhtml?person=OTHER",
    "security/refusals.xhtml",
    "support/assignments.xhtml"
  };

  private static final String REFUSED = "Prieiga uždrausta";

  /**
   * The lesson writes of the JSON API on a 6a Lithuanian lesson: 204 done, 403 refused with the
   * Lithuanian message and nothing changed. The service-level table of every write operation is
   * {@code AccessPolicyIT.LESSON_TABLE}.
   */
  private static final String LESSON_API_TABLE =
      """
      person                                         | PUT lesson | PUT mark | DELETE mark | PUT absence | DELETE absence | PUT entries
      teaches this group and subject                 | 204        | 204      | 204         | 204         | 204            | 204
      teaches another subject in this class (maths)  | 403        | 403      | 403         | 403         | 403            | 403
      substitute of this lesson                      | 204        | 204      | 204         | 204         | 204            | 204
      class teacher of this class                    | 403        | 403      | 403         | 403         | 403            | 403
      DB admin                                       | 403        | 403      | 403         | 403         | 403            | 403
      guardian of a student of the class             | 403        | 403      | 403         | 403         | 403            | 403
      """;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  private record World(Map<Role, Account> accounts, Map<Role, Long> own, long other) {}

  @Test
  void everyRoleGetsThePagesTheRequirementsTableSays() {
    World world = buildWorld();
    List<String> mismatches = new ArrayList<>();
    String[] lines = TABLE.strip().split("\n");
    String[] columns = cells(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String[] row = cells(lines[i]);
      Role role = Role.valueOf(row[0]);
      Account account = world.accounts().get(role);
      Portal portal = new Portal(contextRoot);
      Page landing = portal.login(account.login(), account.password());
      assertEquals(200, landing.status(), role + ": " + landing.text());
      for (int c = 0; c < TARGETS.length; c++) {
        String path =
            TARGETS[c]
                .replace("OWN", String.valueOf(world.own().get(role)))
                .replace("OTHER", String.valueOf(world.other()));
        Page page = portal.get(path);
        String actual = String.valueOf(page.status());
        boolean refusedPage = page.text().contains(REFUSED);
        if (!actual.equals(row[c + 1]) || refusedPage != "403".equals(actual)) {
          mismatches.add(
              role
                  + " / "
                  + columns[c + 1]
                  + " ("
                  + path
                  + "): expected "
                  + row[c + 1]
                  + ", got "
                  + actual
                  + " "
                  + abbreviate(page.text()));
        }
      }
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  @Test
  void aGuardianWhoEditsTheChildIdGetsTheSameRefusalAsForANonExistentIdAndItIsLogged() {
    long year = TestPeople.schoolYear();
    SchoolClassRef classA = TestPeople.gradeClass(year, 7, "a", null);
    long child = TestPeople.student("Ieva", "Savaitė", 2017, classA.groupId());
    long stranger = TestPeople.student("Mantas", "Svetimas", 2017, classA.groupId());
    Account parent = TestPeople.guardianOf("Birutė", "Savienė", child);
    Portal portal = new Portal(contextRoot);
    portal.login(parent.login(), parent.password());

    Page own = portal.get("people/student.xhtml?id=" + child);
    assertEquals(200, own.status());
    assertTrue(own.text().contains("Ieva Savaitė"), own.text());
    Page edited = portal.get("people/student.xhtml?id=" + stranger);
    long missing = stranger + 1_000_000;
    Page nonExistent = portal.get("people/student.xhtml?id=" + missing);
    assertEquals(403, edited.status());
    assertEquals(403, nonExistent.status());
    assertEquals(
        edited.document().select("main").text(), nonExistent.document().select("main").text());
    assertTrue(edited.text().contains(REFUSED), edited.text());
    assertTrue(!edited.text().contains("Mantas"), edited.text());

    List<String> logged =
        TestPeople.column(
            "SELECT target_id FROM access_refusal WHERE login = ? AND action = 'STUDENT_DIARY_READ'",
            parent.login());
    assertTrue(
        logged.containsAll(List.of(String.valueOf(stranger), String.valueOf(missing))),
        logged.toString());
  }

  @Test
  void anEmployeeWhoHasNotAcceptedThePledgeSeesOnlyThePledgePage() {
    Account teacher = TestPeople.staffWithoutPledge("Laurynas", "Naujokas", Role.TEACHER);
    Portal portal = new Portal(contextRoot);
    Page first = portal.login(teacher.login(), teacher.password());
    assertPledgePage(first);
    for (String path :
        new String[] {
          "",
          "index.xhtml",
          "health/notices.xhtml",
          "accounts/users.xhtml",
          "people/student.xhtml?id=1",
          "nera-tokio.xhtml"
        }) {
      assertPledgePage(portal.get(path));
    }
    // the API answers a JSON refusal naming the step, over Basic and on the portal's session
    for (Api api : List.of(Api.basic(contextRoot, teacher), Api.session(contextRoot, teacher))) {
      Api.Reply refused = api.get("journals");
      assertEquals(403, refused.status(), refused.body());
      assertTrue(refused.body().contains("\"error\":\"api.pledgeFirst\""), refused.body());
      assertTrue(refused.body().contains("konfidencialumo pasižadėjimu"), refused.body());
    }
    Page unconfirmed =
        portal.submit(
            first, "#pledge-form", Map.of("pledge-form", "pledge-form", "pledge-accept", ""));
    assertPledgePage(unconfirmed);
    assertTrue(unconfirmed.text().contains("Pažymėkite, kad perskaitėte"), unconfirmed.text());
    assertTrue(
        TestPeople.column(
                "SELECT accepted_at FROM pledge_acceptance WHERE person_id = ?", teacher.personId())
            .isEmpty());

    Page accepted =
        portal.submit(
            unconfirmed,
            "#pledge-form",
            Map.of(
                "pledge-form", "pledge-form", "pledge-confirm_input", "on", "pledge-accept", ""));
    assertNotNull(accepted.document().selectFirst("#landing-welcome"), accepted.text());
    Api.Reply afterPledge = Api.basic(contextRoot, teacher).get("journals");
    assertEquals(200, afterPledge.status(), afterPledge.body());
    assertEquals(
        1,
        TestPeople.column(
                "SELECT accepted_at FROM pledge_acceptance WHERE person_id = ?", teacher.personId())
            .size());
    assertEquals(200, portal.get("health/notices.xhtml").status());
  }

  @Test
  void theMathsTeacherCannotWriteALithuanianLessonOfTheirClassOverTheApi() {
    TestSchool school = TestSchool.create(6, 2);
    Account lithuanianTeacher = TestPeople.staff("Rūta", "Lietuvių", Role.TEACHER);
    long lithuanian = school.subject("Lietuvių kalba", lithuanianTeacher);
    long lesson = school.lesson(lithuanian, lithuanianTeacher, DAY, 3);
    Account substitute = TestPeople.staff("Paulius", "Pavaduojantis", Role.TEACHER);
    TestPeople.run(
        "UPDATE lesson SET substitute_id = ? WHERE id = ?", substitute.personId(), lesson);
    long student = school.students.get(0);
    Map<String, Account> people =
        Map.of(
            "teaches this group and subject",
            lithuanianTeacher,
            "teaches another subject in this class (maths)",
            school.teacher,
            "substitute of this lesson",
            substitute,
            "class teacher of this class",
            school.classTeacher,
            "DB admin",
            TestPeople.staff("Ada", "Administratorė", Role.DB_ADMIN),
            "guardian of a student of the class",
            TestSchool.guardianOf("Rasa", "Globėja", student));
    String l = "lessons/" + lesson;
    List<java.util.function.Function<Api, Api.Reply>> calls =
        List.of(
            a -> a.put(l, "{\"topic\":\"Veiksmažodžiai\"}"),
            a -> a.put(l + "/marks/" + student, "{\"notation\":\"8\"}"),
            a -> a.delete(l + "/marks/" + student),
            a -> a.put(l + "/attendance/" + student, "{\"status\":\"ABSENT\"}"),
            a -> a.delete(l + "/attendance/" + student),
            a ->
                a.put(
                    l + "/entries",
                    "{\"record\":{\"topic\":\"Linksniai\"},\"cells\":{\""
                        + student
                        + "\":\"n\"}}"));
    List<String> mismatches = new ArrayList<>();
    String[] lines = LESSON_API_TABLE.strip().split("\n");
    String[] columns = cells(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String[] row = cells(lines[i]);
      Api api = Api.basic(contextRoot, people.get(row[0]));
      for (int c = 0; c < calls.size(); c++) {
        String before = lessonState(lesson);
        Api.Reply reply = calls.get(c).apply(api);
        String after = lessonState(lesson);
        if (!String.valueOf(reply.status()).equals(row[c + 1])) {
          mismatches.add(
              row[0] + " / " + columns[c + 1] + ": expected " + row[c + 1] + ", " + reply);
        } else if (reply.status() == 403
            && (!before.equals(after) || !reply.body().contains("Jūs neturite teisės"))) {
          mismatches.add(row[0] + " / " + columns[c + 1] + ": refused, but " + after + reply);
        }
      }
    }
    assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
  }

  private static final java.time.LocalDate DAY = java.time.LocalDate.of(2030, 10, 7);

  /** The lesson's topic and version, its marks and absences with their versions. */
  private static String lessonState(long lesson) {
    return TestSchool.query(
        "SELECT CONCAT_WS('|', (SELECT CONCAT_WS(':', topic, version) FROM lesson WHERE id = ?),"
            + " (SELECT GROUP_CONCAT(CONCAT_WS(':', id, mark_value, version)) FROM mark"
            + " WHERE lesson_id = ?),"
            + " (SELECT GROUP_CONCAT(CONCAT_WS(':', id, status, version)) FROM attendance"
            + " WHERE lesson_id = ?))",
        lesson,
        lesson,
        lesson);
  }

  private static void assertPledgePage(Page page) {
    assertNotNull(
        page.document().selectFirst("#pledge"), () -> "expected the pledge page: " + page.text());
    assertTrue(page.text().contains("neperduoti jokių e. dienyno duomenų"), page.text());
  }

  /**
   * The same people as AccessPolicyIT: everyone related to one 5th-grader, one 6th-grader apart.
   */
  private World buildWorld() {
    Map<Role, Account> accounts = new EnumMap<>(Role.class);
    Map<Role, Long> own = new EnumMap<>(Role.class);
    long year = TestPeople.schoolYear();
    Account classTeacher = TestPeople.staff("Jūratė", "Klasės", Role.CLASS_TEACHER);
    SchoolClassRef fifth = TestPeople.gradeClass(year, 5, "a", classTeacher.personId());
    SchoolClassRef sixth = TestPeople.gradeClass(year, 6, "b", null);
    long s5 = TestPeople.student("Ąžuolas", "Kazlauskas", 2019, fifth.groupId());
    long s6 = TestPeople.student("Gabija", "Petraitytė", 2018, sixth.groupId());
    for (Role role : Role.values()) {
      own.put(role, s5);
    }
    accounts.put(Role.CLASS_TEACHER, classTeacher);
    for (Role role :
        new Role[] {
          Role.DIRECTOR,
          Role.DEPUTY,
          Role.DB_ADMIN,
          Role.IT_SPECIALIST,
          Role.HEALTH_SPECIALIST,
          Role.LIBRARIAN,
          Role.ARCHIVIST,
          Role.NON_FORMAL_ORGANISER
        }) {
      accounts.put(role, TestPeople.staff("Vardenis", surnameOf(role), role));
    }
    Account teacher = TestPeople.staff("Kęstutis", "Anglų", Role.TEACHER);
    TestPeople.teach(teacher.personId(), fifth.groupId());
    accounts.put(Role.TEACHER, teacher);

    Account nonFormal = TestPeople.staff("Šarūnas", "Būrelis", Role.NON_FORMAL_TEACHER);
    long robotics = TestPeople.group(year, "NON_FORMAL", "Robotika " + s5, null);
    TestPeople.run(
        "INSERT INTO group_member (group_id, student_id, valid_from) VALUES (?, ?, '2030-09-01')",
        robotics,
        s5);
    TestPeople.teach(nonFormal.personId(), robotics);
    accounts.put(Role.NON_FORMAL_TEACHER, nonFormal);

    Account preschoolTeacher = TestPeople.staff("Liepa", "Darželio", Role.PRESCHOOL_TEACHER);
    SchoolClassRef preschool = TestPeople.preschoolGroup(year, "Boružėlės " + s5);
    long child = TestPeople.student("Ugnė", "Mažoji", 2026, preschool.groupId());
    TestPeople.teach(preschoolTeacher.personId(), preschool.groupId());
    accounts.put(Role.PRESCHOOL_TEACHER, preschoolTeacher);
    own.put(Role.PRESCHOOL_TEACHER, child);

    Account vdm = TestPeople.staff("Aušra", "Popamokinė", Role.VDM_EDUCATOR);
    long vdmGroup = TestPeople.group(year, "VDM", "VDM " + s5, null);
    TestPeople.run(
        "INSERT INTO group_member (group_id, student_id, valid_from) VALUES (?, ?, '2030-09-01')",
        vdmGroup,
        s5);
    TestPeople.teach(vdm.personId(), vdmGroup);
    accounts.put(Role.VDM_EDUCATOR, vdm);

    for (Role role :
        new Role[] {
          Role.SOCIAL_PEDAGOGUE,
          Role.PSYCHOLOGIST,
          Role.SPECIAL_PEDAGOGUE,
          Role.SPEECH_THERAPIST,
          Role.CAREER_SPECIALIST
        }) {
      Account specialist = TestPeople.staff("Inga", surnameOf(role), role);
      TestPeople.support(specialist.personId(), s5);
      accounts.put(role, specialist);
    }
    accounts.put(Role.GUARDIAN, TestPeople.guardianOf("Rasa", "Kazlauskienė", s5));
    accounts.put(Role.STUDENT, TestPeople.studentAccount(s5, "Ąžuolas", "Kazlauskas"));
    return new World(accounts, own, s6);
  }

  private static String abbreviate(String text) {
    return text.length() <= 160 ? text : text.substring(0, 160) + "…";
  }

  private static String[] cells(String line) {
    String[] cells = line.split("\\|");
    for (int i = 0; i < cells.length; i++) {
      cells[i] = cells[i].strip();
    }
    return cells;
  }

  /** A surname after the role, written as a name (pages crawled for raw enum names list people). */
  private static String surnameOf(Role role) {
    return role.name().charAt(0) + role.name().substring(1).toLowerCase().replace("_", "");
  }
}
