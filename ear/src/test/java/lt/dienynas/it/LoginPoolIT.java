package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lt.dienynas.it.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The login pool (issue 19, {@code dn-login-pool} in configure.cli) beside the API's HTTP Basic
 * calls: many clients at once, FORM logins through the pool and Basic calls each with its own
 * password check, writes with a body (POST, PUT) and reads, all come out with the right answers and
 * none waits for good.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPoolIT {
  private static final int BASIC_CLIENTS = 4;
  private static final int FORM_CLIENTS = 2;
  private static final int ROUNDS = 5;
  private static final LocalDate MARKED_WEEK = LocalDate.of(2031, 1, 20);
  private static final LocalDate NEW_LESSONS_WEEK = LocalDate.of(2031, 2, 3);

  /** Far above what the calls need even on a loaded machine: only a hang gets there. */
  private static final long HANG_MINUTES = 5;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void concurrentBasicCallsAndFormLoginsAllComeOutOfThePoolWithTheirAnswers() throws Exception {
    int clients = BASIC_CLIENTS + FORM_CLIENTS;
    TestSchool school = TestSchool.create(6, clients);
    List<Long> markedLessons = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      markedLessons.add(school.lesson(MARKED_WEEK.plusDays(round), 1));
    }

    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int c = client;
        boolean form = client >= BASIC_CLIENTS;
        calls.add(pool.submit(() -> callsOf(school, c, form, markedLessons)));
      }
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(HANG_MINUTES);
      for (Future<?> call : calls) {
        try {
          call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          fail("a call still waits after " + HANG_MINUTES + " minutes (in the login pool?)");
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError failed) {
            throw failed;
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(
        List.of(Integer.toString(clients * ROUNDS)),
        TestPeople.column(
            "SELECT COUNT(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                + " WHERE l.group_id = ? AND m.mark_value = '9'",
            school.groupId));
    assertEquals(
        List.of(Integer.toString(clients * ROUNDS)),
        TestPeople.column(
            "SELECT COUNT(*) FROM lesson WHERE group_id = ? AND lesson_date >= ?",
            school.groupId,
            NEW_LESSONS_WEEK.toString()));
  }

  @Test
  void aBasicCallRefusedBeforeItsBodyWasReadLeavesThePool() throws Exception {
    TestSchool school = TestSchool.create(6, 1);
    long lesson = school.lesson(MARKED_WEEK, 2);
    String tooLarge = "{\"topic\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Void> calls =
          pool.submit(
              () -> {
                Api teacher = Api.basic(contextRoot, school.teacher);
                for (int round = 0; round < ROUNDS; round++) {
                  assertEquals(413, teacher.put("lessons/" + lesson, tooLarge).status());
                  Reply mark =
                      Api.basic(contextRoot, school.teacher)
                          .put(
                              "lessons/" + lesson + "/marks/" + school.students.get(0),
                              "{\"notation\":\"" + (round + 1) + "\"}");
                  assertEquals(204, mark.status(), mark.body());
                }
                return null;
              });
      try {
        calls.get(HANG_MINUTES, TimeUnit.MINUTES);
      } catch (TimeoutException e) {
        fail("a call still waits after " + HANG_MINUTES + " minutes (in the login pool?)");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof AssertionError failed) {
          throw failed;
        }
        throw e;
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        List.of(Integer.toString(ROUNDS)),
        TestPeople.column(
            "SELECT mark_value FROM mark WHERE lesson_id = ? AND student_id = ?",
            lesson,
            school.students.get(0)));
  }

  /**
   * One client's rounds: a lesson created (POST), a mark written (PUT) and the timetable read
   * (GET); a Basic client checks its password on every call, a FORM client logs in every round.
   */
  private Void callsOf(TestSchool school, int client, boolean form, List<Long> markedLessons) {
    long student = school.students.get(client);
    Api basic = Api.basic(contextRoot, school.teacher);
    for (int round = 0; round < ROUNDS; round++) {
      Api api = form ? Api.session(contextRoot, school.teacher) : basic;
      Reply lesson =
          api.post(
              "groups/" + school.groupId + "/lessons",
              "{\"date\":\""
                  + NEW_LESSONS_WEEK.plusDays(round)
                  + "\",\"lessonNumber\":"
                  + (client + 1)
                  + "}");
      assertEquals(201, lesson.status(), lesson.body());
      Reply mark =
          api.put(
              "lessons/" + markedLessons.get(round) + "/marks/" + student, "{\"notation\":\"9\"}");
      assertEquals(204, mark.status(), mark.body());
      Reply timetable = api.get("classes/" + school.classId + "/timetable");
      assertEquals(200, timetable.status(), timetable.body());
    }
    return null;
  }
}
