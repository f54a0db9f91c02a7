package lt.dienynas.it;

import static lt.dienynas.it.GeneratedClient.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import lt.dienynas.client.ApiException;
import lt.dienynas.client.model.StudentDocument;
import lt.dienynas.it.Api.Reply;
import lt.dienynas.it.Portal.Page;
import lt.dienynas.it.TestPeople.Account;
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
 * The class teacher's records through the portal and the API (§21.4, §21.8, §21.14, §23.10): the
 * class teacher uploads a student's document from a sanatorium on the documents page; the subject
 * teacher sees it beside the period-grade form and downloads it; the guardian of the child has it,
 * another child's guardian does not; instructions and the monthly attendance report over the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassDocumentPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Portal.ear();
  }

  @ArquillianResource URL contextRoot;

  @Test
  void anUploadedDocumentIsBesideTheSubjectTeachersPeriodGradeForm() throws Exception {
    TestSchool school = TestSchool.create(6, 2);
    TestPeople.run(
        "INSERT INTO school_period (school_year_id, kind, start_date, end_date) VALUES"
            + " (?, 'FIRST_SEMESTER', '2030-09-01', '2031-01-24')",
        school.yearId);
    long child = school.students.get(0);
    Account parent = TestSchool.guardianOf("Aldona", "Motina", child);
    Account stranger = TestSchool.guardianOf("Jonas", "Svetimas", school.students.get(1));
    byte[] pdf = "%PDF-1.4\n% sanatorijos išrašas\n".getBytes(StandardCharsets.UTF_8);
    String institution = "Palangos sanatorija " + System.nanoTime();

    Portal classTeacher = new Portal(contextRoot);
    classTeacher.login(school.classTeacher.login(), school.classTeacher.password());
    Page documents = classTeacher.get("classdocs/documents.xhtml?student=" + child);
    assertEquals(200, documents.status(), documents.text());
    assertNotNull(documents.document().selectFirst("#document-form"), documents.text());
    Page uploaded =
        classTeacher.submitFile(
            documents,
            "#document-form",
            Map.of(
                "document-upload", "",
                "document-kind", "SANATORIUM",
                "document-institution", institution,
                "document-note", "Spalio įvertinimai"),
            "document-file",
            "israsas.pdf",
            pdf);
    assertEquals(200, uploaded.status(), uploaded.text());
    assertTrue(uploaded.text().contains("Dokumentas įkeltas"), uploaded.text());
    Element row = uploaded.document().selectFirst("#documents-list tr[data-document]");
    assertNotNull(row, uploaded.text());
    long documentId = Long.parseLong(row.attr("data-document"));
    assertEquals(
        "1",
        TestSchool.query(
            "SELECT COUNT(*) FROM student_document WHERE student_id = ? AND institution = ?",
            child,
            institution));
    assertEquals(
        String.valueOf(school.teacher.personId()),
        TestSchool.query(
            "SELECT recipient_ids FROM notice_outbox WHERE body_key = 'classdocs.notice.body'"
                + " AND args LIKE ?",
            "%" + institution + "%"));

    // the subject teacher: beside the period-grade form, and the file itself
    Portal teacher = new Portal(contextRoot);
    teacher.login(school.teacher.login(), school.teacher.password());
    Page form =
        teacher.get(
            "assessment/period-grades.xhtml?group="
                + school.groupId
                + "&subject="
                + school.subjectId
                + "&period=FIRST_SEMESTER");
    assertEquals(200, form.status(), form.text());
    Element beside =
        form.document().selectFirst("#group-documents tr[data-document=" + documentId + "]");
    assertNotNull(beside, form.text());
    assertTrue(beside.text().contains("israsas.pdf"), beside.text());
    assertTrue(beside.text().contains(institution), beside.text());
    assertTrue(
        beside
            .selectFirst("a.document-link")
            .attr("href")
            .endsWith("/classdocs/document?id=" + documentId));
    Reply file =
        Api.basic(contextRoot, school.teacher).get("student-documents/" + documentId + "/file");
    assertEquals(200, file.status(), file.body());
    assertTrue(file.body().startsWith("%PDF-1.4"), file.body());

    // the child's guardian has it; another child's guardian is refused
    Reply mine = Api.basic(contextRoot, parent).get("students/" + child + "/documents");
    assertEquals(200, mine.status(), mine.body());
    assertTrue(mine.body().contains("\"fileName\":\"israsas.pdf\""), mine.body());
    // the same through the client generated from the OpenAPI document (it refuses what the
    // document does not name)
    List<StudentDocument> typed =
        GeneratedClient.as(contextRoot, parent).listStudentDocuments(child);
    assertEquals("israsas.pdf", typed.get(0).getFileName());
    assertEquals(institution, typed.get(0).getInstitution());
    assertEquals(
        403, Api.basic(contextRoot, stranger).get("students/" + child + "/documents").status());
    assertEquals(
        403,
        Api.basic(contextRoot, stranger).get("student-documents/" + documentId + "/file").status());
    Portal strangerPortal = new Portal(contextRoot);
    strangerPortal.login(stranger.login(), stranger.password());
    assertEquals(403, strangerPortal.get("classdocs/document?id=" + documentId).status());
  }

  @Test
  void theClassTeacherUploadsADocumentOverTheApi() throws Exception {
    TestSchool school = TestSchool.create(6, 2);
    long child = school.students.get(0);
    Account parent = TestSchool.guardianOf("Ona", "Įkėlimo", child);
    // above the API's 1 MB for JSON, within the attachment rules' 5 MB for a file
    byte[] pdf = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(pdf, (byte) ' ');
    byte[] head = "%PDF-1.4\n% kitos mokyklos pažymiai\n".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(head, 0, pdf, 0, head.length);
    String institution = "Vilniaus mokykla " + System.nanoTime();
    StudentDocument created =
        upload(
            school.classTeacher, child, "OTHER_SCHOOL", "israsas.pdf", institution, "Rugsėjo", pdf);
    assertEquals("israsas.pdf", created.getFileName());
    List<StudentDocument> seen =
        GeneratedClient.as(contextRoot, parent).listStudentDocuments(child);
    assertEquals(1, seen.size());
    assertEquals("israsas.pdf", seen.get(0).getFileName());
    assertEquals(institution, seen.get(0).getInstitution());
    assertEquals("Rugsėjo", seen.get(0).getNote());
    Reply download =
        Api.basic(contextRoot, parent).get("student-documents/" + seen.get(0).getId() + "/file");
    assertEquals(200, download.status());
    assertTrue(download.body().startsWith("%PDF-1.4"), download.body().substring(0, 40));

    // the subject teacher and the guardian upload nothing; a wrong type or kind changes nothing
    assertRefused(
        403, () -> upload(school.teacher, child, "OTHER_SCHOOL", "a.pdf", null, null, pdf));
    assertRefused(403, () -> upload(parent, child, "OTHER_SCHOOL", "a.pdf", null, null, pdf));
    ApiException type =
        assertRefused(
            400,
            () -> upload(school.classTeacher, child, "OTHER_SCHOOL", "a.exe", null, null, pdf));
    assertTrue(type.getResponseBody().contains("attachment."), type.getResponseBody());
    assertRefused(
        400, () -> upload(school.classTeacher, child, "NOWHERE", "a.pdf", null, null, pdf));
    // above the 5 MB: 413 before the file is read
    ApiException large =
        assertRefused(
            413,
            () ->
                upload(
                    school.classTeacher,
                    child,
                    "OTHER_SCHOOL",
                    "a.pdf",
                    null,
                    null,
                    new byte[6 * 1024 * 1024]));
    assertTrue(large.getResponseBody().contains("\"args\":[\"5 MB\"]"), large.getResponseBody());
    assertEquals(
        "1", TestSchool.query("SELECT COUNT(*) FROM student_document WHERE student_id = ?", child));
  }

  /** The upload through the generated client, the file's bytes as the body. */
  private StudentDocument upload(
      Account account,
      long student,
      String kind,
      String fileName,
      String institution,
      String note,
      byte[] content)
      throws ApiException {
    GeneratedClient.Upload upload = GeneratedClient.upload(contextRoot, account, content);
    return upload
        .api()
        .uploadStudentDocument(student, kind, fileName, upload.file(), institution, note);
  }

  @Test
  void instructionsAndTheMonthlyAttendanceReportOverTheApi() throws Exception {
    TestSchool school = TestSchool.create(7, 2);
    TestPeople.run(
        "INSERT INTO class_instruction (school_year_id, group_id, kind, instruction_date, title,"
            + " content, recorded_by, recorded_at) VALUES (?, ?, 'SAFETY', '2030-09-02',"
            + " 'Saugus elgesys', 'Turinys', ?, '2030-09-02 08:45:00')",
        school.yearId,
        school.groupId,
        school.classTeacher.personId());
    Api classTeacher = Api.basic(contextRoot, school.classTeacher);
    Reply list = classTeacher.get("groups/" + school.groupId + "/instructions");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains("\"title\":\"Saugus elgesys\""), list.body());
    long id =
        Long.parseLong(
            TestSchool.query(
                "SELECT id FROM class_instruction WHERE group_id = ?", school.groupId));
    Reply sheet = classTeacher.get("instructions/" + id + "/sheet");
    assertEquals(200, sheet.status());
    assertTrue(sheet.body().startsWith("%PDF"), "a PDF");
    Reply filed =
        classTeacher.send("POST", "instructions/" + id + "/filed", null, "If-Match", "\"0\"");
    assertEquals(200, filed.status(), filed.body());
    assertTrue(filed.body().contains("\"sheetFiledByName\":\"Jūratė Vadovė\""), filed.body());
    Reply again =
        classTeacher.send("POST", "instructions/" + id + "/filed", null, "If-Match", "\"0\"");
    assertEquals(409, again.status(), again.body());
    // a coming day is refused with its message, the teacher of another class has no way in
    Reply coming =
        classTeacher.post(
            "groups/" + school.groupId + "/instructions",
            "{\"kind\":\"SAFETY\",\"date\":\"2030-10-01\",\"title\":\"Ateitis\",\"content\":\"x\"}");
    assertEquals(400, coming.status(), coming.body());
    assertTrue(coming.body().contains("dar neatėjo"), coming.body());
    assertEquals(
        403,
        Api.basic(contextRoot, TestSchool.create(7, 1).classTeacher)
            .get("groups/" + school.groupId + "/instructions")
            .status());

    // the attendance report of last month, for a class of this school year
    LocalDate today = LocalDate.now(SchoolClock.ZONE);
    YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
    String name = "C" + ProcessHandle.current().pid() % 100000 + "." + System.nanoTime() % 100000;
    TestPeople.run(
        "INSERT INTO school_year (name, start_date, end_date) VALUES (?, ?, ?)",
        name,
        lastMonth.atDay(1).minusMonths(2),
        lastMonth.atDay(1).plusMonths(9).minusDays(1));
    String yearId = TestSchool.query("SELECT id FROM school_year WHERE name = ?", name);
    TestPeople.run(
        "INSERT INTO school_class (school_year_id, level, grade, letter, name, class_teacher_id)"
            + " VALUES (?, 'GRADE', 5, 'z', '5z', ?)",
        yearId,
        school.classTeacher.personId());
    String classId =
        TestSchool.query("SELECT id FROM school_class WHERE school_year_id = ?", yearId);
    Reply report = classTeacher.get("classes/" + classId + "/attendance/" + lastMonth);
    assertEquals(200, report.status(), report.body());
    assertTrue(report.body().contains("\"month\":\"" + lastMonth + "\""), report.body());
    assertTrue(report.body().contains("\"unjustified\":0"), report.body());
    Reply csv = classTeacher.get("classes/" + classId + "/attendance/" + lastMonth + "/csv");
    assertEquals(200, csv.status(), csv.body());
    assertTrue(csv.body().endsWith("\"Iš viso\",0,0,0\r\n"), csv.body());
    assertEquals(
        400,
        classTeacher.get("classes/" + classId + "/attendance/" + lastMonth.plusMonths(3)).status());
    assertEquals(
        403,
        Api.basic(contextRoot, school.teacher)
            .get("classes/" + classId + "/attendance/" + lastMonth)
            .status());

    Portal portal = new Portal(contextRoot);
    portal.login(school.classTeacher.login(), school.classTeacher.password());
    Page page =
        portal.get("classdocs/month-reports.xhtml?class=" + classId + "&month=" + lastMonth);
    assertEquals(200, page.status(), page.text());
    assertNotNull(page.document().selectFirst("#month-attendance-total"), page.text());
    Page instructions = portal.get("classdocs/instructions.xhtml?group=" + school.groupId);
    assertEquals(200, instructions.status(), instructions.text());
    assertTrue(
        instructions
            .document()
            .select("#instructions-table .instruction-title")
            .text()
            .contains("Saugus elgesys"),
        instructions.text());
  }
}
