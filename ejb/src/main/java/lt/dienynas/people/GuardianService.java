package lt.dienynas.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.shared.BusinessException;

/**
 * Tėvai / globėjai and the student's data (§21.1, §22.2, §22.11–22.12, §17.4): the DB admin creates
 * guardians and links them to children (a guardian of several children, several guardians of one
 * child) or unlinks them; the DB admin, the class teacher of the student's class and the pre-school
 * teacher of the student's group correct the student's and the guardians' data. The one write point
 * of each: input checked, access, optimistic lock, history.
 */
@Stateless
@PermitAll
@HistorySource("guardians")
public class GuardianService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private StudentClasses studentClasses;

  @Inject private Validator validator;

  /** A guardian as the student's page and the API show them. */
  public record GuardianView(
      long id, int version, String firstName, String lastName, String email, List<Child> children)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  /** A child of a guardian, with their class. */
  public record Child(long id, String fullName, String className) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** A student's own data for the edit form. */
  public record StudentView(
      long id,
      int version,
      String firstName,
      String lastName,
      String email,
      String personalCode,
      String className)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    public String fullName() {
      return firstName + " " + lastName;
    }
  }

  /** The student's data and guardians, for those who may correct them. */
  public StudentView student(long studentId) {
    policy.requireStudentDataWrite(studentId);
    Student s = em.find(Student.class, studentId);
    return new StudentView(
        s.getId(),
        s.getVersion(),
        s.getFirstName(),
        s.getLastName(),
        s.getEmail().orElse(""),
        s.getPersonalCode().value(),
        studentClasses.of(studentId).map(ClassOf::name).orElse(""));
  }

  /** The student's guardians with all their children (one query for the children's classes). */
  public List<GuardianView> guardiansOf(long studentId) {
    policy.requireStudentDataWrite(studentId);
    List<Guardian> guardians =
        em.createNamedQuery(Guardian.FIND_BY_STUDENT, Guardian.class)
            .setParameter("student", em.getReference(Student.class, studentId))
            .getResultList();
    List<Long> childIds =
        guardians.stream()
            .flatMap(g -> g.getChildren().stream())
            .map(Student::getId)
            .distinct()
            .toList();
    Map<Long, ClassOf> classes = studentClasses.of(childIds);
    return guardians.stream().map(g -> view(g, classes)).toList();
  }

  /** One guardian, for whoever may correct their data. */
  public GuardianView guardian(long guardianId) {
    policy.requireGuardianDataWrite(guardianId);
    Guardian g = em.find(Guardian.class, guardianId);
    return view(g, studentClasses.of(g.getChildren().stream().map(Student::getId).toList()));
  }

  /**
   * Creates a guardian and links them to the child (DB admin).
   *
   * @throws BusinessException {@code person.name}, {@code person.email}, {@code
   *     person.controlCharacters}
   */
  public long create(PersonData data, long studentId) {
    policy.requireAdministration("GUARDIAN_CREATE");
    policy.requireStudentDataWrite(studentId);
    check(data);
    Student child = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
    Guardian guardian = new Guardian(data.firstName(), data.lastName());
    guardian.changeEmail(data.email());
    guardian.addChild(child);
    em.persist(guardian);
    em.flush();
    history.record(GuardianChanges.created(guardian));
    history.record(GuardianChanges.link(guardian, child, true));
    return guardian.getId();
  }

  /**
   * Links an existing guardian to one more child (DB admin).
   *
   * @throws BusinessException {@code guardian.notFound}, {@code guardian.alreadyLinked}
   */
  public void link(long guardianId, long studentId) {
    policy.requireAdministration("GUARDIAN_LINK");
    policy.requireStudentDataWrite(studentId);
    Guardian guardian = requireGuardian(guardianId);
    Student child = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
    if (guardian.isGuardianOf(child)) {
      throw new BusinessException("guardian.alreadyLinked", guardian.getFullName(), child);
    }
    guardian.addChild(child);
    history.record(GuardianChanges.link(guardian, child, true));
  }

  /**
   * Unlinks a guardian from a child (DB admin); the guardian and their other children stay.
   *
   * @throws BusinessException {@code guardian.notFound}, {@code guardian.notLinked}
   */
  public void unlink(long guardianId, long studentId) {
    policy.requireAdministration("GUARDIAN_UNLINK");
    policy.requireStudentDataWrite(studentId);
    Guardian guardian = requireGuardian(guardianId);
    Student child = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
    if (!guardian.isGuardianOf(child)) {
      throw new BusinessException("guardian.notLinked", guardian.getFullName(), child);
    }
    guardian.removeChild(child);
    history.record(GuardianChanges.link(guardian, child, false));
  }

  /**
   * Corrects a guardian's names and e-mail, against the version the form was loaded with.
   *
   * @throws BusinessException {@code record.stale}, {@code person.*}
   */
  public void update(long guardianId, int version, PersonData data) {
    policy.requireGuardianDataWrite(guardianId);
    check(data);
    // locked, so that of two edits of one version the second waits and is told it is stale
    Guardian guardian = em.find(Guardian.class, guardianId, LockModeType.PESSIMISTIC_WRITE);
    requireVersion(guardian, version);
    Map<String, Object> before = GuardianChanges.snapshot(guardian);
    guardian.rename(data.firstName(), data.lastName());
    guardian.changeEmail(data.email());
    if (!GuardianChanges.snapshot(guardian).equals(before)) {
      em.flush();
      history.record(GuardianChanges.updated(guardian, before));
    }
  }

  /**
   * Corrects a student's names, e-mail and personal code (the birth date follows the code).
   *
   * @throws BusinessException {@code record.stale}, {@code person.*}, {@code personalCode.*},
   *     {@code student.personalCodeTaken}
   */
  public void updateStudent(long studentId, int version, PersonData data) {
    policy.requireStudentDataWrite(studentId);
    check(data);
    if (data.personalCode() == null) {
      throw new BusinessException("personalCode.format", "");
    }
    Student student = em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
    requireVersion(student, version);
    PersonalCode code = PersonalCode.parse(data.personalCode());
    if (!code.value().equals(student.getPersonalCode().value())
        && !em.createNamedQuery(Student.FIND_BY_PERSONAL_CODE, Student.class)
            .setParameter("code", code.value())
            .getResultList()
            .isEmpty()) {
      throw new BusinessException("student.personalCodeTaken", code.value());
    }
    Map<String, Object> before = GuardianChanges.snapshot(student);
    student.rename(data.firstName(), data.lastName());
    student.changeEmail(data.email());
    student.correctPersonalCode(code);
    if (!GuardianChanges.snapshot(student).equals(before)) {
      em.flush();
      history.record(GuardianChanges.updated(student, before));
    }
  }

  /** Guardians whose name contains the text, to link one more child to (DB admin; at most 50). */
  public List<GuardianView> search(String text) {
    policy.requireAdministration("GUARDIAN_SEARCH");
    String pattern = "%" + (text == null ? "" : text.strip().replace("%", "")) + "%";
    List<Guardian> found =
        em.createQuery(
                "SELECT g FROM Guardian g WHERE CONCAT(g.firstName, ' ', g.lastName) LIKE :p"
                    + " ORDER BY g.lastName, g.firstName, g.id",
                Guardian.class)
            .setParameter("p", pattern)
            .setMaxResults(50)
            .getResultList();
    Map<Long, ClassOf> classes =
        studentClasses.of(
            found.stream()
                .flatMap(g -> g.getChildren().stream())
                .map(Student::getId)
                .distinct()
                .toList());
    return found.stream().map(g -> view(g, classes)).toList();
  }

  private void check(PersonData data) {
    if (data == null) {
      throw new BusinessException("person.name", "");
    }
    Set<ConstraintViolation<PersonData>> violations = validator.validate(data);
    violations.stream()
        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .ifPresent(
            v -> {
              throw new BusinessException(v.getMessage(), v.getInvalidValue());
            });
  }

  private static void requireVersion(Person person, int version) {
    if (person.getVersion() != version) {
      throw new BusinessException("record.stale", person.getFullName());
    }
  }

  private Guardian requireGuardian(long guardianId) {
    Guardian guardian = em.find(Guardian.class, guardianId, LockModeType.PESSIMISTIC_WRITE);
    if (guardian == null) {
      throw new BusinessException("guardian.notFound", guardianId);
    }
    return guardian;
  }

  private static GuardianView view(Guardian g, Map<Long, ClassOf> classes) {
    List<Child> children =
        g.getChildren().stream()
            .sorted(Comparator.comparing(Student::getLastName).thenComparing(Student::getFirstName))
            .map(
                c ->
                    new Child(
                        c.getId(),
                        c.getFullName(),
                        classes.containsKey(c.getId()) ? classes.get(c.getId()).name() : ""))
            .toList();
    return new GuardianView(
        g.getId(),
        g.getVersion(),
        g.getFirstName(),
        g.getLastName(),
        g.getEmail().orElse(""),
        children);
  }
}
