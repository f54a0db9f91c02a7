package lt.dienynas.journal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import lt.dienynas.assessment.MarkValue;

/**
 * The journal as a correction act reads it: the marks its author names while drafting. The act's
 * changes to marks are written by {@link MarkService#correctUnderAct}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JournalCorrections {
  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /**
   * The mark a student has in a lesson, in the journal's notation; null for none. For the act's
   * author, who checks the wrong value while drafting.
   */
  public String markOf(long lessonId, long studentId) {
    List<Mark> marks = marksOf(em.find(Lesson.class, lessonId), studentId);
    return marks.isEmpty() ? null : marks.get(0).value().notation();
  }

  /** Every student's mark in a lesson, in the journal's notation, by student id (one query). */
  public Map<Long, String> marksOfLesson(long lessonId) {
    Map<Long, String> marks = new java.util.HashMap<>();
    for (Mark mark :
        em.createNamedQuery(Mark.OF_LESSON, Mark.class)
            .setParameter("lessonId", lessonId)
            .getResultList()) {
      marks.putIfAbsent(mark.getStudent().getId(), mark.value().notation());
    }
    return marks;
  }

  /** A mark as the journal writes it ("7", "įsk."); null for blank. */
  public static String normalized(String notation) {
    return notation == null || notation.isBlank() ? null : MarkValue.parse(notation).notation();
  }

  private List<Mark> marksOf(Lesson lesson, long studentId) {
    return em.createNamedQuery(Mark.OF_LESSON_AND_STUDENT, Mark.class)
        .setParameter("lesson", lesson)
        .setParameter("studentId", studentId)
        .getResultList();
  }
}
