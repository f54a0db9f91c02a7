package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The diary's new read models over the API, with the page's rule (the guardian only for their own
 * child, the student only themselves): the subject averages and trends (over the halves of the
 * marks, then against the previous semester), the attendance by month, the children's week side by
 * side, the week's bell times; another child's guardian and another student get 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiaryApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void averagesTrendsAttendanceByMonthAndTheChildrensWeeks() {
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    long sibling = school.students.get(1);
    long lithuanian = school.subject("Lietuvių kalba", school.teacher);
    DiaryRecords records = new DiaryRecords(school);
    records.lessonTime(1, "08:00", "08:45");
    records.lessonTime(2, "08:55", "09:40");
    long m1 = school.lesson(LocalDate.of(2030, 10, 1), 1);
    long m2 = school.lesson(LocalDate.of(2030, 10, 8), 1);
    long m3 = school.lesson(LocalDate.of(2030, 11, 5), 1);
    long m4 = school.lesson(LocalDate.of(2030, 11, 12), 1);
    long m5 = school.lesson(LocalDate.of(2030, 10, 3), 2);
    long m6 = school.lesson(LocalDate.of(2030, 10, 15), 1);
    long l1 = school.lesson(lithuanian, school.teacher, LocalDate.of(2030, 10, 2), 2);
    long l2 = school.lesson(lithuanian, school.teacher, LocalDate.of(2030, 11, 6), 2);
    records.mark(m1, child, "7");
    records.mark(m1, sibling, "4");
    records.mark(m2, child, "8");
    records.mark(m3, child, "9");
    records.mark(m4, child, "10");
    records.mark(m6, child, "PASSED");
    records.mark(l1, child, "9");
    records.mark(l2, child, "8");
    records.notHeld(m5);
    records.absent(m2, child, "ILLNESS");
    records.absent(l1, child, null);
    records.late(m3, child);

    Account parent = TestSchool.guardianOf("Rasa", "Abiejų", child, sibling);
    Account otherParent = TestSchool.guardianOf("Ona", "Kito", sibling);
    Api guardian = Api.basic(contextRoot, parent);
    Api other = Api.basic(contextRoot, otherParent);
    Api student = Api.basic(contextRoot, school.studentAccount(0));
    Api otherStudent = Api.basic(contextRoot, school.studentAccount(1));

    // no semesters set: the school year; the trend over the halves of the marks
    String averagesPath = "students/" + child + "/subject-averages?date=2030-11-20";
    JsonObject year = object(guardian.get(averagesPath));
    assertEquals("2030-09-01", year.getString("from"));
    assertEquals("2031-08-31", year.getString("to"));
    assertTrue(!year.containsKey("period") || year.isNull("period"), year.toString());
    JsonArray subjects = year.getJsonArray("subjects");
    assertEquals(
        List.of("Lietuvių kalba", "Matematika"),
        subjects.getValuesAs(JsonObject.class).stream()
            .map(s -> s.getString("subjectName"))
            .toList());
    JsonObject lt = subjects.getJsonObject(0);
    JsonObject maths = subjects.getJsonObject(1);
    assertEquals(5, maths.getJsonArray("marks").size(), maths.toString());
    assertAverage(maths, "8.50", 4, "UP", "FIRST_HALF", "7.50");
    assertAverage(lt, "8.50", 2, "DOWN", "FIRST_HALF", "9.00");
    assertEquals(year, object(student.get(averagesPath)), "the student reads the same");

    // with semesters: the second one against the first
    records.semester("FIRST_SEMESTER", LocalDate.of(2030, 9, 1), LocalDate.of(2030, 10, 31));
    records.semester("SECOND_SEMESTER", LocalDate.of(2030, 11, 1), LocalDate.of(2031, 6, 20));
    JsonObject second = object(guardian.get(averagesPath));
    assertEquals("SECOND_SEMESTER", second.getString("period"));
    assertEquals("2030-11-01", second.getString("from"));
    assertEquals("2030-09-01", second.getString("previousFrom"));
    assertEquals("2030-10-31", second.getString("previousTo"));
    maths = second.getJsonArray("subjects").getJsonObject(1);
    assertEquals(2, maths.getJsonArray("marks").size(), maths.toString());
    assertAverage(maths, "9.50", 2, "UP", "PREVIOUS_PERIOD", "7.50");
    assertAverage(
        second.getJsonArray("subjects").getJsonObject(0),
        "8.00",
        1,
        "DOWN",
        "PREVIOUS_PERIOD",
        "9.00");
    JsonObject first =
        object(guardian.get("students/" + child + "/subject-averages?date=2030-10-20"));
    assertEquals("FIRST_SEMESTER", first.getString("period"));
    assertAverage(
        first.getJsonArray("subjects").getJsonObject(1), "7.50", 2, "UP", "FIRST_HALF", "7.00");

    // attendance by month: every month of the range, lessons not held left out
    JsonArray months =
        array(
            guardian.get(
                "students/" + child + "/attendance-by-month?from=2030-09-01&to=2030-12-31"));
    assertEquals(
        List.of("2030-09 0 0 0 0", "2030-10 4 2 1 1", "2030-11 3 3 0 0", "2030-12 0 0 0 0"),
        months.getValuesAs(JsonObject.class).stream()
            .map(
                m ->
                    m.getString("month")
                        + " "
                        + m.getInt("lessons")
                        + " "
                        + m.getInt("present")
                        + " "
                        + m.getInt("absentJustified")
                        + " "
                        + m.getInt("absentUnjustified"))
            .toList());

    // the children side by side, the week of 8 October
    JsonArray weeks = array(guardian.get("me/children/weeks?date=2030-10-08"));
    assertEquals(2, weeks.size(), weeks.toString());
    JsonObject mine = weeks.getJsonObject(0);
    assertEquals(child, mine.getJsonObject("child").getJsonNumber("studentId").longValue());
    assertEquals("2030-10-07", mine.getString("monday"));
    assertEquals(1, mine.getJsonArray("marks").size(), mine.toString());
    assertEquals(
        "8", mine.getJsonArray("marks").getJsonObject(0).getJsonObject("mark").getString("value"));
    assertEquals(1, mine.getInt("absent"));
    assertEquals(0, mine.getInt("absentUnjustified"));
    assertEquals(0, mine.getInt("late"));
    JsonObject theirs = weeks.getJsonObject(1);
    assertEquals(sibling, theirs.getJsonObject("child").getJsonNumber("studentId").longValue());
    assertEquals(0, theirs.getJsonArray("marks").size());
    assertEquals(0, theirs.getInt("absent"));
    JsonArray othersWeeks = array(other.get("me/children/weeks?date=2030-10-08"));
    assertEquals(1, othersWeeks.size(), othersWeeks.toString());
    assertEquals(
        sibling,
        othersWeeks.getJsonObject(0).getJsonObject("child").getJsonNumber("studentId").longValue());

    // the week with its bell times
    JsonObject week = object(guardian.get("students/" + child + "/week?date=2030-10-08"));
    JsonArray times = week.getJsonArray("lessonTimes");
    assertEquals(2, times.size(), times.toString());
    assertEquals(1, times.getJsonObject(0).getInt("number"));
    assertTrue(times.getJsonObject(0).getString("startsAt").startsWith("08:00"), times.toString());
    assertTrue(times.getJsonObject(1).getString("endsAt").startsWith("09:40"), times.toString());

    // not their child, not themselves: refused
    for (String path :
        List.of(
            averagesPath,
            "students/" + child + "/attendance-by-month?from=2030-09-01&to=2030-12-31")) {
      Reply refused = other.get(path);
      assertEquals(403, refused.status(), path + ": " + refused.body());
      assertTrue(refused.body().contains("access.denied"), refused.body());
      assertEquals(403, otherStudent.get(path).status(), path);
    }
    assertEquals(
        200,
        other
            .get("students/" + sibling + "/attendance-by-month?from=2030-09-01&to=2030-12-31")
            .status());

    // bad ranges
    Reply backwards =
        guardian.get("students/" + child + "/attendance-by-month?from=2030-12-01&to=2030-09-01");
    assertEquals(400, backwards.status(), backwards.body());
    assertTrue(backwards.body().contains("dateRange.order"), backwards.body());
    Reply missing = guardian.get("students/" + child + "/attendance-by-month?from=2030-09-01");
    assertEquals(400, missing.status(), missing.body());
    Reply tooLong =
        guardian.get("students/" + child + "/attendance-by-month?from=2030-09-01&to=2031-12-31");
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(tooLong.body().contains("journal.rangeTooLong"), tooLong.body());
  }

  private static void assertAverage(
      JsonObject subject, String average, int count, String trend, String basis, String compared) {
    JsonObject a = subject.getJsonObject("average");
    assertEquals(
        0,
        new BigDecimal(average).compareTo(a.getJsonNumber("average").bigDecimalValue()),
        a.toString());
    assertEquals(count, a.getInt("count"), a.toString());
    assertEquals(trend, a.getString("trend"), a.toString());
    assertEquals(basis, a.getString("basis"), a.toString());
    assertEquals(
        0,
        new BigDecimal(compared).compareTo(a.getJsonNumber("compared").bigDecimalValue()),
        a.toString());
  }

  private static JsonStructure read(Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    try (var reader = Json.createReader(new StringReader(reply.body()))) {
      return reader.read();
    }
  }

  private static JsonObject object(Reply reply) {
    return (JsonObject) read(reply);
  }

  private static JsonArray array(Reply reply) {
    return (JsonArray) read(reply);
  }
}
