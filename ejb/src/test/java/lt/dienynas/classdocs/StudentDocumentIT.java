package lt.dienynas.classdocs;

import static lt.dienynas.shared.BusinessAssertions.assertRefused;
import static lt.dienynas.testing.JournalSchool.as;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryEntry;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.messaging.NewAttachment;
import lt.dienynas.people.Student;
import lt.dienynas.security.AccessDeniedException;
import lt.dienynas.shared.BusinessAssertions;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.FixedSchoolClock;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.Fixtures.Account;
import lt.dienynas.testing.JournalSchool;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents from other institutions (§21.14, §23.6, §23.10): the class teacher uploads a student's
 * marks from a sanatorium; the file passes the attachment rules; the subject teachers are told and
 * see it beside their period grades; the student's guardian sees it; another class's class teacher,
 * a teacher not of the group, another child's guardian and the student are refused.
 */
@ExtendWith(ArquillianExtension.class)
class StudentDocumentIT {
  private static final byte[] PDF =
      "%PDF-1.4\n% pažymių išrašas\n".getBytes(StandardCharsets.UTF_8);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("student-document-it").addClass(BusinessAssertions.class);
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Inject FixedSchoolClock clock;

  @EJB StudentDocumentService documents;

  @EJB HistoryLog history;

  @AfterEach
  void realClock() {
    clock.reset();
  }

