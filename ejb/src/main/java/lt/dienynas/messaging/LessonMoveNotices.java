package lt.dienynas.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.Set;
import lt.dienynas.journal.LessonMoved;

/**
 * Tvarkaraščio pakeitimai (§23.13): when a lesson moves, the students of its group in grades 5–8
 * and the guardians of all its students are told where it moved and why. Written in the move's own
 * transaction (the notice outbox of {@link SystemNotices}): a move that rolls back tells nobody.
 */
@Stateless
@PermitAll
public class LessonMoveNotices {
  /** The group's students on either date, and each one's grade on that date (null: no class). */
  private static final String STUDENTS =
      "SELECT DISTINCT m.student_id, c.grade FROM group_member m"
          + " LEFT JOIN group_member cm ON cm.student_id = m.student_id"
          + " AND cm.valid_from <= ?2 AND (cm.valid_to IS NULL OR cm.valid_to >= ?2)"
          + " AND cm.group_id IN (SELECT id FROM study_group WHERE kind = 'CLASS')"
          + " LEFT JOIN study_group cg ON cg.id = cm.group_id"
          + " LEFT JOIN school_class c ON c.id = cg.school_class_id"
          + " WHERE m.group_id = ?1 AND m.valid_from <= ?3"
          + " AND (m.valid_to IS NULL OR m.valid_to >= ?2)";

  private static final String GUARDIANS =
      "SELECT DISTINCT guardian_id FROM guardianship WHERE student_id IN (%s)";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private SystemNotices notices;

  /** A lesson moved (inside the move's transaction): its notice goes out with it. */
  public void onLessonMoved(@Observes LessonMoved moved) {
    java.time.LocalDate first =
        moved.fromDate().isBefore(moved.toDate()) ? moved.fromDate() : moved.toDate();
    java.time.LocalDate last =
        moved.fromDate().isBefore(moved.toDate()) ? moved.toDate() : moved.fromDate();
    Set<Long> students = new LinkedHashSet<>();
    Set<Long> recipients = new LinkedHashSet<>();
    for (Object row :
        em.createNativeQuery(STUDENTS)
            .setParameter(1, moved.groupId())
            .setParameter(2, first)
            .setParameter(3, last)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long student = ((Number) r[0]).longValue();
      students.add(student);
      if (r[1] != null) {
        int grade = ((Number) r[1]).intValue();
        if (grade >= LessonNoticeWriter.FIRST_TOLD_GRADE
            && grade <= LessonNoticeWriter.LAST_TOLD_GRADE) {
          recipients.add(student);
        }
      }
    }
    if (students.isEmpty()) {
      return;
    }
    // numbers only (Long ids): the driver binds no lists in native queries
    String ids = String.join(",", students.stream().map(String::valueOf).toList());
    for (Object id : em.createNativeQuery(String.format(GUARDIANS, ids)).getResultList()) {
      recipients.add(((Number) id).longValue());
    }
    notices.notify(
        recipients,
        "notice.lessonMoved.subject",
        "notice.lessonMoved.body",
        moved.groupName(),
        moved.subjectName(),
        moved.fromDate(),
        moved.fromNumber(),
        moved.toDate(),
        moved.toNumber(),
        moved.reason());
  }
}
