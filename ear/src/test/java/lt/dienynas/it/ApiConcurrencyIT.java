package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lt.dienynas.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API under concurrent and hostile use: every lesson record, mark and attendance has a
 * version (ETag) and a write with a stale If-Match is 409 with the current value, never a lost
 * update; concurrent writes of one cell are 2xx or 409, never 500; bad parameters and bodies are
 * 400 with a Lithuanian message; no response shows an exception, class name or server version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiConcurrencyIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 7);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aStaleMarkWriteIsRefusedWithTheCurrentValueAndTheNewerMarkKept() {
    TestSchool school = TestSchool.create(6, 1);
    long lesson = school.lesson(DAY, 1);
    long student = school.students.get(0);
    String mark = "lessons/" + lesson + "/marks/" + student;
    Api teacherA = Api.basic(contextRoot, school.teacher);
    Api teacherB = Api.basic(contextRoot, school.teacher);
    assertEquals(204, teacherB.put(mark, "{\"notation\":\"5\"}").status());
    Reply readByA = teacherA.get(mark);
    assertEquals(200, readByA.status(), readByA.body());
    String etag = readByA.header("ETag");
    assertNotNull(etag, readByA.toString());
    assertTrue(readByA.body().contains("\"version\""), readByA.body());

    Reply bWrites = teacherB.send("PUT", mark, "{\"notation\":\"3\"}", "If-Match", etag);
    assertEquals(204, bWrites.status(), bWrites.body());
    assertFalse(etag.equals(bWrites.header("ETag")), "a new version after the write");

    Reply aStale = teacherA.send("PUT", mark, "{\"notation\":\"7\"}", "If-Match", etag);
    assertEquals(409, aStale.status(), aStale.body());
    assertTrue(aStale.body().contains("ką tik pakeitė"), aStale.body());
    assertTrue(aStale.body().contains("„3“"), "the current value: " + aStale.body());
    assertEquals(bWrites.header("ETag"), aStale.header("ETag"));
    assertEquals("3", TestSchool.query("SELECT mark_value FROM mark WHERE lesson_id = ?", lesson));

    Reply staleDelete = teacherA.send("DELETE", mark, null, "If-Match", etag);
    assertEquals(409, staleDelete.status(), staleDelete.body());
    assertEquals("3", TestSchool.query("SELECT mark_value FROM mark WHERE lesson_id = ?", lesson));
    assertEquals(
        204, teacherA.send("DELETE", mark, null, "If-Match", aStale.header("ETag")).status());
  }

  @Test
  void aStaleLessonRecordAndAttendanceWriteAreRefusedToo() {
    TestSchool school = TestSchool.create(6, 1);
    long lesson = school.lesson(DAY, 2);
    long student = school.students.get(0);
    Api api = Api.basic(contextRoot, school.teacher);
    Reply read = api.get("lessons/" + lesson);
    assertEquals(200, read.status(), read.body());
    String etag = read.header("ETag");
    assertEquals(
        204,
        api.send("PUT", "lessons/" + lesson, "{\"topic\":\"Trupmenos\"}", "If-Match", etag)
            .status());
    Reply stale =
        api.send("PUT", "lessons/" + lesson, "{\"topic\":\"Dešimtainės\"}", "If-Match", etag);
    assertEquals(409, stale.status(), stale.body());
    assertTrue(stale.body().contains("Trupmenos"), stale.body());
    assertEquals("Trupmenos", TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));

    String absence = "lessons/" + lesson + "/attendance/" + student;
    assertEquals(204, api.put(absence, "{\"status\":\"ABSENT\"}").status());
    String absent = api.get(absence).header("ETag");
    assertEquals(
        204, api.send("PUT", absence, "{\"status\":\"LATE\"}", "If-Match", absent).status());
    Reply staleAbsence = api.send("DELETE", absence, null, "If-Match", absent);
    assertEquals(409, staleAbsence.status(), staleAbsence.body());
    assertEquals(
        "LATE", TestSchool.query("SELECT status FROM attendance WHERE lesson_id = ?", lesson));
    assertEquals(400, api.send("PUT", absence, "{\"status\":\"LATE\"}", "If-Match", "x").status());
  }

  @Test
  void concurrentWritesOfOneCellAreDoneOrConflictNeverAServerError() throws Exception {
    TestSchool school = TestSchool.create(6, 1);
    long student = school.students.get(0);
    List<Integer> statuses = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 6; round++) {
        long lesson = school.lesson(DAY.plusDays(round % 5), 3 + round / 5);
        String mark = "lessons/" + lesson + "/marks/" + student;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int writer = 0; writer < 4; writer++) {
          Api api = Api.basic(contextRoot, school.teacher);
          String value = String.valueOf(5 + writer);
          Callable<Reply> put =
              () -> {
                start.await();
                return api.put(mark, "{\"notation\":\"" + value + "\"}");
              };
          replies.add(pool.submit(put));
        }
        start.countDown();
        for (Future<Reply> reply : replies) {
          statuses.add(reply.get().status());
          bodies.add(reply.get().body());
        }
        assertEquals(
            "1", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));
      }
    } finally {
      pool.shutdownNow();
    }
    for (int i = 0; i < statuses.size(); i++) {
      int status = statuses.get(i);
      assertTrue(status == 204 || status == 409, status + " " + bodies.get(i));
      assertNoInternals(bodies.get(i));
      if (status == 409) {
        assertTrue(bodies.get(i).contains("\"message\""), bodies.get(i));
      }
    }
  }

  @Test
  void badParametersAndBodiesAre400WithALithuanianMessageAndNoInternals() {
    TestSchool school = TestSchool.create(6, 1);
    long lesson = school.lesson(DAY, 4);
    long student = school.students.get(0);
    Api api = Api.basic(contextRoot, school.teacher);
    String mark = "lessons/" + lesson + "/marks/" + student;
    List<Reply> bad =
        List.of(
            api.post(
                "groups/"
                    + school.groupId
                    + "/lessons/generate?from=+999999999-12-31&to=+999999999-12-31",
                ""),
            api.get("students/" + student + "/marks?from=+999999999-12-31&to=+999999999-12-31"),
            api.get("journals?date=-999999999-01-01"),
            api.put("lessons/abc", "{\"topic\":\"x\"}"),
            api.put("lessons/" + lesson + "/marks/abc", "{\"notation\":\"5\"}"),
            api.get("groups/9x/journal?month=2030-10"),
            api.put(mark, "{\"notation\":"),
            api.put(mark, "{\"notation\":5}"),
            api.put(mark, "[1,2]"),
            api.post(
                "groups/" + school.groupId + "/lessons",
                "{\"date\":\"2030-10-08\",\"lessonNumber\":\"5\"}"),
            api.put("lessons/" + lesson, "{\"topic\":\"Tema\\u0000\"}"),
            api.put("lessons/" + lesson, "{\"topic\":\"\u202Eevil\"}"),
            api.putBytes(
                "lessons/" + lesson,
                "{\"topic\":\"\u00ff\u00fe\"}".getBytes(StandardCharsets.ISO_8859_1)));
    for (Reply reply : bad) {
      assertEquals(400, reply.status(), reply.toString());
      assertTrue(reply.body().contains("\"message\""), reply.body());
      assertNoInternals(reply.body());
    }
    assertTrue(bad.get(7).body().contains("tekstas kabutėse"), bad.get(7).body());
    assertTrue(bad.get(9).body().contains("sveikasis skaičius"), bad.get(9).body());
    assertTrue(bad.get(bad.size() - 1).body().contains("neleistinų ženklų"), bad.toString());
    assertEquals("0", TestSchool.query("SELECT COUNT(*) FROM mark WHERE lesson_id = ?", lesson));
    assertEquals(null, TestSchool.query("SELECT topic FROM lesson WHERE id = ?", lesson));

    String sunday = "{\"date\":\"2030-10-13\",\"lessonNumber\":1";
    Reply refused = api.post("groups/" + school.groupId + "/lessons", sunday + "}");
    assertEquals(400, refused.status(), refused.body());
    assertTrue(refused.body().contains("nėra mokymosi diena"), refused.body());
    assertEquals(
        201,
        api.post("groups/" + school.groupId + "/lessons", sunday + ",\"exceptionalDay\":true}")
            .status());
  }

  private static void assertNoInternals(String body) {
    for (String leak :
        new String[] {
          "Exception", "EclipseLink", "java.", "jakarta.", "org.", "WildFly", "Undertow", "at lt."
        }) {
      assertFalse(body.contains(leak), "leaks " + leak + ": " + body);
    }
  }
}