  @Test
  void theClassTeacherUploadsAndTheSubjectTeacherAndTheGuardianSeeIt() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 6, 2);
    clock.set(LocalDate.of(2030, 11, 10));
    Student child = school.students.get(0);
    Account guardian = fx.account(fx.guardian("Irena", "Mamaitė", child));
    String institution = "Palangos sanatorija " + Fixtures.unique("");

    StudentDocumentView uploaded =
        as(
            school.classTeacherAccount,
            () ->
                documents.upload(
                    new NewStudentDocument(
                        child.getId(),
                        DocumentKind.SANATORIUM,
                        institution,
                        "Spalio mėn. įvertinimai",
                        new NewAttachment("C:\\Skenuota\\israsas.pdf", PDF))));
    assertEquals("israsas.pdf", uploaded.fileName());
    assertEquals("application/pdf", uploaded.contentType());
    assertEquals(PDF.length, uploaded.sizeBytes());
    assertEquals(institution, uploaded.institution());
    assertEquals(child.getFirstName() + " " + child.getLastName(), uploaded.studentName());
    assertEquals("Jūratė Vadovė", uploaded.uploadedByName());

    // the subject teacher of the class is told (the uploader is not)
    String recipients =
        fx.inTx(
            () ->
                (String)
                    em.createNativeQuery(
                            "SELECT recipient_ids FROM notice_outbox"
                                + " WHERE body_key = 'classdocs.notice.body' AND args LIKE ?1")
                        .setParameter(1, "%" + institution + "%")
                        .getSingleResult());
    assertEquals(String.valueOf(school.teacher.getId()), recipients);

    // beside the period-grade form of the subject teacher's group
    List<StudentDocumentView> beside =
        as(
            school.teacherAccount,
            () -> documents.ofGroup(school.classGroup.getId(), school.subject.getId()));
    assertEquals(List.of(uploaded.id()), beside.stream().map(StudentDocumentView::id).toList());
    assertArrayEquals(
        PDF, as(school.teacherAccount, () -> documents.file(uploaded.id())).content());
    // the guardian of the child
    assertEquals(
        List.of(uploaded.id()),
        as(guardian, () -> documents.ofStudent(child.getId())).stream()
            .map(StudentDocumentView::id)
            .toList());
    assertArrayEquals(PDF, as(guardian, () -> documents.file(uploaded.id())).content());

    List<HistoryEntry> entries = history.of("student_document", uploaded.id());
    assertEquals(
        List.of(HistoryAction.INSERT), entries.stream().map(HistoryEntry::getAction).toList());
  }

  @Test
  void aFileAgainstTheAttachmentRulesAndBadTextAreRefused() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 7, 1);
    long childId = school.students.get(0).getId();
    long before = count();
    byte[] program = "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1);
    assertRefused(
        "attachment.type",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    documents.upload(
                        new NewStudentDocument(
                            childId,
                            DocumentKind.OTHER_SCHOOL,
                            "Kita mokykla",
                            null,
                            new NewAttachment("pazymiai.pdf", program)))));
    byte[] big = new byte[6 * 1024 * 1024];
    Arrays.fill(big, (byte) 'x');
    System.arraycopy(PDF, 0, big, 0, 4);
    assertRefused(
        "attachment.tooLarge",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    documents.upload(
                        new NewStudentDocument(
                            childId,
                            DocumentKind.OTHER_SCHOOL,
                            "Kita mokykla",
                            null,
                            new NewAttachment("didelis.pdf", big)))));
    assertRefused(
        "classdocs.document.institution",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    documents.upload(
                        new NewStudentDocument(
                            childId,
                            DocumentKind.HOME_SCHOOLING,
                            " ",
                            null,
                            new NewAttachment("a.pdf", PDF)))));
    assertRefused(
        "plainText.invalid",
        () ->
            as(
                school.classTeacherAccount,
                () ->
                    documents.upload(
                        new NewStudentDocument(
                            childId,
                            DocumentKind.HOME_SCHOOLING,
                            "Mokykla\u001b",
                            null,
                            new NewAttachment("a.pdf", PDF)))));
    assertEquals(before, count(), "nothing stored");
  }

  @Test
  void everyoneWithoutTheRelationshipIsRefused() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    JournalSchool school = JournalSchool.of(fx, em, 8, 2);
    JournalSchool other = JournalSchool.of(fx, em, 8, 1);
    clock.set(LocalDate.of(2030, 11, 10));
    Student child = school.students.get(0);
    Student sibling = school.students.get(1);
    Account otherGuardian = fx.account(fx.guardian("Petras", "Kitoks", sibling));
    Account student = fx.account(child);
    StudentDocumentView uploaded =
        as(
            school.classTeacherAccount,
            () ->
                documents.upload(
                    new NewStudentDocument(
                        child.getId(),
                        DocumentKind.OTHER_SCHOOL,
                        "Vilniaus progimnazija",
                        null,
                        new NewAttachment("pazymiai.pdf", PDF))));
    long before = count();
    NewStudentDocument again =
        new NewStudentDocument(
            child.getId(),
            DocumentKind.OTHER_SCHOOL,
            "Vilniaus progimnazija",
            null,
            new NewAttachment("dar.pdf", PDF));

    // another class's class teacher may neither upload nor read
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.classTeacherAccount, () -> documents.upload(again)));
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.classTeacherAccount, () -> documents.ofStudent(child.getId())));
    // a teacher not of the group: not even offered beside the form
    long groupId = school.classGroup.getId();
    long subjectId = school.subject.getId();
    assertFalse(as(other.teacherAccount, () -> documents.mayReadGroup(groupId, subjectId)));
    assertTrue(as(school.teacherAccount, () -> documents.mayReadGroup(groupId, subjectId)));
    assertThrows(
        AccessDeniedException.class,
        () ->
            as(
                other.teacherAccount,
                () -> documents.ofGroup(school.classGroup.getId(), school.subject.getId())));
    assertThrows(
        AccessDeniedException.class,
        () -> as(other.teacherAccount, () -> documents.file(uploaded.id())));
    // the subject teacher reads, but does not upload
    assertThrows(
        EJBAccessException.class, () -> as(school.teacherAccount, () -> documents.upload(again)));
    // another child's guardian
    assertThrows(
        AccessDeniedException.class,
        () -> as(otherGuardian, () -> documents.ofStudent(child.getId())));
    assertThrows(
        AccessDeniedException.class, () -> as(otherGuardian, () -> documents.file(uploaded.id())));
    // the student
    assertThrows(
        EJBAccessException.class, () -> as(student, () -> documents.ofStudent(child.getId())));
    assertThrows(EJBAccessException.class, () -> as(student, () -> documents.file(uploaded.id())));
    assertEquals(before, count(), "nothing stored");
  }

  private long count() throws Exception {
    return new Fixtures(em, tx)
        .inTx(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM student_document")
                            .getSingleResult())
                    .longValue());
  }
}
