package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.ApiResponse;
import lt.dienynas.client.api.DienynasApi;
import lt.dienynas.client.model.HealthNotice;
import lt.dienynas.client.model.HealthNoticeInput;
import lt.dienynas.client.model.HealthRecord;
import lt.dienynas.client.model.HealthRecordInput;
import lt.dienynas.client.model.HealthStudent;
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
 * The health specialist's work through the generated API client (§28): a student found, the health
 * record kept with its version (a stale save is 409 and keeps the record), a notice sent to the
 * student's teachers who read it; the director reads; every write refused to whoever is not the
 * health specialist, and bad input is 400 with a Lithuanian message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthApiIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void theHealthSpecialistKeepsTheRecordAndTellsTheStudentsTeachers() throws Exception {
    TestSchool school = TestSchool.create(5, 2);
    TestSchool other = TestSchool.create(5, 1);
    long student = school.students.get(0);
    String lastName = school.studentNames.get(0).split(" ")[1];
    DienynasApi nurse = client(TestPeople.staff("Asta", "Sveikatienė", Role.HEALTH_SPECIALIST));
    DienynasApi director = client(TestPeople.staff("Dalia", "Vadovaujanti", Role.DIRECTOR));
    DienynasApi teacher = client(school.teacher);
    DienynasApi classTeacher = client(school.classTeacher);
    DienynasApi otherTeacher = client(other.teacher);
    DienynasApi guardian = client(TestSchool.guardianOf("Rima", "Sveikutė", student));
    DienynasApi deputy = client(TestPeople.staff("Rimas", "Pavaduojantis", Role.DEPUTY));

    // the search
    List<HealthStudent> hits = nurse.searchHealthStudents(lastName);
    assertEquals(List.of(student), hits.stream().map(HealthStudent::getStudentId).toList());
    assertEquals(
        List.of(student),
        director.searchHealthStudents(lastName).stream().map(HealthStudent::getStudentId).toList());
    ApiException shortQuery = assertRefused(400, () -> nurse.searchHealthStudents("a"));
    assertLithuanian(shortQuery, "health.searchTooShort", "bent 2");
    assertRefused(403, () -> teacher.searchHealthStudents(lastName));
    assertRefused(403, () -> guardian.searchHealthStudents(lastName));

    // the record: nothing yet, the first save, a stale one refused
    ApiResponse<HealthRecord> empty = nurse.getHealthRecordWithHttpInfo(student);
    assertEquals("", empty.getData().getBody());
    assertNull(empty.getData().getVersion());
    assertTrue(!empty.getHeaders().containsKey("etag"), () -> empty.getHeaders().toString());
    ApiResponse<HealthRecord> saved =
        nurse.saveHealthRecordWithHttpInfo(
            student, new HealthRecordInput().body("Alergija riešutams."), null, "*");
    assertEquals("Alergija riešutams.", saved.getData().getBody());
    assertEquals("Asta Sveikatienė", saved.getData().getUpdatedBy());
    String etag = saved.getHeaders().get("etag").get(0);
    assertEquals("\"" + saved.getData().getVersion() + "\"", etag);
    ApiException first =
        assertRefused(
            409,
            () -> nurse.saveHealthRecord(student, new HealthRecordInput().body("Kita"), null, "*"));
    assertLithuanian(first, "health.stale", "Asta Sveikatienė");
    nurse.saveHealthRecord(
        student, new HealthRecordInput().body("Alergija riešutams ir žiedadulkėms."), etag, null);
    ApiException stale =
        assertRefused(
            409,
            () ->
                nurse.saveHealthRecord(student, new HealthRecordInput().body("Sena"), etag, null));
    assertLithuanian(stale, "health.stale", "neįrašytas");
    assertEquals(
        "Alergija riešutams ir žiedadulkėms.", director.getHealthRecord(student).getBody());
    ApiException tooLong =
        assertRefused(
            400,
            () ->
                nurse.saveHealthRecord(
                    student, new HealthRecordInput().body("x".repeat(10_001)), null, null));
    assertLithuanian(tooLong, "health.recordText", "ilgesnis");
    assertRefused(
        400,
        () -> nurse.saveHealthRecord(student, new HealthRecordInput().body("A\u0000"), null, null));
    assertEquals("Alergija riešutams ir žiedadulkėms.", nurse.getHealthRecord(student).getBody());

    // nobody else writes the record, nor reads it
    for (DienynasApi who : List.of(director, teacher, classTeacher, guardian, deputy)) {
      assertRefused(
          403, () -> who.saveHealthRecord(student, new HealthRecordInput().body("Ne"), null, null));
      assertRefused(403, () -> who.sendHealthNotice(student, new HealthNoticeInput().body("Ne")));
    }
    for (DienynasApi who : List.of(teacher, classTeacher, guardian, deputy)) {
      assertRefused(403, () -> who.getHealthRecord(student));
      assertRefused(403, () -> who.listHealthNoticesAbout(student));
    }
    assertRefused(403, () -> nurse.getHealthRecord(Long.MAX_VALUE));
    assertRefused(
        403,
        () ->
            nurse.saveHealthRecord(Long.MAX_VALUE, new HealthRecordInput().body("Ne"), null, null));
    assertEquals("Alergija riešutams ir žiedadulkėms.", nurse.getHealthRecord(student).getBody());

    // a notice to the student's teachers
    assertEquals(
        List.of("Jūratė Vadovė", "Vaida Mokytoja"), nurse.listHealthNoticeRecipients(student));
    assertRefused(403, () -> director.listHealthNoticeRecipients(student));
    ApiException blank =
        assertRefused(
            400, () -> nurse.sendHealthNotice(student, new HealthNoticeInput().body("  ")));
    assertLithuanian(blank, "health.noticeText", "privalomas");
    assertEquals(
        2,
        nurse
            .sendHealthNotice(
                student, new HealthNoticeInput().body("Kūno kultūroje venkite bėgimo."))
            .getCount());
    for (DienynasApi reader : List.of(teacher, classTeacher)) {
      HealthNotice got = only(reader.listReceivedHealthNotices());
      assertEquals(student, got.getStudentId());
      assertEquals("Kūno kultūroje venkite bėgimo.", got.getBody());
      assertEquals("Asta Sveikatienė", got.getAuthor());
    }
    assertTrue(otherTeacher.listReceivedHealthNotices().isEmpty());
    assertRefused(403, () -> guardian.listReceivedHealthNotices());
    HealthNotice sent = only(nurse.listSentHealthNotices());
    // by surname, as the pages list them
    assertEquals(List.of("Vaida Mokytoja", "Jūratė Vadovė"), sent.getRecipients());
    assertEquals(
        List.of(sent.getNoticeId()),
        director.listHealthNoticesAbout(student).stream().map(HealthNotice::getNoticeId).toList());
    assertRefused(403, () -> teacher.listSentHealthNotices());
  }

  private static HealthNotice only(List<HealthNotice> notices) {
    assertEquals(1, notices.size(), notices::toString);
    return notices.get(0);
  }

  /** The refusal names the rule and says it in Lithuanian. */
  static void assertLithuanian(ApiException refused, String key, String lithuanian) {
    String body = refused.getResponseBody();
    assertTrue(body.contains("\"error\":\"" + key + "\""), body);
    assertTrue(body.contains(lithuanian), body);
  }

  private DienynasApi client(Account account) {
    return GeneratedClient.as(contextRoot, account);
  }
}
