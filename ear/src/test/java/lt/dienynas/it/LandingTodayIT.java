package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Today's work on the landing pages: the guardian sees for each child (and the student for
 * themselves) the marks and absences of the last seven days, the homework due tomorrow and by the
 * end of the week, the tests of the coming week — exactly, not older or later ones; the deputy sees
 * the act waiting for them, last month's lock deadline, the jobs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LandingTodayIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theGuardiansAndTheStudentsDayAndTheDeputysDeadlines() {
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    LocalDate tomorrow = today.plusDays(1);
    LocalDate weekEnd = tomorrow.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    long sibling = school.students.get(1);
    // the class of the test's own year is theirs since two months before today
    TestPeople.run(
        "UPDATE group_member SET valid_from = ? WHERE group_id = ?",
        today.minusDays(60),
        school.groupId);
    long lithuanian = school.subject("Lietuvių kalba", school.teacher);
    DiaryRecords records = new DiaryRecords(school);

    long yesterday = school.lesson(today.minusDays(1), 1);
    records.mark(yesterday, child, "9");
    records.mark(yesterday, sibling, "6");
    records.late(yesterday, child);
    records.homework(yesterday, "Uždaviniai 5–7", tomorrow);
    long lt = school.lesson(lithuanian, school.teacher, today.minusDays(3), 2);
    records.mark(lt, child, "7");
    records.absent(school.lesson(today.minusDays(2), 2), child, null);
    records.absent(school.lesson(today.minusDays(4), 3), child, "ILLNESS");
    // not counted: ten days ago
    long old = school.lesson(today.minusDays(10), 1);
    records.mark(old, child, "5");
    records.absent(school.lesson(today.minusDays(10), 2), child, null);
    records.homework(school.lesson(lithuanian, school.teacher, today, 1), "Rašinys", weekEnd);
    // not listed: homework due in two weeks, a test in two weeks
    records.homework(school.lesson(today, 2), "Projektas", today.plusDays(14));
    records.test(school.subjectId, today.plusDays(3));
    records.test(lithuanian, today.plusDays(14));

    String homework =
        weekEnd.equals(tomorrow)
            ? "namų darbai rytojui – Lietuvių kalba, Matematika; iki " + weekEnd + " – –"
            : "namų darbai rytojui – Matematika; iki "
                + weekEnd
                + " – Lietuvių kalba ("
                + weekEnd
                + ")";
    String tests = "atsiskaitomieji darbai per 7 d. – Matematika (" + today.plusDays(3) + ")";
    String a = school.studentNames.get(0);
    String b = school.studentNames.get(1);
    List<String> childLines =
        List.of(
            a
                + ": naujausi įvertinimai per 7 d. – 9 (Matematika, "
                + today.minusDays(1)
                + "), 7 (Lietuvių kalba, "
                + today.minusDays(3)
                + ")",
            a + ": per 7 d. praleista pamokų – 2 (nepateisinta 1), pavėluota – 1",
            a + ": " + homework,
            a + ": " + tests);
    Account parent = TestSchool.guardianOf("Rasa", "Šiandieninė", child, sibling);
    Page landing = new Portal(contextRoot).login(parent.login(), parent.password());
    Element section = landing.document().getElementById("today-facts-GUARDIAN");
    assertNotNull(section, landing.text());
    List<String> expected = new java.util.ArrayList<>(childLines);
    expected.addAll(
        List.of(
            b + ": naujausi įvertinimai per 7 d. – 6 (Matematika, " + today.minusDays(1) + ")",
            b + ": per 7 d. praleista pamokų – 0 (nepateisinta 0), pavėluota – 0",
            b + ": " + homework,
            b + ": " + tests));
    assertEquals(expected, section.select("li").eachText());

    Account me = school.studentAccount(0);
    Page mine = new Portal(contextRoot).login(me.login(), me.password());
    Element own = mine.document().getElementById("today-facts-STUDENT");
    assertNotNull(own, mine.text());
    assertEquals(childLines, own.select("li").eachText());

    // the deputy: the act submitted to them, last month's lock, the jobs
    Account deputy = TestPeople.staff("Dalia", "Pavaduotoja", Role.DEPUTY);
    String number = "T" + System.nanoTime() % 1_000_000;
    LocalDateTime submitted = LocalDateTime.now(SchoolClock.ZONE).plusSeconds(5);
    TestPeople.run(
        "INSERT INTO correction_act (school_year_id, seq, act_number, status, author_id,"
            + " teacher_id, group_id, subject_id, record_date, error_nature, reason, created_at,"
            + " submitted_at) VALUES (?, 1, ?, 'SUBMITTED', ?, ?, ?, ?, ?, 'Klaidingas pažymys',"
            + " 'Suvesta ne tam mokiniui', ?, ?)",
        school.yearId,
        number,
        school.teacher.personId(),
        school.teacher.personId(),
        school.groupId,
        school.subjectId,
        LocalDate.of(2030, 10, 8),
        submitted,
        submitted);
    TestPeople.run(
        "INSERT INTO correction_item (act_id, position, kind, student_id, lesson_id, wrong_value,"
            + " correct_value) SELECT id, 1, 'MARK', ?, ?, '9', '8' FROM correction_act"
            + " WHERE act_number = ? AND school_year_id = ?",
        child,
        yesterday,
        number,
        school.yearId);
    Page deputys = new Portal(contextRoot).login(deputy.login(), deputy.password());
    Element work = deputys.document().getElementById("today-facts-DEPUTY");
    assertNotNull(work, deputys.text());
    List<String> lines = work.select("li").eachText();
    assertTrue(
        lines.contains(
            "Aktas Nr. "
                + number
                + ": 6a, įrašo data 2030-10-08, pateiktas "
                + submitted.toLocalDate()),
        String.join("\n", lines));
    YearMonth last = YearMonth.from(today).minusMonths(1);
    String lockDay =
        TestSchool.query("SELECT value FROM school_setting WHERE name = 'month_lock_day'");
    LocalDate deadline =
        YearMonth.from(today)
            .atDay(Math.min(lockDay == null ? 6 : Integer.parseInt(lockDay.strip()), 28));
    boolean locked =
        "1"
            .equals(
                TestSchool.query(
                    "SELECT COUNT(*) FROM month_lock WHERE month = ? AND scope = 'SCHOOL'"
                        + " AND locked = TRUE AND (unlocked_until IS NULL OR unlocked_until < NOW(3))",
                    last.toString()));
    assertTrue(
        lines.contains(
            "Praėjusio mėnesio ("
                + last
                + ") užrakinimo terminas "
                + deadline
                + (locked ? ": užrakintas" : ": dar neužrakintas")),
        String.join("\n", lines));
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.matches(
                        "Vykdomi paketiniai darbai: \\d+; nepavykę per 7 d\\.: \\d+ \\(.*\\)")),
        String.join("\n", lines));
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("Korekcijos aktų laukia jūsų (pavaduotojo) sprendimo: ")),
        String.join("\n", lines));
  }
}
