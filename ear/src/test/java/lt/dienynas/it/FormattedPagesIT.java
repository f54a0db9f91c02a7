package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lt.dienynas.correction.CorrectionStatus;
import lt.dienynas.correction.Decision;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.messaging.AnnouncementKind;
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
 * Every page of every role shows dates and times the Lithuanian way in Vilnius time and enum values
 * through the bundles: no ISO timestamp ("2026-12-02T16:52:21.526") and no raw enum name
 * ("SUBMITTED", "COMPLETED") in any page's text, with a correction act decided by the deputy (its
 * decision time on the act page) among the data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormattedPagesIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 22);

  private static final Pattern ISO_TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  /** Raw names of the enums a page shows (JBeret's batch statuses are text, listed by hand). */
  private static final Pattern RAW_ENUM =
      Pattern.compile(
          "\\b("
              + Stream.of(
                      Arrays.stream(CorrectionStatus.values()).map(Enum::name),
                      Arrays.stream(Decision.values()).map(Enum::name),
                      Arrays.stream(AttendanceStatus.values()).map(Enum::name),
                      Arrays.stream(AnnouncementKind.values()).map(Enum::name),
                      Arrays.stream(Role.values()).map(Enum::name),
                      Stream.of(
                          "STARTING",
                          "STARTED",
                          "STOPPING",
                          "STOPPED",
                          "FAILED",
                          "COMPLETED",
                          "ABANDONED"))
                  .flatMap(s -> s)
                  .distinct()
                  .collect(Collectors.joining("|"))
              + ")\\b");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void noPageOfAnyRoleShowsAnIsoTimestampOrARawEnumName() {
    TestSchool school = TestSchool.create(6, 1);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 3);
    Account parent = TestSchool.guardianOf("Jolanta", "Mamaitė", student);
    Account studentAccount = school.studentAccount(0);
    Account deputy = TestPeople.staff("Daiva", "Pavaduotoja", Role.DEPUTY);
    Account admin = TestPeople.staff("Algis", "Administratorius", Role.DB_ADMIN);
    Account director = TestPeople.staff("Dalia", "Direktorė", Role.DIRECTOR);
    Reply given =
        Api.basic(contextRoot, school.teacher)
            .put("lessons/" + lesson + "/marks/" + student, "{\"notation\":\"5\"}");
    assertTrue(given.status() < 300, given.body());
    TestPeople.run(
        "INSERT INTO month_lock (month, scope, school_class_id, locked, changed_at, changed_by)"
            + " VALUES ('2030-10', ?, ?, TRUE, CURRENT_TIMESTAMP(3), 'test')",
        "C" + school.classId,
        school.classId);

    // the teacher drafts and submits an act; the deputy agrees: the act page shows both times
    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());
    Page draft = teacher.get("correction/draft.xhtml?lesson=" + lesson);
    assertEquals(200, draft.status(), draft.text());
    Element correct = draft.document().selectFirst("tr[data-student='" + student + "'] input");
    assertNotNull(correct, draft.text());
    assertEquals("", correct.val(), "the correct value starts empty (typing 8 must not give 58)");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(correct.attr("name"), "8");
    fields.put("draft-form:error-nature", "Pažymys įrašytas klaidingai");
    fields.put("draft-form:reason", "Suklysta vedant pažymį");
    fields.put("draft-form:submit-act", "");
    Page act = teacher.submit(draft, "#draft-form", fields);
    String actId =
        TestSchool.query(
            "SELECT MAX(id) FROM correction_act WHERE author_id = ?", school.teacher.personId());
    assertNotNull(actId, act.text());

    Portal deputyPortal = new Portal(contextRoot);
    deputyPortal.login(deputy.login(), deputy.password());
    Page toAgree = deputyPortal.get("correction/act.xhtml?id=" + actId);
    Page agreed = deputyPortal.submit(toAgree, "#act-form", Map.of("act-form:agree-deputy", ""));
    assertEquals(200, agreed.status());
    assertEquals(
        "1",
        TestSchool.query(
            "SELECT COUNT(*) FROM correction_act WHERE id = ? AND deputy_decided_at IS NOT NULL",
            actId));

    Map<Account, List<String>> extra = new LinkedHashMap<>();
    extra.put(school.teacher, List.of("correction/act.xhtml?id=" + actId, "correction/list.xhtml"));
    extra.put(deputy, List.of("correction/act.xhtml?id=" + actId, "correction/list.xhtml"));
    extra.put(
        admin,
        List.of(
            "correction/act.xhtml?id=" + actId,
            "history/verify.xhtml",
            "locking/locks.xhtml",
            "yearend/jobs.xhtml",
            "history/cell.xhtml?lesson=" + lesson + "&student=" + student));
    extra.put(director, List.of("correction/list.xhtml"));
    extra.put(school.classTeacher, List.of());
    extra.put(parent, List.of("account/notices.xhtml"));
    extra.put(studentAccount, List.of("account/notices.xhtml"));

    List<String> problems = new ArrayList<>();
    for (Map.Entry<Account, List<String>> role : extra.entrySet()) {
      Portal portal = new Portal(contextRoot);
      Page start = portal.login(role.getKey().login(), role.getKey().password());
      Set<String> pages = new LinkedHashSet<>();
      pages.add("");
      for (Element link : start.document().select("nav.dn-nav a[href]")) {
        String href = link.attr("href").replaceFirst("^/dienynas/", "");
        if (!href.isEmpty() && !href.startsWith("#") && !href.startsWith("http")) {
          pages.add(href);
        }
      }
      pages.addAll(role.getValue());
      for (String path : pages) {
        Page page = portal.get(path);
        if (page.status() >= 500) {
          problems.add(role.getKey().login() + " " + path + ": status " + page.status());
        }
        if (page.status() != 200) {
          continue;
        }
        String text = page.document().body() == null ? "" : page.document().body().text();
        Matcher iso = ISO_TIMESTAMP.matcher(text);
        if (iso.find()) {
          problems.add(role.getKey().login() + " " + path + ": ISO time " + around(text, iso));
        }
        Matcher raw = RAW_ENUM.matcher(text);
        if (raw.find()) {
          problems.add(role.getKey().login() + " " + path + ": raw enum " + around(text, raw));
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void theAnnouncementFormDefaultsToTheTeachersOwnClassAndOffersOnlyWhatSheMayAnnounce() {
    Account teacher = TestPeople.staff("Jūratė", "Vadovė", Role.CLASS_TEACHER, Role.TEACHER);
    Account other = TestPeople.staff("Rasa", "Kita", Role.CLASS_TEACHER);
    TestPeople.SchoolClassGroup fifth = TestPeople.gradeClass(5, "a", other.personId());
    TestPeople.SchoolClassGroup sixth = TestPeople.gradeClass(6, "a", teacher.personId());
    TestPeople.teach(teacher.personId(), fifth.groupId());
    Portal portal = new Portal(contextRoot);
    portal.login(teacher.login(), teacher.password());
    Page page = portal.get("announcements/announcements.xhtml");
    assertEquals(200, page.status());
    Element chosen = page.document().selectFirst("#class option[selected]");
    assertNotNull(chosen, page.text());
    assertEquals(String.valueOf(sixth.classId()), chosen.val(), "her own class, not " + fifth);
    // her own class: parent meetings and events are offered
    assertTrue(
        page.document().select("#kind option").stream()
            .anyMatch(o -> o.val().equals("PARENT_MEETING")),
        page.text());
  }

  @Test
  void aRefusedPublishKeepsTheTypedTextAndSaysWhyOnTheSamePage() {
    Account teacher = TestPeople.staff("Kęstutis", "Mokytojas", Role.TEACHER);
    Account classTeacher = TestPeople.staff("Rasa", "Vadovė", Role.CLASS_TEACHER);
    TestPeople.SchoolClassGroup fifth = TestPeople.gradeClass(5, "a", classTeacher.personId());
    TestPeople.teach(teacher.personId(), fifth.groupId());
    String typed = "Matematikos pamoka perkeliama į 12 kabinetą";
    try (Browser browser = new Browser(contextRoot)) {
      browser.logInAndOpen(
          "announcements/announcements.xhtml", teacher.login(), teacher.password());
      // a subject teacher of the class is offered only the kinds she may announce
      List<String> kinds =
          browser.driver().findElements(org.openqa.selenium.By.cssSelector("#kind option")).stream()
              .map(o -> o.getAttribute("value"))
              .toList();
      assertTrue(
          !kinds.contains("PARENT_MEETING") && kinds.contains("TIMETABLE_CHANGE"),
          kinds.toString());
      browser.find(org.openqa.selenium.By.id("topics")).sendKeys(typed);
      // meanwhile her assignment to the class ends: the publish is refused
      TestPeople.run("DELETE FROM teaching_assignment WHERE teacher_id = ?", teacher.personId());
      browser.find(org.openqa.selenium.By.id("announce")).click();
      browser
          .await()
          .until(
              org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                  org.openqa.selenium.By.id("messages"), "negalite"));
      assertEquals(typed, browser.find(org.openqa.selenium.By.id("topics")).getAttribute("value"));
    }
  }

  @Test
  void lateArrivalsAreNoMissedLessonsTheDiaryHasALegendAndMonthLocksShowTheirStateUpFront() {
    TestSchool school = TestSchool.create(6, 2);
    long late = school.students.get(0);
    long absent = school.students.get(1);
    long lesson = school.lesson(DAY, 2);
    Reply saved =
        Api.basic(contextRoot, school.teacher)
            .put(
                "lessons/" + lesson + "/entries",
                "{\"record\":{\"topic\":\"Trupmenos\"},\"cells\":{\""
                    + late
                    + "\":\"p\",\""
                    + absent
                    + "\":\"n\"}}");
    assertTrue(saved.status() < 300, saved.body());

    Portal classTeacher = new Portal(contextRoot);
    classTeacher.login(school.classTeacher.login(), school.classTeacher.password());
    Page justifications =
        classTeacher.get("journal/justifications.xhtml?class=" + school.classId + "&asOf=" + DAY);
    assertEquals(200, justifications.status());
    String missed = justifications.document().select("#unjustified").text();
    assertTrue(missed.contains(school.studentNames.get(1)), missed);
    assertTrue(!missed.contains(school.studentNames.get(0)), "a late arrival is no missed lesson");
    assertTrue(
        justifications
            .document()
            .select("#unjustified-late")
            .text()
            .contains(school.studentNames.get(0)),
        justifications.text());

    Account parent = TestSchool.guardianOf("Lina", "Tėvaitė", late);
    Portal guardian = new Portal(contextRoot);
    guardian.login(parent.login(), parent.password());
    Page diary = guardian.get("diary/child.xhtml?student=" + late + "&date=" + DAY);
    assertEquals(200, diary.status());
    assertTrue(
        diary.document().select("#diary-legend").text().contains("p – pavėlavo"), diary.text());

    Account admin = TestPeople.staff("Giedrius", "Užrakintojas", Role.DB_ADMIN);
    Portal adminPortal = new Portal(contextRoot);
    adminPortal.login(admin.login(), admin.password());
    Page locks = adminPortal.get("locking/locks.xhtml");
    assertEquals(
        12,
        locks.document().select("#locks-form\\:lock-months span[data-month]").size(),
        locks.text());
    assertTrue(locks.text().matches("(?s).*\\d{4} m\\. [a-ząčęėįšųūž]+.*"), locks.text());
    assertTrue(!locks.text().contains("MMMM"), locks.text());
  }

  @Test
  void aGuardianChoosesTheNoticesOverTheApiAndAStaleChoiceIsRefused() {
    Account parent = TestPeople.guardian("Rūta", "Renkanti");
    Api api = Api.basic(contextRoot, parent);
    Reply defaults = api.get("me/notice-preferences");
    assertEquals(200, defaults.status(), defaults.body());
    assertTrue(defaults.body().replace(" ", "").contains("\"marks\":true"), defaults.body());
    Reply saved =
        api.put(
            "me/notice-preferences",
            "{\"marks\":false,\"absences\":true,\"homework\":false,\"byEmail\":false,\"version\":0}");
    assertEquals(200, saved.status(), saved.body());
    Reply read = api.get("me/notice-preferences");
    assertTrue(read.body().replace(" ", "").contains("\"marks\":false"), read.body());
    Reply stale =
        api.put(
            "me/notice-preferences",
            "{\"marks\":true,\"absences\":true,\"homework\":true,\"byEmail\":true,\"version\":0}");
    assertEquals(409, stale.status(), stale.body());

    Portal portal = new Portal(contextRoot);
    portal.login(parent.login(), parent.password());
    Page page = portal.get("account/notices.xhtml");
    assertEquals(200, page.status());
    assertNotNull(page.document().getElementById("menu-notice-settings"), page.text());
    assertTrue(page.text().contains("Pranešimų nustatymai"), page.text());
  }

  private static String around(String text, Matcher match) {
    return "„"
        + text.substring(Math.max(0, match.start() - 40), Math.min(text.length(), match.end() + 40))
        + "“";
  }
}
