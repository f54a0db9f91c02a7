package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.dienynas.demo.DemoCalendar;
import lt.dienynas.demo.DemoSchool;
import lt.dienynas.demo.DemoSchool.DemoLogin;
import lt.dienynas.demo.DemoToday;
import lt.dienynas.it.Portal.Page;
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
 * The demo school the run command loads: it loads into the migrated schema, twice changes nothing,
 * and every demo login of the README reaches its landing page with the name spelt right; it lives
 * in today's school year: the subject teacher's grid of this month and the guardian's diary of this
 * week show lessons, marks and absences, and creating next month's lessons from the timetable works
 * (and says why when there is nothing to create). "Today" is the server's and the loader's real
 * date, as on the run command.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoSchoolIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void everyDemoLoginReachesItsLandingPage() throws Exception {
    try (Connection c = TestPeople.connect()) {
      loaded(c);
      long people = count(c, "SELECT COUNT(*) FROM person");
      assertTrue(DemoSchool.load(c).alreadyLoaded());
      assertEquals(
          people, count(c, "SELECT COUNT(*) FROM person"), "a second load changes nothing");
    }
    List<String> failures = new ArrayList<>();
    for (DemoLogin demo : DemoSchool.LOGINS) {
      Page page = new Portal(contextRoot).login(demo.login(), DemoSchool.PASSWORD);
      Element section = page.document().getElementById("landing-" + demo.role().name());
      if (section == null || !page.text().contains(demo.fullName())) {
        failures.add(demo.login() + " (" + demo.role() + "): " + page.text());
        continue;
      }
      String content = todaysContent(demo.role(), section);
      String expected = EXPECTED.getOrDefault(demo.role(), ".*[1-9].*");
      if (!section.select(".dn-empty").isEmpty() || !content.matches("(?s)" + expected)) {
        failures.add(
            demo.login() + " (" + demo.role() + ") should show " + expected + ": " + content);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theSocialPedagogueWatchesARiskGroupStudentWithProgressNotesAndGetsEarlyWarnings()
      throws Exception {
    try (Connection c = TestPeople.connect()) {
      loaded(c);
      assertTrue(count(c, "SELECT COUNT(*) FROM progress_note") >= 10, "progress notes");
      assertEquals(1, count(c, "SELECT COUNT(*) FROM risk_group_flag WHERE in_group"));
      assertTrue(count(c, "SELECT COUNT(*) FROM early_warning") > 0, "early warnings fired");
    }
    Portal portal = new Portal(contextRoot);
    portal.login(DemoSchool.login(Role.SOCIAL_PEDAGOGUE).login(), DemoSchool.PASSWORD);
    Page list = portal.get("support/my-students.xhtml");
    assertEquals(200, list.status());
    assertEquals(3, list.document().select("#supported-table .watch-student").size(), list.text());
    assertEquals(1, list.document().select("#supported-table .watch-risk").size(), list.text());
    Page inbox = portal.get("messaging/inbox.xhtml");
    assertTrue(inbox.text().contains("Ankstyvasis perspėjimas"), inbox.text());
  }

  /**
   * What each demo login's landing section must show of its real, current work on the loaded demo
   * (a regular expression; a role not named: some count above zero).
   */
  private static final Map<Role, String> EXPECTED =
      Map.ofEntries(
          Map.entry(
              Role.DIRECTOR, ".*derinimo ar taikymo: [1-9].*užrakintas mėnuo: \\d{4}-\\d{2}.*"),
          Map.entry(Role.DEPUTY, ".*pavaduotojo\\) sprendimo: [1-9].*užrakintas mėnuo.*"),
          Map.entry(Role.DB_ADMIN, ".*Registrų importų.*užrakintas mėnuo: \\d{4}-\\d{2}.*"),
          Map.entry(Role.IT_SPECIALIST, ".*paskyrų: [1-9].*"),
          Map.entry(Role.CLASS_TEACHER, ".*Klasė \\S+: mokinių [1-9].*"),
          Map.entry(Role.TEACHER, ".*Paskutinė pamoka \\d{4}-\\d{2}-\\d{2}: .*"),
          Map.entry(Role.NON_FORMAL_TEACHER, ".*Paskutinė pamoka \\d{4}-\\d{2}-\\d{2}: .*"),
          Map.entry(Role.VDM_EDUCATOR, ".*Paskutinė pamoka \\d{4}-\\d{2}-\\d{2}: .*"),
          Map.entry(
              Role.PRESCHOOL_TEACHER,
              ".*Grupė .*: vaikų sąraše [1-9].*Paskutinė pamoka \\d{4}-\\d{2}-\\d{2}: .*"),
          Map.entry(Role.SOCIAL_PEDAGOGUE, ".*Remiamų mokinių: [1-9] \\(\\p{L}+.*"),
          Map.entry(Role.PSYCHOLOGIST, ".*Remiamų mokinių: [1-9] \\(\\p{L}+.*"),
          Map.entry(Role.SPECIAL_PEDAGOGUE, ".*Remiamų mokinių: [1-9] \\(\\p{L}+.*"),
          Map.entry(Role.SPEECH_THERAPIST, ".*Remiamų mokinių: [1-9] \\(\\p{L}+.*"),
          Map.entry(Role.CAREER_SPECIALIST, ".*Remiamų mokinių: [1-9] \\(\\p{L}+.*"),
          Map.entry(Role.HEALTH_SPECIALIST, ".*pranešimų apie sveikatą: [1-9].*"),
          Map.entry(Role.LIBRARIAN, ".*Mokinių mokykloje šiais mokslo metais: [1-9].*"),
          Map.entry(Role.ARCHIVIST, ".*užrakintų mėnesių: [1-9].*"),
          Map.entry(Role.GUARDIAN, ".*Ąžuolas Kazlauskas.*"),
          Map.entry(Role.STUDENT, ".+"));

  /** The section's "today" lists: its facts, lessons, children or own week. */
  private static String todaysContent(Role role, Element section) {
    String content =
        String.join(
            " | ",
            section
                .select(
                    "#today-facts-"
                        + role.name()
                        + " li, #today-lessons-"
                        + role.name()
                        + " li, #today-children li, #today-mine")
                .eachText());
    return content;
  }

  /** Loads the demo school once for the class (both tests may run in either order). */
  private static synchronized void loaded(Connection c) throws Exception {
    DemoSchool.load(c);
  }

  /** The last school day before today: the latest the demo filled. */
  private static LocalDate lastSchoolDay() {
    List<LocalDate> days =
        DemoCalendar.containing(DemoToday.today()).schoolDaysUpTo(DemoToday.today().minusDays(1));
    assumeTrue(!days.isEmpty(), "the school year has no school day before today yet");
    return days.get(days.size() - 1);
  }

  @Test
  void theClassTeachersInstructionsAndADocumentFromASanatorium() throws Exception {
    try (Connection c = TestPeople.connect()) {
      loaded(c);
      String year = " JOIN school_year y ON y.id = i.school_year_id AND y.name = '";
      assertTrue(
          count(
                  c,
                  "SELECT COUNT(*) FROM class_instruction i"
                      + year
                      + DemoSchool.YEAR_NAME
                      + "' WHERE i.sheet_filed_at IS NOT NULL")
              > 0,
          "filed sign sheets");
      assertTrue(
          count(
                  c,
                  "SELECT COUNT(*) FROM class_instruction i"
                      + year
                      + DemoSchool.YEAR_NAME
                      + "' WHERE i.sheet_filed_at IS NULL")
              > 0,
          "a sheet waiting for signatures");
      assertEquals(
          1,
          count(
              c,
              "SELECT COUNT(*) FROM student_document i"
                  + year
                  + DemoSchool.YEAR_NAME
                  + "' WHERE i.kind = 'SANATORIUM'"));
    }
    DemoLogin classTeacher =
        DemoSchool.LOGINS.stream()
            .filter(d -> d.role() == Role.CLASS_TEACHER)
            .findFirst()
            .orElseThrow();
    Portal portal = new Portal(contextRoot);
    portal.login(classTeacher.login(), DemoSchool.PASSWORD);
    Page instructions = portal.get("classdocs/instructions.xhtml");
    assertEquals(200, instructions.status(), instructions.text());
    assertTrue(
        instructions
            .document()
            .select("#instructions-table .instruction-title")
            .text()
            .contains("Saugus elgesys mokykloje ir pakeliui į mokyklą"),
        instructions.text());
  }

  @Test
  void theTeachersGridOfThisMonthAndTheGuardiansWeekShowLessonsMarksAndAbsences() throws Exception {
    LocalDate last = lastSchoolDay();
    YearMonth month = YearMonth.from(last);
    long group;
    long subject;
    long child;
    long mathematics;
    try (Connection c = TestPeople.connect()) {
      loaded(c);
      // a group and subject of the subject teacher's with a lesson on the last school day
      long[] taught =
          row(
              c,
              "SELECT l.group_id, l.subject_id FROM lesson l JOIN person p ON p.id = l.teacher_id"
                  + " JOIN user_account a ON a.person_id = p.id JOIN school_year y"
                  + " ON y.name = ? JOIN study_group g ON g.id = l.group_id AND g.school_year_id = y.id"
                  + " WHERE a.login = 'mokytojas' AND l.lesson_date = ? ORDER BY l.group_id LIMIT 1",
              DemoSchool.YEAR_NAME,
              last);
      group = taught[0];
      subject = taught[1];
      child =
          row(
              c,
              "SELECT a.person_id FROM user_account a WHERE a.login = ?",
              DemoSchool.login(Role.STUDENT).login())[0];
      mathematics = row(c, "SELECT id FROM subject WHERE code = 'MAT'")[0];
      LocalDate today = DemoToday.today();
      boolean daysAhead =
          !DemoCalendar.containing(today)
              .workingDays()
              .schoolDays(today, YearMonth.from(today).atEndOfMonth())
              .isEmpty();
      // the demo teachers' lessons only: other classes of this module write into the same database
      String ahead =
          "SELECT COUNT(*) FROM lesson l JOIN user_account a ON a.person_id = l.teacher_id"
              + " AND a.login IN ('mokytojas', 'klases.vadovas')"
              + " WHERE l.lesson_date >= '"
              + today
              + "' AND l.topic IS ";
      assertEquals(daysAhead, count(c, ahead + "NULL") > 0, "this month's lessons ahead, blank");
      assertEquals(0, count(c, ahead + "NOT NULL"), "nothing written ahead of today");
      assertTrue(
          count(
                  c,
                  "SELECT COUNT(*) FROM lesson WHERE lesson_date = '"
                      + last
                      + "' AND topic IS NOT NULL")
              > 0,
          "the last school day's lessons have topics");
    }

    Portal teacher = new Portal(contextRoot);
    teacher.login("mokytojas", DemoSchool.PASSWORD);
    Page grid =
        teacher.get(
            "journal/grid.xhtml?group=" + group + "&subject=" + subject + "&month=" + month);
    assertEquals(200, grid.status());
    assertFalse(grid.document().select("#journal-grid a[data-lesson]").isEmpty(), grid.text());
    List<String> cells = grid.document().select("#journal-grid .dn-cell").eachText();
    assertTrue(cells.stream().anyMatch(t -> t.matches(".*\\b([1-9]|10)\\b.*")), "a mark: " + cells);
    assertTrue(cells.stream().anyMatch(t -> t.matches(".*\\b[np]\\b.*")), "an n or p: " + cells);

    // the guardian's diary of this week (of the last school day's week when that is an earlier
    // one, as on a Monday): each of her children's lessons with topics, a mark and an absence
    List<Long> children;
    try (Connection c = TestPeople.connect()) {
      children =
          longs(
              c,
              "SELECT gs.student_id FROM guardianship gs JOIN user_account a"
                  + " ON a.person_id = gs.guardian_id WHERE a.login = 'tevai' ORDER BY 1");
    }
    assertEquals(2, children.size(), "the demo guardian's children: " + children);
    assertTrue(children.contains(child), children.toString());
    LocalDate monday = DemoToday.today().with(java.time.DayOfWeek.MONDAY);
    boolean thisWeek = !last.isBefore(monday);
    Portal guardian = new Portal(contextRoot);
    guardian.login("tevai", DemoSchool.PASSWORD);
    for (long each : children) {
      Page week =
          guardian.get("diary/child.xhtml?student=" + each + (thisWeek ? "" : "&date=" + last));
      assertEquals(200, week.status());
      assertEquals(
          (thisWeek ? monday : last.with(java.time.DayOfWeek.MONDAY)).toString(),
          week.document().select("#week-title").text().split(" ")[0],
          week.text());
      assertFalse(week.document().select("#diary-week td.dn-number").isEmpty(), week.text());
      assertTrue(
          week.document().select("#diary-week .dn-topic").eachText().stream()
              .anyMatch(t -> !t.isBlank()),
          "a topic this week: " + week.text());
      assertTrue(
          week.document().select("#diary-week td.dn-mark").eachText().stream()
              .anyMatch(t -> !t.isBlank()),
          "a mark this week: " + week.text());
      assertTrue(
          week.document().select("#diary-week td.dn-attendance").eachText().stream()
              .anyMatch(t -> t.startsWith("n") || t.startsWith("p")),
          "an absence this week: " + week.text());
    }

    // the class teacher of 6a creates next month's lessons of mathematics from the timetable
    YearMonth next = month.plusMonths(1);
    DemoCalendar calendar = DemoCalendar.containing(DemoToday.today());
    assumeTrue(
        !calendar.workingDays().schoolDays(next.atDay(1), next.atEndOfMonth()).isEmpty()
            && !next.atEndOfMonth().isAfter(calendar.end()),
        "next month has school days of this year");
    long sixA;
    try (Connection c = TestPeople.connect()) {
      sixA =
          row(
              c,
              "SELECT g.id FROM study_group g JOIN school_year y ON y.id = g.school_year_id"
                  + " WHERE y.name = ? AND g.name = '6a'",
              DemoSchool.YEAR_NAME)[0];
    }
    String path = "journal/grid.xhtml?group=" + sixA + "&subject=" + mathematics + "&month=" + next;
    Page before = teacher.get(path);
    Page generated = teacher.submit(before, "#generate-form", Map.of("generate-form:generate", ""));
    Matcher created = Pattern.compile("Sukurta pamokų: (\\d+)").matcher(generated.text());
    assertTrue(created.find(), generated.text());
    assertTrue(Integer.parseInt(created.group(1)) > 0, generated.text());
    Page again =
        teacher.submit(teacher.get(path), "#generate-form", Map.of("generate-form:generate", ""));
    assertTrue(
        again.text().contains("visos šio mėnesio tvarkaraščio pamokos jau sukurtos"), again.text());
  }

  @Test
  void thePreschoolTeachersDaysAreFilledAndLastMonthsSheetApproved() throws Exception {
    LocalDate today = DemoToday.today();
    lt.dienynas.school.WorkingDayCalendar days =
        new lt.dienynas.school.WorkingDayCalendar(List.of());
    LocalDate yesterday = today.minusDays(1);
    while (!days.isWorkingDay(yesterday)) {
      yesterday = yesterday.minusDays(1);
    }
    DemoCalendar calendar = DemoCalendar.containing(today);
    assumeTrue(!yesterday.isBefore(calendar.start()), "the year has a working day before today");
    long group;
    try (Connection c = TestPeople.connect()) {
      loaded(c);
      group =
          row(
              c,
              "SELECT g.id FROM study_group g JOIN school_year y ON y.id = g.school_year_id"
                  + " WHERE y.name = ? AND g.name = 'Boružėlės'",
              DemoSchool.YEAR_NAME)[0];
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM preschool_day WHERE group_id = "
                  + group
                  + " AND day >= '"
                  + today
                  + "'"),
          "nothing filled ahead of the morning");
    }
    Portal teacher = new Portal(contextRoot);
    teacher.login(DemoSchool.login(Role.PRESCHOOL_TEACHER).login(), DemoSchool.PASSWORD);
    Page morning = teacher.get("preschool/attendance.xhtml?group=" + group + "&date=" + yesterday);
    assertEquals(200, morning.status(), morning.text());
    assertTrue(morning.text().contains("Boružėlės"), morning.text());
    assertTrue(
        morning.document().getElementById("preschool-day-state").text().contains("Užpildyta"),
        morning.text());
    YearMonth previous = YearMonth.from(today).minusMonths(1);
    assumeTrue(!previous.atEndOfMonth().isBefore(calendar.start()), "a month of the year is over");
    Page sheet = teacher.get("preschool/sheets.xhtml?group=" + group + "&month=" + previous);
    assertTrue(sheet.text().contains("Suderintas"), sheet.text());
    assertTrue(sheet.text().contains("mėnuo užrakintas"), sheet.text());
    Portal deputy = new Portal(contextRoot);
    deputy.login(DemoSchool.login(Role.DEPUTY).login(), DemoSchool.PASSWORD);
    Page sheets = deputy.get("preschool/sheets.xhtml?month=" + previous);
    assertEquals(
        2,
        sheets.document().select("#preschool-sheet-list td.preschool-sheet-status").stream()
            .filter(e -> e.text().equals("Suderintas"))
            .count(),
        sheets.text());
  }

  /**
   * The class teachers' records in the demo (§21.6, §21.12, §21.13): every grade class's weekly log
   * but the last class's, which is two weeks behind; social-civic hours for every student of grades
   * 5–8; a parents' meeting ahead for every class.
   */
  @Test
  void theDemoClassesHaveTheirClassTeachersRecords() throws Exception {
    try (Connection c = TestPeople.connect()) {
      loaded(c);
      String year = "(SELECT id FROM school_year WHERE name = '" + DemoSchool.YEAR_NAME + "')";
      LocalDate today = DemoToday.today();
      long gradeClasses =
          count(
              c,
              "SELECT COUNT(*) FROM school_class WHERE level = 'GRADE' AND school_year_id = "
                  + year);
      long logged =
          count(
              c,
              "SELECT COUNT(DISTINCT e.school_class_id) FROM class_log_entry e JOIN school_class k"
                  + " ON k.id = e.school_class_id WHERE k.school_year_id = "
                  + year
                  + " AND e.entry_date > '"
                  + today.minusDays(8)
                  + "'");
      boolean schoolWeek =
          !DemoCalendar.containing(today)
              .workingDays()
              .schoolDays(today.minusDays(7), today.minusDays(1))
              .isEmpty();
      if (schoolWeek) {
        assertEquals(gradeClasses - 1, logged, "every class's log but one kept this week");
      }
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM group_member m JOIN study_group g ON g.id = m.group_id"
                  + " AND g.kind = 'CLASS' JOIN school_class k ON k.id = g.school_class_id"
                  + " AND k.level = 'GRADE' AND k.grade BETWEEN 5 AND 8 AND k.school_year_id = "
                  + year
                  + " WHERE NOT EXISTS (SELECT 1 FROM social_civic_entry e"
                  + " WHERE e.student_id = m.student_id)"),
          "every student of grades 5–8 has social-civic hours");
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM social_civic_entry e JOIN school_class k"
                  + " ON k.id = e.school_class_id WHERE k.grade < 5 AND k.school_year_id = "
                  + year),
          "none below grade 5");
      assertEquals(
          count(c, "SELECT COUNT(*) FROM school_class WHERE school_year_id = " + year),
          count(
              c,
              "SELECT COUNT(DISTINCT n.school_class_id) FROM announcement n JOIN school_class k"
                  + " ON k.id = n.school_class_id WHERE n.kind = 'PARENT_MEETING'"
                  + " AND n.event_date > '"
                  + today
                  + "' AND k.school_year_id = "
                  + year),
          "a parents' meeting ahead for every class");
    }
  }

  private static long[] row(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no row: " + sql);
        long[] values = new long[rs.getMetaData().getColumnCount()];
        for (int i = 0; i < values.length; i++) {
          values[i] = rs.getLong(i + 1);
        }
        return values;
      }
    }
  }

  private static List<Long> longs(Connection c, String sql) throws Exception {
    List<Long> values = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
    }
    return values;
  }

  /**
   * The demo's pre-school and pre-primary groups carry their education records (issue 15): a day
   * rhythm each, a weekly plan for every week of the year up to this one, reflections, October's
   * achievement steps for every child in all seven competencies; the pre-school teacher sees this
   * week's plan on their page.
   */
  @Test
  void thePreschoolGroupsHaveTheirRhythmPlansAndAchievementSteps() throws Exception {
    LocalDate today = DemoToday.today();
    LocalDate monday = today.with(java.time.DayOfWeek.MONDAY);
    try (Connection c = TestPeople.connect()) {
      loaded(c);
      String demoGroups =
          "SELECT g.id FROM study_group g JOIN school_year y ON y.id = g.school_year_id"
              + " WHERE g.kind = 'PRESCHOOL' AND y.start_date <= CURRENT_DATE"
              + " AND y.end_date >= CURRENT_DATE AND y.name = '"
              + DemoCalendar.containing(today).year().name()
              + "'";
      assertEquals(2, count(c, "SELECT COUNT(*) FROM (" + demoGroups + ") x"));
      assertEquals(
          2,
          count(
              c,
              "SELECT COUNT(DISTINCT r.group_id) FROM preschool_day_rhythm r"
                  + " JOIN preschool_day_rhythm_item i ON i.rhythm_id = r.id"
                  + " WHERE r.group_id IN ("
                  + demoGroups
                  + ")"));
      assertEquals(
          2,
          count(
              c,
              "SELECT COUNT(*) FROM preschool_week_plan WHERE week_start = '"
                  + monday
                  + "' AND group_id IN ("
                  + demoGroups
                  + ")"),
          "this week's plan of both groups");
      if (today.isAfter(DemoCalendar.containing(today).start().plusDays(14))) {
        assertTrue(
            count(
                    c,
                    "SELECT COUNT(*) FROM preschool_week_plan WHERE reflection IS NOT NULL"
                        + " AND group_id IN ("
                        + demoGroups
                        + ")")
                > 0);
      }
      if (!today.isBefore(
          YearMonth.of(DemoCalendar.containing(today).start().getYear(), 10).atDay(15))) {
        long children =
            count(
                c,
                "SELECT COUNT(DISTINCT student_id) FROM group_member WHERE group_id IN ("
                    + demoGroups
                    + ")");
        assertEquals(
            children * 7,
            count(
                c,
                "SELECT COUNT(*) FROM preschool_achievement_step WHERE assessment_round ="
                    + " 'OCTOBER' AND group_id IN ("
                    + demoGroups
                    + ")"),
            "every child, every competency");
      }
    }
    DemoLogin preschool =
        DemoSchool.LOGINS.stream()
            .filter(l -> l.role() == Role.PRESCHOOL_TEACHER)
            .findFirst()
            .orElseThrow();
    Portal portal = new Portal(contextRoot);
    portal.login(preschool.login(), DemoSchool.PASSWORD);
    Page plans = portal.get("preschool/week-plans.xhtml");
    assertEquals(200, plans.status(), plans.text());
    assertTrue(plans.text().contains("Tema: „"), plans.text());
    Page rhythm = portal.get("preschool/day-rhythm.xhtml");
    assertFalse(
        rhythm.document().select("#rhythm-table input[value=Pusryčiai]").isEmpty(), rhythm.text());
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
