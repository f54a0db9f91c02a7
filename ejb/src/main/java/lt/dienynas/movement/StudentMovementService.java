package lt.dienynas.movement;

import static lt.dienynas.security.Role.Names.ARCHIVIST;
import static lt.dienynas.security.Role.Names.CLASS_TEACHER;
import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import lt.dienynas.people.Person;
import lt.dienynas.people.PersonalCode;
import lt.dienynas.people.Student;
import lt.dienynas.school.GroupKind;
import lt.dienynas.school.GroupMember;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Director's orders about students (§18.4, §29): admission and arrival put a student on a class
 * list from a day, a departure strikes them off every list from its day (their memberships end the
 * day before; nothing is deleted, so the journal of earlier days still shows them), a temporary
 * leave for treatment is recorded in their history. A returning student is re-admitted as the same
 * person (found by personal code), so their earlier history stays with them.
 */
@Stateless
@RolesAllowed({DB_ADMIN, ARCHIVIST, DIRECTOR, DEPUTY, CLASS_TEACHER})
public class StudentMovementService {
  @Inject private SchoolClock clock;

  private static final int SEARCH_LIMIT = 50;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @Inject private AchievementCertificate certificates;

  /** What an order says; {@code classId} for admission / arrival, {@code until} for a leave. */
  public record OrderRequest(
      OrderKind kind,
      String number,
      LocalDate orderDate,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      Long classId,
      String note) {}

  /** A student not yet in the diary, as the order names them. */
  public record NewStudent(String firstName, String lastName, String personalCode) {}

  /** One line of a search result or an order list. */
  public record StudentRef(long id, String fullName, String personalCode, String className)
      implements Serializable {}

  /** A class a student can be admitted to: one of a school year still open. */
  public record ClassRef(long id, String name, String schoolYear) implements Serializable {}

  /** One order in the list of recent orders. */
  public record OrderLine(
      long id,
      OrderKind kind,
      String number,
      LocalDate orderDate,
      LocalDate effectiveFrom,
      LocalDate effectiveUntil,
      long studentId,
      String studentName,
      String className)
      implements Serializable {}

  /**
   * Records an order about a student already in the diary.
   *
   * @throws BusinessException {@code order.*} (see {@link DirectorOrder}), {@code order.duplicate},
   *     {@code order.alreadyEnrolled}, {@code order.notEnrolled}, {@code order.outsideYear} or
   *     {@code schoolYear.readOnly}
   */
  @RolesAllowed({DB_ADMIN, ARCHIVIST})
  public long record(long studentId, OrderRequest request) {
    Actor actor = policy.requireMovementRecording("ORDER_RECORD");
    Student student = em.find(Student.class, studentId);
    if (student == null) {
      throw policy.refuse("ORDER_RECORD", "student", studentId);
    }
    return apply(actor, student, request).getId();
  }

  /**
   * Admits (or re-admits) a student by the personal code the order names: a student already in the
   * diary — one who left earlier — comes back as the same person with their history; otherwise a
   * new student is created. Only admission and arrival orders fit.
   *
   * @return the student's id
   * @throws BusinessException {@code order.enrolOnly}, {@code person.name}, {@code personalCode.*}
   *     or any of {@link #record}
   */
  @RolesAllowed({DB_ADMIN, ARCHIVIST})
  public long admit(NewStudent newStudent, OrderRequest request) {
    Actor actor = policy.requireMovementRecording("ORDER_RECORD");
    if (request.kind() == null || !request.kind().enrols()) {
      throw new BusinessException("order.enrolOnly");
    }
    PersonalCode code = PersonalCode.parse(newStudent.personalCode());
    Student student =
        em.createNamedQuery(Student.FIND_BY_PERSONAL_CODE, Student.class)
            .setParameter("code", code.value())
            .getResultStream()
            .findFirst()
            .orElseGet(
                () -> {
                  Student created =
                      new Student(newStudent.firstName(), newStudent.lastName(), code);
                  em.persist(created);
                  return created;
                });
    apply(actor, student, request);
    em.flush();
    return student.getId();
  }

