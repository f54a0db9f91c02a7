package lt.dienynas.journal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;

/**
 * Substitutions over a date range (§19.8, §23.16): the deputy or the DB admin gives every lesson of
 * a teacher between two dates to a substitute in one action (each lesson through {@link
 * LessonService#assignSubstitute}, all in one transaction), and the substitute sees the lessons
 * they give.
 */
@Stateless
public class SubstitutionService {
  /** The longest range one action covers (a teacher's long absence is arranged month by month). */
  public static final int MAX_DAYS = 62;

  private static final String LESSONS =
      "SELECT l FROM Lesson l JOIN FETCH l.group JOIN FETCH l.subject JOIN FETCH l.teacher"
          + " LEFT JOIN FETCH l.substitute WHERE %s AND l.lessonDate BETWEEN :from AND :to"
          + " ORDER BY l.lessonDate, l.lessonNumber, l.id";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private LessonService lessons;

  /**
   * Gives every lesson of the teacher from {@code from} to {@code to} to the substitute ({@code
   * null}: back to the teacher).
   *
   * @return the number of lessons
   * @throws BusinessException {@code substitution.range}, {@code lesson.substituteRole}, {@code
   *     lesson.substituteSelf}, {@code staff.inactive}
   */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public int assignRange(long teacherId, LocalDate from, LocalDate to, Long substituteId) {
    policy.requireSubstitutionArrangement();
    requireRange(from, to);
    List<Long> ids =
        em.createQuery(
                "SELECT l.id FROM Lesson l WHERE l.teacher.id = :teacher AND l.lessonDate BETWEEN"
                    + " :from AND :to ORDER BY l.lessonDate, l.lessonNumber",
                Long.class)
            .setParameter("teacher", teacherId)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList();
    for (long id : ids) {
      lessons.assignSubstitute(id, substituteId);
    }
    return ids.size();
  }

  /** A teacher to choose (the one away or the substitute). */
  public record TeacherOption(long id, String name) implements java.io.Serializable {}

  /** The active staff who give lessons, to choose from (one query). */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public List<TeacherOption> teachers() {
    policy.requireSubstitutionArrangement();
    List<TeacherOption> options = new java.util.ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT DISTINCT p.id, p.first_name, p.last_name FROM person p JOIN staff_member s"
                    + " ON s.person_id = p.id AND s.active = TRUE JOIN staff_role r ON r.staff_id"
                    + " = p.id WHERE r.role IN ('TEACHER', 'NON_FORMAL_TEACHER',"
                    + " 'PRESCHOOL_TEACHER', 'VDM_EDUCATOR') ORDER BY p.last_name, p.first_name")
            .getResultList()) {
      Object[] r = (Object[]) row;
      options.add(new TeacherOption(((Number) r[0]).longValue(), r[2] + " " + r[1]));
    }
    return options;
  }

  /** A teacher's lessons in the range with their substitutes, for the deputy and the DB admin. */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN})
  public List<SubstitutedLesson> ofTeacher(long teacherId, LocalDate from, LocalDate to) {
    policy.requireSubstitutionArrangement();
    requireRange(from, to);
    return em
        .createQuery(String.format(LESSONS, "l.teacher.id = :person"), Lesson.class)
        .setParameter("person", teacherId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(SubstitutionService::view)
        .toList();
  }

  /** The lessons the caller gives as a substitute in the range (their timetable shows them). */
  @PermitAll
  public List<SubstitutedLesson> mine(LocalDate from, LocalDate to) {
    Actor actor = policy.requireTeacherWork("SUBSTITUTIONS_MINE");
    requireRange(from, to);
    return em
        .createQuery(String.format(LESSONS, "l.substitute.id = :person"), Lesson.class)
        .setParameter("person", actor.personId())
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(SubstitutionService::view)
        .toList();
  }

  private static void requireRange(LocalDate from, LocalDate to) {
    if (from == null
        || to == null
        || to.isBefore(from)
        || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new BusinessException("substitution.range", MAX_DAYS);
    }
  }

  private static SubstitutedLesson view(Lesson l) {
    return new SubstitutedLesson(
        l.getId(),
        l.getLessonDate(),
        l.getLessonNumber(),
        l.getGroup().getId(),
        l.getGroup().getName(),
        l.getSubject().getName(),
        l.getTeacher().getFullName(),
        l.getSubstitute().map(s -> s.getFullName()).orElse(null));
  }
}
