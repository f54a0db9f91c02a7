package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.ApiResponse;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.DiaryChild;
import lt.dienynas.client.model.DiaryLesson;
import lt.dienynas.client.model.DiaryWeek;
import lt.dienynas.client.model.JournalCell;
import lt.dienynas.client.model.JournalLink;
import lt.dienynas.client.model.JournalMonth;
import lt.dienynas.client.model.LessonRecord;
import lt.dienynas.client.model.Mark;
import lt.dienynas.it.TestPeople.Account;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The JSON API through a client generated from its OpenAPI document (openapi-generator, at the ear
 * module's generate-test-sources): the document the server serves is the one the client was
 * generated from, and the answers fit its schemas exactly — the client's JSON reader refuses any
 * property the document does not name and any enum value it does not list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiClientIT {
  private static final LocalDate DAY = LocalDate.of(2030, 10, 8);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theServedDocumentIsTheOneTheClientWasGeneratedFrom() throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpResponse<String> served =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(contextRoot + "api/v1/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, served.statusCode());
    try (InputStream source = getClass().getResourceAsStream("/lt/dienynas/web/api/openapi.json")) {
      assertEquals(json.readTree(source), json.readTree(served.body()));
    }
    // its one documented refusal: a format other than JSON
    HttpResponse<String> html =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(contextRoot + "api/v1/openapi.json"))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(406, html.statusCode(), html.body());
  }

  @Test
  void aTeacherFillsALessonAndTheGuardianReadsItThroughTheGeneratedClient() throws Exception {
    TestSchool school = TestSchool.create(6, 2);
    TestSchool other = TestSchool.create(6, 1);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 2);
    DienynasApi teacher = client(school.teacher);
    DienynasApi parent = client(TestSchool.guardianOf("Daiva", "Klientienė", student));

    List<JournalLink> journals = teacher.listMyJournals(DAY);
    assertTrue(
        journals.stream().anyMatch(j -> j.getGroupId() == school.groupId),
        () -> journals.toString());

    ApiResponse<?> read = teacher.getLessonWithHttpInfo(lesson);
    String etag = read.getHeaders().get("etag").get(0);
    teacher.saveLessonRecord(
        lesson, new LessonRecord().topic("Trupmenos").homework("Nr. 12"), etag);
    teacher.saveMark(lesson, student, new Mark().notation("9"), null);

    // the same If-Match again: the lesson changed meanwhile
    ApiException stale =
        assertThrows(
            ApiException.class,
            () -> teacher.saveLessonRecord(lesson, new LessonRecord().topic("Kita"), etag));
    assertEquals(409, stale.getCode(), stale.getResponseBody());
    ApiException wrongMark =
        assertThrows(
            ApiException.class,
            () ->
                teacher.saveMark(lesson, school.students.get(1), new Mark().notation("11"), null));
    assertEquals(400, wrongMark.getCode(), wrongMark.getResponseBody());
    assertTrue(
        wrongMark.getResponseBody().contains("\"error\":\"mark.tenPoint\""),
        wrongMark.getResponseBody());

    JournalMonth month = teacher.getGroupJournalMonth(school.groupId, "2030-10", null);
    assertEquals(school.groupId, month.getGroupId());
    assertEquals(2, month.getStudents().size());
    JournalCell cell = month.getCells().get(lesson + ":" + student);
    assertEquals("9", cell.getMark().getValue(), () -> month.getCells().toString());

    List<DiaryChild> children = parent.listMyChildren(DAY);
    assertEquals(List.of(student), children.stream().map(DiaryChild::getStudentId).toList());
    DiaryWeek week = parent.getStudentWeek(student, DAY);
    DiaryLesson seen =
        week.getDays().stream()
            .flatMap(d -> d.getLessons().stream())
            .filter(l -> l.getLessonId() == lesson)
            .findFirst()
            .orElseThrow();
    assertEquals("Trupmenos", seen.getTopic());
    assertEquals("9", seen.getMark().getValue());

    // another family's child, a teacher of another class, nobody
    ApiException foreign =
        assertThrows(ApiException.class, () -> parent.getStudentWeek(other.students.get(0), DAY));
    assertEquals(403, foreign.getCode());
    ApiException otherTeacher =
        assertThrows(
            ApiException.class,
            () -> client(other.teacher).saveMark(lesson, student, new Mark().notation("5"), null));
    assertEquals(403, otherTeacher.getCode());
    ApiException anonymous =
        assertThrows(
            ApiException.class, () -> GeneratedClient.anonymous(contextRoot).listMyChildren(DAY));
    assertEquals(401, anonymous.getCode());
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
