package lt.dienynas.journal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import lt.dienynas.people.Student;
import lt.dienynas.shared.BusinessException;

/** Rules the journal's services share. */
final class JournalRules {
  /** The longest stretch of days one call may generate, justify or list. */
  static final int MAX_DAYS = 366;

  private static final String MEMBER_ON =
      "SELECT COUNT(m) FROM GroupMember m WHERE m.group = :group AND m.student.id = :studentId"
          + " AND m.validFrom <= :date AND (m.validTo IS NULL OR m.validTo >= :date)";

  private JournalRules() {}

  /**
   * The student, who must belong to the lesson's group on the lesson's date.
   *
   * @throws BusinessException {@code journal.notMember}
   */
  static Student requireMember(EntityManager em, Lesson lesson, long studentId) {
    long count =
        em.createQuery(MEMBER_ON, Long.class)
            .setParameter("group", lesson.getGroup())
            .setParameter("studentId", studentId)
            .setParameter("date", lesson.getLessonDate())
            .getSingleResult();
    if (count == 0) {
      throw new BusinessException(
          "journal.notMember", lesson.getGroup().getName(), lesson.getLessonDate());
    }
    return em.find(Student.class, studentId);
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
