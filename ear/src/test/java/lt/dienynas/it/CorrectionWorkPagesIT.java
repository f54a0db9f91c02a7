package lt.dienynas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.it.TestPeople.Account;
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
 * A locked summer-work result (§23.12, §30.1) corrected through the act form's section for
 * additional and summer work, over HTTP: a wrong value that is not what the diary holds is refused
 * on the page and drafts nothing; the act drafted by the teacher is agreed by the deputy and the DB
 * admin and applied on the act page, and only then the result changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrectionWorkPagesIT {
  private static final LocalDate DAY = LocalDate.of(2031, 6, 10);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void aLockedSummerWorkResultIsCorrectedThroughTheActFormsWorkSection() {
    TestSchool school = TestSchool.create(7, 1);
    long student = school.students.get(0);
    long lesson = school.lesson(DAY, 2);
    TestPeople.run(
        "INSERT INTO additional_work (school_year_id, student_id, subject_id, kind, assigned_by,"
            + " assigned_at, due_date, task, result_scale, result_value, result_entered_by,"
            + " result_entered_at, locked, locked_at) VALUES (?, ?, ?, 'SUMMER', ?,"
            + " CURRENT_TIMESTAMP(3), '2031-08-25', 'Trupmenos', 'TEN_POINT', '3', ?,"
            + " CURRENT_TIMESTAMP(3), TRUE, CURRENT_TIMESTAMP(3))",
        school.yearId,
        student,
        school.subjectId,
        school.teacher.personId(),
        school.teacher.personId());
    Account deputy = TestPeople.staff("Daiva", "Vasarienė", Role.DEPUTY);
    Account admin = TestPeople.staff("Algis", "Vasaris", Role.DB_ADMIN);

    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());
    Portal.Page draft = teacher.get("correction/draft.xhtml?lesson=" + lesson);
    assertEquals(200, draft.status(), draft.text());
    Element section = draft.document().selectFirst("#work-fieldset");
    assertTrue(section != null, draft.text());
    assertTrue(
        section.text().contains("Papildomų ar vasaros darbų rezultatas"), "the section's legend");
    assertTrue(
        section
                .select("select[name='draft-form:work-student'] option[value=" + student + "]")
                .size()
            == 1,
        section.outerHtml());

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("draft-form:work-student", Long.toString(student));
    fields.put("draft-form:work-kind", "SUMMER");
    fields.put("draft-form:wrong-work", "4");
    fields.put("draft-form:correct-work", "5");
    fields.put("draft-form:error-nature", "Vasaros darbų rezultatas įrašytas klaidingai");
    fields.put("draft-form:reason", "Suklysta vedant rezultatą");
    fields.put("draft-form:submit-act", "");
    Portal.Page wrong = teacher.submit(draft, "#draft-form", fields);
    assertTrue(
        wrong.text().contains("Dienyne dabar įrašyta „3“, o akte klaidinga reikšmė nurodyta „4“"),
        wrong.text());
    assertEquals(List.of("0"), acts(school));

    fields.put("draft-form:wrong-work", "3");
    Portal.Page submitted = teacher.submit(wrong, "#draft-form", fields);
    assertEquals(200, submitted.status(), submitted.text());
    assertTrue(submitted.text().contains("Laukia suderinimo"), submitted.text());
    String lines = submitted.document().select("#act-lines tbody").text();
    assertTrue(lines.contains("vasaros darbų rezultatas"), lines);
    assertTrue(lines.contains("3") && lines.contains("5"), lines);
    assertEquals(List.of("1"), acts(school));
    String actId =
        TestPeople.column("SELECT id FROM correction_act WHERE group_id = ?", school.groupId)
            .get(0);
    assertEquals(List.of("3"), result(student), "a submitted act changes nothing yet");

    Portal deputyPortal = new Portal(contextRoot);
    deputyPortal.login(deputy.login(), deputy.password());
    Portal.Page act = deputyPortal.get("correction/act.xhtml?id=" + actId);
    Portal.Page agreed = deputyPortal.submit(act, "#act-form", Map.of("act-form:agree-deputy", ""));
    assertTrue(agreed.text().contains("Aktas suderintas."), agreed.text());

    Portal adminPortal = new Portal(contextRoot);
    adminPortal.login(admin.login(), admin.password());
    Portal.Page adminAct = adminPortal.get("correction/act.xhtml?id=" + actId);
    Portal.Page both =
        adminPortal.submit(adminAct, "#act-form", Map.of("act-form:agree-admin", ""));
    assertTrue(both.text().contains("Aktas suderintas."), both.text());
    assertEquals(List.of("3"), result(student), "an agreed act is not applied yet");
    Portal.Page applied = adminPortal.submit(both, "#act-form", Map.of("act-form:apply", ""));
    assertTrue(applied.text().contains("Įvykdytas"), applied.text());
    assertFalse(applied.text().contains("Exception"), applied.text());

    assertEquals(List.of("5"), result(student));
    assertEquals(
        List.of("1"),
        TestPeople.column(
            "SELECT COUNT(*) FROM history_entry WHERE entity_type = 'additional_work'"
                + " AND entity_id = ? AND correction_act_id = ?",
            TestPeople.column(
                    "SELECT id FROM additional_work WHERE student_id = ? AND kind = 'SUMMER'",
                    student)
                .get(0),
            actId),
        "the change is in the history under the act");
  }

  private static List<String> acts(TestSchool school) {
    return TestPeople.column(
        "SELECT COUNT(*) FROM correction_act WHERE group_id = ?", school.groupId);
  }

  private static List<String> result(long student) {
    return TestPeople.column(
        "SELECT result_value FROM additional_work WHERE student_id = ? AND kind = 'SUMMER'",
        student);
  }
}
