package lt.dienynas.classdocs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.messaging.AttachmentRules;
import lt.dienynas.messaging.SystemNotices;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Documents from other institutions (§21.14, §23.6, §23.10): the class teacher uploads a student's
 * marks received at a sanatorium, another school or in home schooling — the same file rules as a
 * message's attachment ({@link AttachmentRules}) — and the student's subject teachers get a notice;
 * they see the documents beside the period-grade form; the student's guardians may see them too.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("student documents")
public class StudentDocumentService {
  static final String TYPE = "student_document";

  private static final String VIEW =
      "SELECT NEW lt.dienynas.classdocs.StudentDocumentView(d.id, d.studentId, s.firstName,"
          + " s.lastName, d.kind, d.institution, d.note, d.fileName, d.contentType, d.sizeBytes,"
          + " u.firstName, u.lastName, d.uploadedAt) FROM StudentDocument d, Person s, Person u"
          + " WHERE s.id = d.studentId AND u.id = d.uploadedBy";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private SystemNotices notices;

  @EJB private Actors actors;

  @Inject private SchoolClock clock;

  /**
   * The one write point: the class teacher of the student uploads a document into the school year
   * of the student's class; the file passes the attachment rules; the history records it; the
   * student's subject teachers in that year are told.
   *
   * @throws BusinessException {@code classdocs.document.noClass}, {@code schoolYear.readOnly},
   *     {@code attachment.*}, {@code plainText.invalid}, the entity's text rules
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public StudentDocumentView upload(@NotNull @Valid NewStudentDocument document) {
    Actor actor = policy.requireStudentDocumentUpload(document.studentId());
    List<ClassStudent> classes =
        em.createQuery(
                "SELECT NEW lt.dienynas.classdocs.ClassStudent(s.id, s.firstName, s.lastName,"
                    + " c.id, c.name) FROM GroupMember m JOIN m.student s JOIN m.group g"
                    + " JOIN g.schoolClass c JOIN g.schoolYear y"
                    + " WHERE s.id = :student AND g.kind = lt.dienynas.school.GroupKind.CLASS"
                    + " AND c.classTeacher.id = :me ORDER BY y.startDate DESC, m.validity.from DESC",
                ClassStudent.class)
            .setParameter("student", document.studentId())
            .setParameter("me", actor.personId())
            .setMaxResults(1)
            .getResultList();
    if (classes.isEmpty()) {
      throw new BusinessException("classdocs.document.noClass");
    }
    ClassStudent student = classes.get(0);
    SchoolYear year =
        em.createQuery("SELECT c.schoolYear FROM SchoolClass c WHERE c.id = :id", SchoolYear.class)
            .setParameter("id", student.classId())
            .getSingleResult();
    year.requireWritable();
    AttachmentRules.Checked file = AttachmentRules.check(List.of(document.file())).get(0);
    StudentDocument created =
        new StudentDocument(
            year.getId(),
            student.studentId(),
            document.kind(),
            document.institution(),
            document.note(),
            file.fileName(),
            file.contentType(),
            file.content(),
            actor.personId(),
            clock.now());
    em.persist(created);
    em.flush();
    history.record(Change.inserted(TYPE, created.getId(), values(created)));
    Set<Long> teachers =
        new HashSet<>(
            em.createQuery(
                    "SELECT DISTINCT a.teacher.id FROM TeachingAssignment a, GroupMember m"
                        + " WHERE m.group = a.group AND m.student.id = :student"
                        + " AND a.group.schoolYear.id = :year AND (a.validity.to IS NULL OR"
                        + " a.validity.to >= :today) AND (m.validity.to IS NULL OR m.validity.to >= :today)",
                    Long.class)
                .setParameter("student", student.studentId())
                .setParameter("year", year.getId())
                .setParameter("today", clock.today())
                .getResultList());
    teachers.remove(actor.personId());
    notices.notify(
        teachers,
        "classdocs.notice.subject",
        "classdocs.notice.body",
        student.firstName() + " " + student.lastName(),
        student.className(),
        created.getInstitution(),
        created.getFileName());
    return one(created.getId());
  }

  /** A student's documents, the latest first. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.GUARDIAN,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public List<StudentDocumentView> ofStudent(long studentId) {
    policy.requireStudentDocumentRead(studentId);
    return em.createQuery(
            VIEW + " AND d.studentId = :student ORDER BY d.uploadedAt DESC, d.id DESC",
            StudentDocumentView.class)
        .setParameter("student", studentId)
        .setMaxResults(200)
        .getResultList();
  }

  /**
   * The documents of the group's students in the group's school year, for the subject's period
   * grades (§23.10): beside the period-grade form.
   */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public List<StudentDocumentView> ofGroup(long groupId, long subjectId) {
    policy.requireGroupDocumentRead(groupId, subjectId);
    StudyGroup group = em.find(StudyGroup.class, groupId);
    return em.createQuery(
            VIEW
                + " AND d.yearId = :year AND d.studentId IN (SELECT m.student.id FROM GroupMember"
                + " m WHERE m.group.id = :group) ORDER BY s.lastName, s.firstName, d.uploadedAt",
            StudentDocumentView.class)
        .setParameter("year", group.getSchoolYear().getId())
        .setParameter("group", groupId)
        .setMaxResults(500)
        .getResultList();
  }

  /**
   * Whether the calling person may see the group's documents beside the period-grade form (a
   * journal reader of the group who is not its subject's teacher, e.g. a substitute, may not).
   */
  @PermitAll
  public boolean mayReadGroup(long groupId, long subjectId) {
    return policy.mayReadGroupDocuments(actors.current(), groupId, subjectId);
  }

  /** The students of the classes the calling class teacher leads in open school years. */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public List<ClassStudent> myStudents() {
    Actor actor = policy.requireTeacherWork("STUDENT_DOCUMENT_STUDENTS");
    return em.createQuery(
            "SELECT NEW lt.dienynas.classdocs.ClassStudent(s.id, s.firstName, s.lastName, c.id,"
                + " c.name) FROM GroupMember m JOIN m.student s JOIN m.group g"
                + " JOIN g.schoolClass c JOIN g.schoolYear y"
                + " WHERE g.kind = lt.dienynas.school.GroupKind.CLASS AND c.classTeacher.id = :me"
                + " AND y.readOnly = FALSE AND (m.validity.to IS NULL OR m.validity.to >= :today)"
                + " ORDER BY c.name, s.lastName, s.firstName",
            ClassStudent.class)
        .setParameter("me", actor.personId())
        .setParameter("today", clock.today())
        .setMaxResults(500)
        .getResultList();
  }

  /** The document's file, for whoever may read the student's documents. */
  @RolesAllowed({
    Role.Names.CLASS_TEACHER,
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.GUARDIAN,
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN
  })
  public DownloadFile file(long documentId) {
    StudentDocument document = em.find(StudentDocument.class, documentId);
    if (document == null) {
      throw policy.refuse("STUDENT_DOCUMENT_READ", "student_document", documentId);
    }
    policy.requireStudentDocumentRead(document.getStudentId());
    return new DownloadFile(
        document.getFileName(), document.getContentType(), document.getContent());
  }

  private StudentDocumentView one(long id) {
    return em.createQuery(VIEW + " AND d.id = :id", StudentDocumentView.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  private static Map<String, Object> values(StudentDocument d) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("student", d.getStudentId());
    values.put("kind", d.getKind());
    values.put("institution", d.getInstitution());
    values.put("note", d.getNote());
    values.put("file", d.getFileName());
    values.put("size", d.getSizeBytes());
    return values;
  }
}
