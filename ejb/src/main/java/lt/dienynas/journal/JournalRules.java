package lt.dienynas.journal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;

/** Rules the journal's services share. */
final class JournalRules {
  /** The longest stretch of days one call may generate, justify or list. */
  static final int MAX_DAYS = 366;

  private static final String MEMBERS_ON =
      "SELECT DISTINCT s FROM GroupMember m JOIN m.student s WHERE m.group = :group"
          + " AND s.id IN :studentIds AND m.validity.from <= :date"
          + " AND (m.validity.to IS NULL OR m.validity.to >= :date)";

  private JournalRules() {}

  /**
   * The student, who must belong to the lesson's group on the lesson's date.
   *
   * @throws BusinessException {@code journal.notMember}
   */
  static Student requireMember(EntityManager em, Lesson lesson, long studentId) {
    return requireMembers(em, lesson, Set.of(studentId)).get(studentId);
  }

  /**
   * The students by id, read in one query; each must belong to the lesson's group on the lesson's
   * date.
   *
   * @throws BusinessException {@code journal.notMember}
   */
  static Map<Long, Student> requireMembers(
      EntityManager em, Lesson lesson, Collection<Long> studentIds) {
    Map<Long, Student> students = new HashMap<>();
    if (studentIds.isEmpty()) {
      return students;
    }
    for (Student s :
        em.createQuery(MEMBERS_ON, Student.class)
            .setParameter("group", lesson.getGroup())
            .setParameter("studentIds", studentIds)
            .setParameter("date", lesson.getLessonDate())
            .getResultList()) {
      students.put(s.getId(), s);
    }
    if (!students.keySet().containsAll(studentIds)) {
      throw new BusinessException(
          "journal.notMember", lesson.getGroup().getName(), lesson.getLessonDate());
    }
    return students;
  }

  /**
   * @throws BusinessException {@code journal.datesRequired}, {@code dateRange.order} or {@code
   *     journal.rangeTooLong}
   */
  static void requireBoundedRange(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new BusinessException("journal.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new BusinessException("journal.rangeTooLong", MAX_DAYS);
    }
  }
}
