package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lt.dienynas.it.Portal.Page;
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
 * The teacher's landing page names today's work: the lessons up to today still without a topic (not
 * those not held, not those with a topic, not those older than two weeks) and the tests of their
 * own groups and subjects coming in the week.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LandingWorkIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theTeachersLandingCountsLessonsWithoutATopicAndTheTestsAhead() {
    TestSchool school = TestSchool.create(7, 1);
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    TestPeople.run(
        "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from, valid_to)"
            + " VALUES (?, ?, ?, ?, ?)",
        school.teacher.personId(),
        school.subjectId,
        school.groupId,
        today.minusDays(40),
        today.plusDays(40));
    String lesson =
        "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number, topic,"
            + " not_held_reason) VALUES (?, ?, ?, ?, ?, ?, ?)";
    // counted: today's and last week's lessons without a topic
    TestPeople.run(
        lesson, school.groupId, school.subjectId, school.teacher.personId(), today, 1, null, null);
    TestPeople.run(
        lesson,
        school.groupId,
        school.subjectId,
        school.teacher.personId(),
        today.minusDays(7),
        1,
        null,
        null);
    // not counted: a topic written, a lesson not held, one three weeks old, one tomorrow
    TestPeople.run(
        lesson,
        school.groupId,
        school.subjectId,
        school.teacher.personId(),
        today,
        2,
        "Tema",
        null);
    TestPeople.run(
        lesson,
        school.groupId,
        school.subjectId,
        school.teacher.personId(),
        today,
        3,
        null,
        "QUARANTINE");
    TestPeople.run(
        lesson,
        school.groupId,
        school.subjectId,
        school.teacher.personId(),
        today.minusDays(21),
        1,
        null,
        null);
    TestPeople.run(
        lesson,
        school.groupId,
        school.subjectId,
        school.teacher.personId(),
        today.plusDays(1),
        1,
        null,
        null);
    String test =
        "INSERT INTO planned_test (group_id, subject_id, test_date, description, announced_by,"
            + " announced_at) VALUES (?, ?, ?, 'Kontrolinis', ?, ?)";
    TestPeople.run(
        test,
        school.groupId,
        school.subjectId,
        today.plusDays(3),
        school.teacher.personId(),
        LocalDateTime.now(SchoolClock.ZONE));
    // not counted: a test in two weeks
    TestPeople.run(
        test,
        school.groupId,
        school.subjectId,
        today.plusDays(14),
        school.teacher.personId(),
        LocalDateTime.now(SchoolClock.ZONE));

    Page landing = new Portal(contextRoot).login(school.teacher.login(), school.teacher.password());
    Element section = landing.document().getElementById("landing-TEACHER");
    assertNotNull(section, landing.text());
    assertTrue(
        section
            .text()
            .contains("Pamokų be temos per 14 d. iki šiandien: 2; kontrolinių darbų per 7 d.: 1"),
        section.text());
  }
}