  private DirectorOrder apply(Actor actor, Student student, OrderRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.kind() == null) {
      throw new BusinessException("order.kind");
    }
    SchoolClass schoolClass =
        request.classId() == null ? null : em.find(SchoolClass.class, request.classId());
    if (request.classId() != null && schoolClass == null) {
      throw new BusinessException("order.classRequired");
    }
    DirectorOrder order =
        new DirectorOrder(
            request.kind(),
            request.number(),
            request.orderDate(),
            student,
            request.effectiveFrom(),
            request.effectiveUntil(),
            schoolClass,
            request.note(),
            em.find(Person.class, actor.personId()),
            clock.now());
    long same =
        em.createNamedQuery(DirectorOrder.COUNT_SAME, Long.class)
            .setParameter("number", order.getNumber())
            .setParameter("student", student)
            .setParameter("kind", order.getKind())
            .getSingleResult();
    if (same > 0) {
      throw new BusinessException("order.duplicate", order.getNumber(), student.getFullName());
    }
    List<GroupMember> memberships =
        em.createNamedQuery(GroupMember.FIND_BY_STUDENT, GroupMember.class)
            .setParameter("student", student)
            .getResultList();
    switch (order.getKind()) {
      case ADMISSION, ARRIVAL -> enrol(student, schoolClass, order.getEffectiveFrom(), memberships);
      case DEPARTURE -> strikeOff(student, order.getEffectiveFrom(), memberships);
      case TEMPORARY_LEAVE -> requireEnrolled(student, order.getEffectiveFrom(), memberships);
    }
    em.persist(order);
    em.flush();
    return order;
  }

  private void enrol(
      Student student, SchoolClass schoolClass, LocalDate from, List<GroupMember> memberships) {
    schoolClass.getSchoolYear().requireWritable();
    if (!schoolClass.getSchoolYear().contains(from)) {
      throw new BusinessException("order.outsideYear", from, schoolClass.getSchoolYear().getName());
    }
    boolean onAList =
        memberships.stream()
            .anyMatch(
                m ->
                    isClassList(m.getGroup())
                        && m.getGroup().getSchoolYear() == schoolClass.getSchoolYear()
                        && (m.isActiveOn(from) || m.getValidFrom().isAfter(from)));
    if (onAList) {
      throw new BusinessException("order.alreadyEnrolled", student.getFullName());
    }
    StudyGroup classGroup =
        em.createNamedQuery(StudyGroup.FIND_BY_CLASS, StudyGroup.class)
            .setParameter("schoolClass", schoolClass)
            .getResultStream()
            .filter(StudentMovementService::isClassList)
            .findFirst()
            .orElseThrow(() -> new BusinessException("order.noClassGroup", schoolClass.getName()));
    em.persist(new GroupMember(classGroup, student, from));
  }

  /**
   * Strikes the student off every list from {@code firstDayAway}: a membership running then ends
   * the day before; one that was to begin on or after that day (e.g. next year's class after the
   * rollover) never began and is removed.
   */
  private void strikeOff(Student student, LocalDate firstDayAway, List<GroupMember> memberships) {
    requireEnrolled(student, firstDayAway, memberships);
    for (GroupMember m : memberships) {
      if (m.getGroup().getSchoolYear().isReadOnly()) {
        continue;
      }
      if (!m.getValidFrom().isBefore(firstDayAway)) {
        em.remove(m);
      } else if (m.getValidTo().isEmpty() || !m.getValidTo().get().isBefore(firstDayAway)) {
        m.cutShort(firstDayAway.minusDays(1));
      }
    }
  }

  private static void requireEnrolled(
      Student student, LocalDate date, List<GroupMember> memberships) {
    boolean enrolled =
        memberships.stream()
            .anyMatch(
                m ->
                    isClassList(m.getGroup())
                        && !m.getGroup().getSchoolYear().isReadOnly()
                        && (m.isActiveOn(date) || m.isActiveOn(date.minusDays(1))));
    if (!enrolled) {
      throw new BusinessException("order.notEnrolled", student.getFullName(), date);
    }
  }

  private static boolean isClassList(StudyGroup group) {
    return group.getKind() == GroupKind.CLASS || group.getKind() == GroupKind.PRESCHOOL;
  }

  /** The student's history: personal data, orders and every membership (archive reading). */
  public StudentHistory history(long studentId) {
    policy.requireArchiveRead("MOVEMENTS_READ");
    Student student = em.find(Student.class, studentId);
    if (student == null) {
      throw policy.refuse("MOVEMENTS_READ", "student", studentId);
    }
    return historyOf(student);
  }

  StudentHistory historyOf(Student student) {
    List<StudentHistory.Order> orders =
        em.createNamedQuery(DirectorOrder.FIND_BY_STUDENT, DirectorOrder.class)
            .setParameter("student", student)
            .getResultStream()
            .map(
                o ->
                    new StudentHistory.Order(
                        o.getId(),
                        o.getKind(),
                        o.getNumber(),
                        o.getOrderDate(),
                        o.getEffectiveFrom(),
                        o.getEffectiveUntil().orElse(null),
                        o.getSchoolClass().map(SchoolClass::getName).orElse(null),
                        o.getNote().orElse(null)))
            .toList();
    List<StudentHistory.Membership> memberships =
        em.createNamedQuery(GroupMember.FIND_BY_STUDENT, GroupMember.class)
            .setParameter("student", student)
            .getResultStream()
            .map(
                m ->
                    new StudentHistory.Membership(
                        m.getGroup().getSchoolYear().getName(),
                        m.getGroup().getSchoolYear().isReadOnly(),
                        m.getGroup().getName(),
                        m.getGroup().getKind(),
                        m.getValidFrom(),
                        m.getValidTo().orElse(null)))
            .toList();
    return new StudentHistory(
        student.getId(),
        student.getFirstName(),
        student.getLastName(),
        student.getPersonalCode().value(),
        student.getBirthDate(),
        orders,
        memberships);
  }

  /**
   * The pasiekimų pažyma (§29.2) of a student as a PDF: personal data, class, movements and what
   * the journal holds of their achievements this school year up to their departure (or today).
   */
  public byte[] certificate(long studentId, Locale locale) {
    policy.requireStudentCertificate(studentId);
    StudentHistory history = historyOf(em.find(Student.class, studentId));
    LocalDate to =
        history.departure().map(d -> d.effectiveFrom().minusDays(1)).orElse(clock.today());
    LocalDate from =
        history
            .lastClass()
            .flatMap(
                m ->
                    em.createNamedQuery(SchoolYear.FIND_BY_NAME, SchoolYear.class)
                        .setParameter("name", m.schoolYear())
                        .getResultStream()
                        .findFirst())
            .map(SchoolYear::getStartDate)
            .filter(start -> !start.isAfter(to))
            .orElse(to);
    return certificates.print(history, from, to, locale);
  }

  /** Students whose name or personal code contains the text (at most 50, by name). */
  public List<StudentRef> findStudents(String text) {
    policy.requireArchiveRead("MOVEMENTS_READ");
    String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT p.id, p.first_name, p.last_name, s.personal_code,
                       (SELECT g.name FROM group_member m
                          JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')
                         WHERE m.student_id = p.id ORDER BY m.valid_from DESC LIMIT 1)
                  FROM person p JOIN student s ON s.person_id = p.id
                 WHERE LOWER(CONCAT(p.first_name, ' ', p.last_name)) LIKE ?1
                    OR s.personal_code LIKE ?1
                 ORDER BY p.last_name, p.first_name
                """)
            .setParameter(1, pattern)
            .setMaxResults(SEARCH_LIMIT)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new StudentRef(
                    ((Number) r[0]).longValue(), r[1] + " " + r[2], (String) r[3], (String) r[4]))
        .toList();
  }

  /** The classes of the school years still open, for admission and arrival orders. */
  public List<ClassRef> enrollableClasses() {
    policy.requireMovementRecording("ORDER_RECORD");
    return em.createQuery(
            "SELECT c FROM SchoolClass c JOIN FETCH c.schoolYear y WHERE y.readOnly = FALSE"
                + " ORDER BY y.startDate, c.level, c.grade, c.letter",
            SchoolClass.class)
        .getResultStream()
        .map(c -> new ClassRef(c.getId(), c.getName(), c.getSchoolYear().getName()))
        .toList();
  }

  /** The orders dated on or after {@code since}, newest first (at most 200). */
  public List<OrderLine> recentOrders(LocalDate since) {
    policy.requireArchiveRead("ORDERS_READ");
    return em.createNamedQuery(DirectorOrder.FIND_RECENT, DirectorOrder.class)
        .setParameter("since", since)
        .setMaxResults(200)
        .getResultStream()
        .map(
            o ->
                new OrderLine(
                    o.getId(),
                    o.getKind(),
                    o.getNumber(),
                    o.getOrderDate(),
                    o.getEffectiveFrom(),
                    o.getEffectiveUntil().orElse(null),
                    o.getStudent().getId(),
                    o.getStudent().getFullName(),
                    o.getSchoolClass().map(SchoolClass::getName).orElse(null)))
        .toList();
  }
}
