package lt.dienynas.health;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.journal.Versioned;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.people.StudentClasses;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * Sveikatos duomenys (§7.2, §28): the health specialist keeps a record per student and sends
 * notices about a student's condition to that student's teachers; the director reads both; a
 * teacher sees only the notices sent to them. Every call goes through {@link AccessPolicy}.
 */
@Stateless
@Interceptors(InputRefusals.class)
public class HealthService {
  @Inject private SchoolClock clock;

  private static final String SEARCH_STUDENTS =
      """
      SELECT p.id, p.first_name, p.last_name FROM student s JOIN person p ON p.id = s.person_id
       WHERE CONCAT(p.first_name, ' ', p.last_name) LIKE ?1
       ORDER BY p.last_name, p.first_name, p.id
      """;

  /**
   * The student's teachers: those assigned to a group the student is in (now or from a coming date,
   * the periods overlapping) and the class teacher of the student's class; ?2 is the school's today
   * from the SchoolClock.
   */
  private static final String TEACHERS_OF_STUDENT =
      """
      SELECT a.teacher_id FROM group_member m
        JOIN teaching_assignment a ON a.group_id = m.group_id
       WHERE m.student_id = ?1
         AND (m.valid_to IS NULL OR m.valid_to >= ?2)
         AND (a.valid_to IS NULL OR a.valid_to >= ?2)
         AND m.valid_from <= COALESCE(a.valid_to, DATE '9999-12-31')
         AND a.valid_from <= COALESCE(m.valid_to, DATE '9999-12-31')
      UNION
      SELECT c.class_teacher_id FROM group_member m
        JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')
        JOIN school_class c ON c.id = g.school_class_id
       WHERE m.student_id = ?1 AND c.class_teacher_id IS NOT NULL
         AND (m.valid_to IS NULL OR m.valid_to >= ?2)
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private StudentClasses studentClasses;

  /** A student found by the search, with their class. */
  public record StudentHit(long studentId, String fullName, String className)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /**
   * The health record of a student as the page shows it; empty text when nothing is recorded;
   * {@code version} null then, otherwise the one a later save states.
   */
  public record RecordView(
      long studentId,
      String studentName,
      String className,
      String body,
      String updatedBy,
      LocalDateTime updatedAt,
      Integer version)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** A notice as its reader sees it. */
  public record NoticeView(
      long noticeId,
      long studentId,
      String studentName,
      String className,
      String body,
      String author,
      LocalDateTime sentAt,
      List<String> recipients)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** Students whose name contains the text (at most 50), for the health specialist's search. */
  @RolesAllowed({Role.Names.HEALTH_SPECIALIST, Role.Names.DIRECTOR})
  public List<StudentHit> searchStudents(String text) {
    policy.requireHealthWork("HEALTH_STUDENT_SEARCH");
    if (text == null || text.strip().length() < 2) {
      throw new BusinessException("health.searchTooShort");
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(SEARCH_STUDENTS)
            .setParameter(1, "%" + text.strip().replace("%", "") + "%")
            .setMaxResults(50)
            .getResultList();
    Map<Long, ClassOf> classes =
        studentClasses.of(rows.stream().map(r -> ((Number) r[0]).longValue()).toList());
    return rows.stream()
        .map(
            r -> {
              long id = ((Number) r[0]).longValue();
              ClassOf c = classes.get(id);
              return new StudentHit(id, r[1] + " " + r[2], c == null ? "" : c.name());
            })
        .toList();
  }

  @RolesAllowed({Role.Names.HEALTH_SPECIALIST, Role.Names.DIRECTOR})
  public RecordView record(long studentId) {
    policy.requireHealthRead(studentId);
    Student student = em.find(Student.class, studentId);
    HealthRecord record = em.find(HealthRecord.class, studentId);
    return new RecordView(
        studentId,
        student.getFullName(),
        className(studentId),
        record == null ? "" : record.getBody(),
        record == null ? null : record.getUpdatedBy().getFullName(),
        record == null ? null : record.getUpdatedAt(),
        record == null ? null : record.getVersion());
  }

  /**
   * @throws BusinessException {@code health.recordText}
   */
  @RolesAllowed(Role.Names.HEALTH_SPECIALIST)
  public void saveRecord(long studentId, String body) {
    saveRecord(studentId, body, null);
  }

  /**
   * Saves the record as the writer read it: {@code expectedVersion} the version read, {@link
   * Versioned#ABSENT} when there was no record yet, null when the writer does not say (the last
   * write is taken).
   *
   * @throws BusinessException {@code health.recordText}
   * @throws StaleWriteException {@code health.stale} when someone changed it meanwhile
   */
  @RolesAllowed(Role.Names.HEALTH_SPECIALIST)
  public void saveRecord(long studentId, @PlainText String body, Integer expectedVersion) {
    Actor actor = policy.requireHealthWrite(studentId);
    StaffMember author = em.find(StaffMember.class, actor.personId());
    LocalDateTime now = clock.now().truncatedTo(ChronoUnit.MILLIS);
    HealthRecord record = em.find(HealthRecord.class, studentId);
    Integer current = record == null ? null : record.getVersion();
    if (StaleWriteException.isStale(expectedVersion, current)) {
      throw StaleWriteException.of(
          current,
          "health.stale",
          record == null ? "—" : record.getUpdatedBy().getFullName(),
          record == null ? "—" : record.getUpdatedAt().toString().replace('T', ' '));
    }
    if (record == null) {
      em.persist(new HealthRecord(studentId, body, author, now));
    } else {
      record.update(body, author, now);
    }
  }

  /** Who a notice about this student would go to, by name. */
  @RolesAllowed(Role.Names.HEALTH_SPECIALIST)
  public List<String> recipientsOf(long studentId) {
    policy.requireHealthWrite(studentId);
    return teachersOf(studentId).stream()
        .map(StaffMember::getFullName)
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  /**
   * Sends a notice about the student's condition to the student's teachers (§28.2).
   *
   * @return the number of teachers it went to
   * @throws BusinessException {@code health.noticeText} or {@code health.noRecipients}
   */
  @RolesAllowed(Role.Names.HEALTH_SPECIALIST)
  public int sendNotice(long studentId, @PlainText String body) {
    Actor actor = policy.requireHealthWrite(studentId);
    List<StaffMember> teachers = teachersOf(studentId);
    HealthNotice notice =
        new HealthNotice(
            em.find(Student.class, studentId),
            em.find(StaffMember.class, actor.personId()),
            body,
            teachers,
            clock.now().truncatedTo(ChronoUnit.MILLIS));
    em.persist(notice);
    return teachers.size();
  }

  /** The notices sent about a student, newest first. */
  @RolesAllowed({Role.Names.HEALTH_SPECIALIST, Role.Names.DIRECTOR})
  public List<NoticeView> noticesAbout(long studentId) {
    policy.requireHealthRead(studentId);
    return views(
        em.createNamedQuery(HealthNotice.ABOUT_STUDENT, HealthNotice.class)
            .setParameter("studentId", studentId)
            .setMaxResults(200)
            .getResultList());
  }

  /** The notices the calling health specialist sent, newest first (at most 200). */
  @RolesAllowed(Role.Names.HEALTH_SPECIALIST)
  public List<NoticeView> sentByMe() {
    Actor actor = policy.requireHealthWork("HEALTH_NOTICES_SENT_READ");
    return views(
        em.createNamedQuery(HealthNotice.BY_AUTHOR, HealthNotice.class)
            .setParameter("authorId", actor.personId())
            .setMaxResults(200)
            .getResultList());
  }

  /** Sveikatos pranešimai: the notices sent to the calling teacher, newest first (at most 200). */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.CLASS_TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR
  })
  public List<NoticeView> myNotices() {
    Actor actor = policy.requireTeacherWork("HEALTH_NOTICES_READ");
    return views(
        em.createNamedQuery(HealthNotice.TO_TEACHER, HealthNotice.class)
            .setParameter("teacherId", actor.personId())
            .setMaxResults(200)
            .getResultList());
  }

  private List<StaffMember> teachersOf(long studentId) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(TEACHERS_OF_STUDENT)
            .setParameter(1, studentId)
            .setParameter(2, clock.today())
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT s FROM StaffMember s WHERE s.id IN :ids AND s.active = TRUE"
                + " ORDER BY s.lastName, s.firstName",
            StaffMember.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList();
  }

  /** Views of notices; the recipients of all of them in one query, the classes in another. */
  private List<NoticeView> views(List<HealthNotice> notices) {
    if (notices.isEmpty()) {
      return List.of();
    }
    List<Long> ids = notices.stream().map(HealthNotice::getId).toList();
    @SuppressWarnings("unchecked")
    List<Object[]> recipientRows =
        em.createQuery(
                "SELECT n.id, r.firstName, r.lastName FROM HealthNotice n JOIN n.recipients r"
                    + " WHERE n.id IN :ids ORDER BY r.lastName, r.firstName")
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, List<String>> recipients = new java.util.HashMap<>();
    for (Object[] r : recipientRows) {
      recipients
          .computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
          .add(r[1] + " " + r[2]);
    }
    Map<Long, ClassOf> classes =
        studentClasses.of(notices.stream().map(n -> n.getStudent().getId()).distinct().toList());
    return notices.stream()
        .map(
            n -> {
              ClassOf c = classes.get(n.getStudent().getId());
              return new NoticeView(
                  n.getId(),
                  n.getStudent().getId(),
                  n.getStudent().getFullName(),
                  c == null ? "" : c.name(),
                  n.getBody(),
                  n.getAuthor().getFullName(),
                  n.getSentAt(),
                  recipients.getOrDefault(n.getId(), List.of()));
            })
        .toList();
  }

  private String className(long studentId) {
    return studentClasses.of(studentId).map(ClassOf::name).orElse("");
  }
}
