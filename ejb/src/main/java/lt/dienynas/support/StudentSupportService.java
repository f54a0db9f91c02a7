package lt.dienynas.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.people.StudentClasses;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;

/**
 * Who a specialist supports (§24–§27): the DB admin assigns a student to a specialist and ends the
 * support; a specialist lists their own students. What a specialist may see follows from this
 * through {@link AccessPolicy}.
 */
@Stateless
public class StudentSupportService {
  @Inject private SchoolClock clock;

  private static final String SPECIALISTS =
      "SELECT DISTINCT s FROM StaffMember s JOIN s.roles r WHERE s.active = TRUE"
          + " AND r IN :roles ORDER BY s.lastName, s.firstName";

  private static final String SEARCH_STUDENTS =
      "SELECT s FROM Student s WHERE CONCAT(s.firstName, ' ', s.lastName) LIKE :text"
          + " ORDER BY s.lastName, s.firstName";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private StudentClasses studentClasses;

  /** A person in a choice list. */
  public record PersonChoice(long id, String fullName, String detail) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** A current support of a specialist. */
  public record Supported(
      long supportId, long studentId, String fullName, String className, LocalDate from)
      implements Serializable {
    @Serial private static final long serialVersionUID = 1L;
  }

  /** The active employees who hold a specialist role. */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public List<PersonChoice> specialists() {
    policy.requireAdministration("SUPPORT_READ");
    return em
        .createQuery(SPECIALISTS, StaffMember.class)
        .setParameter("roles", List.of(StudentSupport.SPECIALIST_ROLES))
        .getResultList()
        .stream()
        .map(s -> new PersonChoice(s.getId(), s.getFullName(), ""))
        .toList();
  }

  /** Students whose name contains the text (at most 20), with their class. */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public List<PersonChoice> searchStudents(String text) {
    policy.requireAdministration("SUPPORT_READ");
    if (text == null || text.strip().length() < 2) {
      return List.of();
    }
    List<Student> students =
        em.createQuery(SEARCH_STUDENTS, Student.class)
            .setParameter("text", "%" + text.strip().replace("%", "") + "%")
            .setMaxResults(20)
            .getResultList();
    Map<Long, ClassOf> classes = studentClasses.of(students.stream().map(Student::getId).toList());
    return students.stream()
        .map(
            s ->
                new PersonChoice(
                    s.getId(),
                    s.getFullName(),
                    classes.containsKey(s.getId()) ? classes.get(s.getId()).name() : ""))
        .toList();
  }

  /** The students the specialist supports now (the admin's view). */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public List<Supported> supportedBy(long specialistId) {
    policy.requireAdministration("SUPPORT_READ");
    return current(specialistId);
  }

  /** The students the calling specialist supports now. */
  @RolesAllowed({
    Role.Names.SOCIAL_PEDAGOGUE,
    Role.Names.PSYCHOLOGIST,
    Role.Names.SPECIAL_PEDAGOGUE,
    Role.Names.SPEECH_THERAPIST,
    Role.Names.CAREER_SPECIALIST
  })
  public List<Supported> mySupportedStudents() {
    Actor actor = policy.requireSupportWork();
    return current(actor.personId());
  }

  /**
   * The specialist supports the student from today.
   *
   * @throws BusinessException {@code support.notSpecialist}, {@code support.duplicate}, {@code
   *     person.notFound}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void assign(long specialistId, long studentId) {
    policy.requireAdministration("SUPPORT_ASSIGN");
    StaffMember specialist = em.find(StaffMember.class, specialistId);
    Student student = em.find(Student.class, studentId);
    if (specialist == null || student == null) {
      throw new BusinessException("person.notFound", specialist == null ? specialistId : studentId);
    }
    LocalDate today = clock.today();
    if (!em.createNamedQuery(StudentSupport.CURRENT_OF_PAIR)
        .setParameter("specialistId", specialistId)
        .setParameter("studentId", studentId)
        .setParameter("today", today)
        .getResultList()
        .isEmpty()) {
      throw new BusinessException("support.duplicate", student.getFullName());
    }
    em.persist(new StudentSupport(specialist, student, today));
  }

  /**
   * The support ends now: the specialist no longer sees the student. A support that began today
   * leaves nothing to keep and is removed; an older one ends yesterday and stays as history.
   *
   * @throws BusinessException {@code support.notFound}, {@code support.ended}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void unassign(long supportId) {
    policy.requireAdministration("SUPPORT_UNASSIGN");
    StudentSupport support = em.find(StudentSupport.class, supportId);
    if (support == null) {
      throw new BusinessException("support.notFound", supportId);
    }
    LocalDate yesterday = clock.today().minusDays(1);
    if (support.getValidFrom().isAfter(yesterday)) {
      em.remove(support);
    } else {
      support.end(yesterday);
    }
  }

  private List<Supported> current(long specialistId) {
    List<StudentSupport> supports =
        em.createNamedQuery(StudentSupport.CURRENT_OF_SPECIALIST, StudentSupport.class)
            .setParameter("specialistId", specialistId)
            .setParameter("today", clock.today())
            .getResultList();
    Map<Long, ClassOf> classes =
        studentClasses.of(supports.stream().map(s -> s.getStudent().getId()).toList());
    return supports.stream()
        .map(
            s -> {
              ClassOf c = classes.get(s.getStudent().getId());
              return new Supported(
                  s.getId(),
                  s.getStudent().getId(),
                  s.getStudent().getFullName(),
                  c == null ? "" : c.name(),
                  s.getValidFrom());
            })
        .toList();
  }
}
