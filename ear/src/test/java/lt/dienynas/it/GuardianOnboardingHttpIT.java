package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.Portal.Page;
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
 * A school onboards a parent over HTTP, end to end on the real EAR: the DB admin creates a guardian
 * of a 6th-grader and links them to a 3rd-grader of another class (API), gives them a first-login
 * slip; the guardian logs in to the portal, must change the temporary password first, then sees
 * both children — on the landing page, in the diary (page) and through the API — with each child's
 * lessons, marks and absences. A child not theirs, and a child unlinked later, is refused on the
 * page and over the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuardianOnboardingHttpIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);
  private static final String NEW_PASSWORD = "Tevu-Slapt-2030";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aGuardianOfTwoChildrenInTwoClassesLogsInWithTheSlipAndSeesBoth() {
    TestSchool sixth = TestSchool.create(6, 2);
    TestSchool third = TestSchool.create(3, 1);
    long sixGrader = sixth.students.get(0);
    long notTheirs = sixth.students.get(1);
    long thirdGrader = third.students.get(0);
    long fractions = sixth.lesson(DAY, 2);
    TestPeople.run("UPDATE lesson SET topic = ? WHERE id = ?", "Trupmenų sudėtis", fractions);
    TestPeople.run(
        "INSERT INTO mark (lesson_id, student_id, scale, mark_value, kind, recorded_by,"
            + " recorded_at) VALUES (?, ?, 'TEN_POINT', '9', 'CLASSWORK', ?, CURRENT_TIMESTAMP(3))",
        fractions,
        sixGrader,
        sixth.teacher.personId());
    long reading = third.lesson(DAY, 1);
    TestPeople.run("UPDATE lesson SET topic = ? WHERE id = ?", "Skaitymas balsu", reading);
    TestPeople.run(
        "INSERT INTO attendance (lesson_id, student_id, status, recorded_by, recorded_at)"
            + " VALUES (?, ?, 'ABSENT', ?, CURRENT_TIMESTAMP(3))",
        reading,
        thirdGrader,
        third.teacher.personId());
    String lastName = "Globėjienė" + (System.nanoTime() % 100000);

    // the DB admin: the guardian, the second child, the slip
    Api admin = Api.basic(contextRoot, TestPeople.staff("Giedrius", "Adminas", Role.DB_ADMIN));
    Reply created =
        admin.post(
            "students/" + sixGrader + "/guardians",
            "{\"firstName\":\"Rasa\",\"lastName\":\"" + lastName + "\"}");
    assertEquals(201, created.status(), created.body());
    long guardian = created.number("id");
    Reply linked = admin.put("students/" + thirdGrader + "/guardians/" + guardian, "");
    assertEquals(204, linked.status(), linked.body());
    Reply slip = admin.post("guardians/" + guardian + "/first-login", "");
    assertEquals(200, slip.status(), slip.body());
    String login = text(slip, "login");
    String password = text(slip, "password");

    // the first login: nothing but the password change until it is done
    Portal portal = new Portal(contextRoot);
    Page first = portal.login(login, password);
    assertNotNull(first.document().selectFirst("#password-form"), first.text());
    Page diaryFirst = portal.get("diary/child.xhtml?student=" + sixGrader + "&date=" + DAY);
    assertNotNull(diaryFirst.document().selectFirst("#password-form"), diaryFirst.text());
    assertFalse(diaryFirst.text().contains("Trupmenų sudėtis"), diaryFirst.text());
    // an API client with the temporary password gets a JSON refusal that says why, not a page
    Reply apiFirst = Api.basic(contextRoot, account(login, password)).get("me/children");
    assertEquals(403, apiFirst.status(), apiFirst.body());
    assertTrue(apiFirst.body().contains("\"error\":\"api.passwordChangeFirst\""), apiFirst.body());
    assertTrue(apiFirst.body().contains("laikin"), apiFirst.body());
    assertFalse(apiFirst.body().contains(sixth.studentNames.get(0)), apiFirst.body());
    Page changed =
        portal.submit(
            first,
            "#password-form",
            Map.of(
                "password-form", "password-form",
                "current", password,
                "chosen", NEW_PASSWORD,
                "repeated", NEW_PASSWORD,
                "password-submit", ""));
    assertNotNull(changed.document().selectFirst("#landing-welcome"), changed.text());
    String landingChildren =
        String.join(" | ", changed.document().select("#today-children li").eachText());
    assertTrue(landingChildren.contains(sixth.studentNames.get(0)), landingChildren);
    assertTrue(landingChildren.contains(third.studentNames.get(0)), landingChildren);

    // the diary page: both children to choose from, each with their own week
    Page sixWeek = portal.get("diary/child.xhtml?student=" + sixGrader + "&date=" + DAY);
    assertEquals(200, sixWeek.status(), sixWeek.text());
    String children = sixWeek.document().select("#children").text();
    assertTrue(children.contains(sixth.studentNames.get(0) + " (6a)"), children);
    assertTrue(children.contains(third.studentNames.get(0) + " (3a)"), children);
    assertEquals(
        "9",
        sixWeek
            .document()
            .select("#diary-week tr[data-lesson='" + fractions + "'] .dn-mark")
            .text()
            .strip(),
        sixWeek.text());
    assertTrue(sixWeek.document().select("#diary-week").text().contains("Trupmenų sudėtis"));
    Page thirdWeek = portal.get("diary/child.xhtml?student=" + thirdGrader + "&date=" + DAY);
    assertEquals(200, thirdWeek.status(), thirdWeek.text());
    assertTrue(
        thirdWeek.document().select("#diary-week").text().contains("Skaitymas balsu"),
        thirdWeek.text());
    assertTrue(
        thirdWeek
            .document()
            .select("#diary-week tr[data-lesson='" + reading + "'] .dn-attendance")
            .text()
            .startsWith("n"),
        thirdWeek.text());

    // the API: the same two children and weeks
    Api parent = Api.basic(contextRoot, account(login, NEW_PASSWORD));
    Reply mine = parent.get("me/children?date=" + DAY);
    assertEquals(200, mine.status(), mine.body());
    assertEquals(List.of(sixGrader, thirdGrader).stream().sorted().toList(), ids(mine.body()));
    assertTrue(mine.body().contains("\"className\":\"6a\""), mine.body());
    assertTrue(mine.body().contains("\"className\":\"3a\""), mine.body());
    Reply apiSix = parent.get("students/" + sixGrader + "/week?date=" + DAY);
    assertEquals(200, apiSix.status(), apiSix.body());
    assertTrue(apiSix.body().contains("Trupmenų sudėtis"), apiSix.body());
    Reply apiThird = parent.get("students/" + thirdGrader + "/week?date=" + DAY);
    assertEquals(200, apiThird.status(), apiThird.body());
    assertTrue(apiThird.body().contains("Skaitymas balsu"), apiThird.body());
    assertTrue(apiThird.body().contains("ABSENT"), apiThird.body());

    // a classmate of the 6th-grader is not theirs: refused on the page and over the API
    assertRefused(portal, parent, notTheirs);

    // unlinked from the 3rd-grader: that diary closes, the other stays open
    assertEquals(204, admin.delete("students/" + thirdGrader + "/guardians/" + guardian).status());
    assertRefused(portal, parent, thirdGrader);
    assertEquals(List.of(sixGrader), ids(parent.get("me/children?date=" + DAY).body()));
    assertEquals(200, parent.get("students/" + sixGrader + "/week?date=" + DAY).status());
  }

  private static void assertRefused(Portal portal, Api parent, long student) {
    Page page = portal.get("diary/child.xhtml?student=" + student + "&date=" + DAY);
    assertEquals(403, page.status(), page.text());
    assertNotNull(page.document().selectFirst("#error-403"), page.text());
    for (String path :
        List.of(
            "students/" + student + "/week?date=" + DAY,
            "students/" + student + "/marks?from=2030-09-01&to=2030-10-31",
            "students/" + student + "/attendance?from=2030-09-01&to=2030-10-31")) {
      Reply reply = parent.get(path);
      assertEquals(403, reply.status(), path + ": " + reply.body());
    }
  }

  private static Account account(String login, String password) {
    return new Account(0, login, password, login);
  }

  private static String text(Reply reply, String name) {
    Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
    assertTrue(m.find(), "no " + name + " in " + reply.body());
    return m.group(1);
  }

  private static List<Long> ids(String body) {
    Matcher m = Pattern.compile("\"studentId\"\\s*:\\s*(\\d+)").matcher(body);
    List<Long> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(Long.parseLong(m.group(1)));
    }
    return found.stream().sorted().toList();
  }
}
