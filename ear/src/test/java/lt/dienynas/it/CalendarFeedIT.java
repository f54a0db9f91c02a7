package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.TestPeople.Account;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.testing.Fixtures;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar feed (iCalendar at a secret address): a guardian, a student and a teacher subscribe,
 * the feed — read by ical4j's parser — holds the planned test, the homework due date, the parents'
 * meeting and the holidays they may see, nothing of a child not theirs; a new address revokes the
 * old one, a revoked or guessed one is 404, and a role without a diary of its own cannot subscribe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarFeedIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aGuardianAStudentAndATeacherSeeTheirOwnEventsInARealCalendarParser() throws Exception {
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    long otherChild = school.students.get(1);
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    // the school's fixtures live in 2030; this month's memberships and assignment put the class
    // into the feed's window (a month back, four months ahead)
    TestPeople.run(
        "INSERT INTO group_member (group_id, student_id, valid_from, valid_to) VALUES (?, ?, ?, ?)",
        school.groupId,
        child,
        today.minusDays(40),
        today.plusDays(130));
    TestPeople.run(
        "INSERT INTO teaching_assignment (teacher_id, subject_id, group_id, valid_from, valid_to)"
            + " VALUES (?, ?, ?, ?, ?)",
        school.teacher.personId(),
        school.subjectId,
        school.groupId,
        today.minusDays(40),
        today.plusDays(130));
    String test = Fixtures.unique("Trupmenų kontrolinis ");
    TestPeople.run(
        "INSERT INTO planned_test (group_id, subject_id, test_date, description, announced_by,"
            + " announced_at) VALUES (?, ?, ?, ?, ?, ?)",
        school.groupId,
        school.subjectId,
        today.plusDays(7),
        test,
        school.teacher.personId(),
        LocalDateTime.now(SchoolClock.ZONE));
    String homework = Fixtures.unique("Pratimai 12–14 ");
    TestPeople.run(
        "INSERT INTO lesson (group_id, subject_id, teacher_id, lesson_date, lesson_number, topic,"
            + " homework, homework_due) VALUES (?, ?, ?, ?, 7, 'Trupmenos', ?, ?)",
        school.groupId,
        school.subjectId,
        school.teacher.personId(),
        today.minusDays(1),
        homework,
        today.plusDays(2));
    String topics = Fixtures.unique("Pusmečio rezultatai ");
    TestPeople.run(
        "INSERT INTO announcement (school_class_id, author_id, kind, event_date, event_time,"
            + " place, topics, created_at) VALUES (?, ?, 'PARENT_MEETING', ?, '18:00:00', 'Aktų"
            + " salė', ?, ?)",
        school.classId,
        school.classTeacher.personId(),
        today.plusDays(10),
        topics,
        LocalDateTime.now(SchoolClock.ZONE));
    String holiday = Fixtures.unique("Žiemos atostogos ");
    TestPeople.run(
        "INSERT INTO holiday (school_year_id, name, start_date, end_date) VALUES (?, ?, ?, ?)",
        school.yearId,
        holiday,
        today.plusDays(20),
        today.plusDays(24));
    Account parent = TestSchool.guardianOf("Rasa", "Kalendorė", child);
    Account otherParent = TestSchool.guardianOf("Ona", "Kita", otherChild);

    Api guardian = Api.basic(contextRoot, parent);
    assertTrue(guardian.get("me/calendar-feed").body().contains("\"active\":false"));
    Reply created = guardian.post("me/calendar-feed", "");
    assertEquals(201, created.status(), created.body());
    String url = url(created);
    assertTrue(url.matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics"), url);
    assertTrue(guardian.get("me/calendar-feed").body().contains("\"active\":true"));

    HttpResponse<String> feed = fetch(url);
    assertEquals(200, feed.statusCode(), feed.body());
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        feed.headers().toString());
    List<VEvent> events = parse(feed.body());
    String subject = TestSchool.query("SELECT name FROM subject WHERE id = ?", school.subjectId);
    VEvent testEvent = event(events, "Kontrolinis darbas: " + subject);
    assertEquals(today.plusDays(7), start(testEvent));
    assertEquals(test, text(testEvent, Property.DESCRIPTION));
    VEvent homeworkEvent = event(events, "Namų darbai: " + subject);
    assertEquals(today.plusDays(2), start(homeworkEvent));
    assertEquals(homework, text(homeworkEvent, Property.DESCRIPTION));
    VEvent meeting = event(events, "Tėvų (globėjų) susirinkimas");
    assertEquals("Aktų salė", text(meeting, Property.LOCATION));
    assertEquals(topics, text(meeting, Property.DESCRIPTION));
    VEvent holidays = event(events, "Atostogos: " + holiday);
    assertEquals(today.plusDays(20), start(holidays));

    // another child's guardian: the class's meeting, not this child's test and homework
    Api other = Api.basic(contextRoot, otherParent);
    List<VEvent> theirs = parse(fetch(url(other.post("me/calendar-feed", ""))).body());
    assertFalse(descriptions(theirs).contains(test), "another child's test");
    assertFalse(descriptions(theirs).contains(homework), "another child's homework");

    // the student of grade 6 and the teacher
    List<VEvent> mine =
        parse(
            fetch(
                    url(
                        Api.basic(contextRoot, school.studentAccount(0))
                            .post("me/calendar-feed", "")))
                .body());
    assertTrue(descriptions(mine).contains(test), "the student's own test");
    List<VEvent> teachers =
        parse(
            fetch(url(Api.basic(contextRoot, school.teacher).post("me/calendar-feed", ""))).body());
    assertTrue(descriptions(teachers).contains(test), "the teacher's group's test");
    assertTrue(descriptions(teachers).contains(homework), "the teacher's homework");
    // the class teacher, who teaches nothing in the class: its parents' meeting (§21.13)
    List<VEvent> classTeachers =
        parse(
            fetch(url(Api.basic(contextRoot, school.classTeacher).post("me/calendar-feed", "")))
                .body());
    assertTrue(descriptions(classTeachers).contains(topics), "the own class's meeting");
    assertFalse(descriptions(classTeachers).contains(test), "not a test of a group not taught");

    // a new address revokes the old one; revoking ends the new one; guesses are 404
    String renewed = url(guardian.post("me/calendar-feed", ""));
    assertEquals(404, fetch(url).statusCode());
    assertEquals(200, fetch(renewed).statusCode());
    assertEquals(204, guardian.delete("me/calendar-feed").status());
    assertEquals(404, fetch(renewed).statusCode());
    String base = renewed.substring(0, renewed.lastIndexOf('/') + 1);
    assertEquals(404, fetch(base + "A".repeat(43) + ".ics").statusCode());
    assertEquals(404, fetch(base + "A".repeat(42) + ".ics").statusCode());
    assertEquals(404, fetch(base + "x.ics").statusCode());
    assertTrue(guardian.get("me/calendar-feed").body().contains("\"active\":false"));
  }

  @Test
  void aRoleWithoutADiaryOfItsOwnCannotSubscribe() {
    Account admin = TestPeople.withRole(Role.DB_ADMIN);
    Reply refused = Api.basic(contextRoot, admin).post("me/calendar-feed", "");
    assertEquals(403, refused.status(), refused.body());
    assertFalse(refused.body().contains("Exception"), refused.body());
  }

  private HttpResponse<String> fetch(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String url(Reply reply) {
    assertEquals(201, reply.status(), reply.body());
    String body = reply.body();
    int at = body.indexOf("\"url\":\"") + 7;
    return body.substring(at, body.indexOf('"', at));
  }

  private static List<VEvent> parse(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
  }

  private static VEvent event(List<VEvent> events, String summaryStart) {
    return events.stream()
        .filter(e -> text(e, Property.SUMMARY).startsWith(summaryStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + summaryStart + " in " + events));
  }

  private static List<String> descriptions(List<VEvent> events) {
    return events.stream().map(e -> text(e, Property.DESCRIPTION)).toList();
  }

  private static String text(VEvent event, String property) {
    Optional<Property> value = event.getProperty(property);
    return value.map(Property::getValue).orElse("");
  }

  private static LocalDate start(VEvent event) {
    Temporal start = event.getDateTimeStart().getDate();
    return LocalDate.from(start);
  }
}
