package lt.dienynas.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.journal.StudentNoteKind;

/**
 * The figures of the watch lists and the early warnings for any number of students: one query per
 * figure, whatever the number of students. A helper of services that have already checked access;
 * it reveals nothing by itself.
 */
@Stateless
@PermitAll
public class SupportFigures {
  private static final String ATTENDANCE =
      "SELECT NEW lt.dienynas.support.AttendanceFigures(a.student.id,"
          + " SUM(CASE WHEN a.status = lt.dienynas.journal.AttendanceStatus.ABSENT THEN 1 ELSE 0"
          + " END),"
          + " SUM(CASE WHEN a.status = lt.dienynas.journal.AttendanceStatus.ABSENT"
          + " AND a.justification IS NULL THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN a.status = lt.dienynas.journal.AttendanceStatus.LATE THEN 1 ELSE 0"
          + " END))"
          + " FROM Attendance a JOIN a.lesson l WHERE a.student.id IN :ids"
          + " AND l.lessonDate BETWEEN :from AND :to GROUP BY a.student.id";

  private static final String MARKS =
      "SELECT NEW lt.dienynas.support.MarkEntry(m.student.id, l.lessonDate, s.name, m.scale,"
          + " m.value, m.comment) FROM Mark m JOIN m.lesson l JOIN l.subject s"
          + " WHERE m.student.id IN :ids AND l.lessonDate BETWEEN :from AND :to"
          + " ORDER BY m.student.id, l.lessonDate, l.lessonNumber, m.id";

  private static final String NOTES =
      "SELECT NEW lt.dienynas.support.NoteCount(n.student.id, COUNT(n), MAX(n.noteDate))"
          + " FROM StudentNote n WHERE n.student.id IN :ids AND n.kind = :kind"
          + " AND n.noteDate BETWEEN :from AND :to GROUP BY n.student.id";

  private static final String PROGRESS_NOTES =
      "SELECT NEW lt.dienynas.support.NoteCount(n.student.id, COUNT(n), MAX(n.noteDate))"
          + " FROM ProgressNote n WHERE n.student.id IN :ids"
          + " AND n.noteDate BETWEEN :from AND :to GROUP BY n.student.id";

  private static final String OPEN_WARNINGS =
      "SELECT NEW lt.dienynas.support.NoteCount(w.studentId, COUNT(w), MAX(w.crossedOn))"
          + " FROM EarlyWarning w WHERE w.studentId IN :ids AND w.clearedOn IS NULL"
          + " GROUP BY w.studentId";

  private static final String IN_RISK_GROUP =
      "SELECT f.studentId FROM RiskGroupFlag f WHERE f.studentId IN :ids AND f.inGroup = TRUE";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /** Missed, unjustified and late lessons of each student in the span (all students present). */
  public Map<Long, AttendanceFigures> attendance(
      Collection<Long> ids, LocalDate from, LocalDate to) {
    Map<Long, AttendanceFigures> figures = new LinkedHashMap<>();
    ids.forEach(id -> figures.put(id, AttendanceFigures.none(id)));
    if (ids.isEmpty()) {
      return figures;
    }
    em.createQuery(ATTENDANCE, AttendanceFigures.class)
        .setParameter("ids", ids)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .forEach(f -> figures.put(f.studentId(), f));
    return figures;
  }

  /** Every mark of the students in the span, each student's in the order given. */
  public List<MarkEntry> marks(Collection<Long> ids, LocalDate from, LocalDate to) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(MARKS, MarkEntry.class)
        .setParameter("ids", ids)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** The teachers' notes of a kind (remarks, praise) per student in the span. */
  public Map<Long, NoteCount> notes(
      Collection<Long> ids, StudentNoteKind kind, LocalDate from, LocalDate to) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return byStudent(
        em.createQuery(NOTES, NoteCount.class)
            .setParameter("ids", ids)
            .setParameter("kind", kind)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList());
  }

  /** The specialists' progress notes per student in the span. */
  public Map<Long, NoteCount> progressNotes(Collection<Long> ids, LocalDate from, LocalDate to) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return byStudent(
        em.createQuery(PROGRESS_NOTES, NoteCount.class)
            .setParameter("ids", ids)
            .setParameter("from", from)
            .setParameter("to", to)
            .getResultList());
  }

  /** The open early warnings per student. */
  public Map<Long, NoteCount> openWarnings(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return byStudent(
        em.createQuery(OPEN_WARNINGS, NoteCount.class).setParameter("ids", ids).getResultList());
  }

  /** Those of the students who are in the risk group now. */
  public Set<Long> inRiskGroup(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(IN_RISK_GROUP, Long.class).setParameter("ids", ids).getResultList());
  }

  private static Map<Long, NoteCount> byStudent(List<NoteCount> counts) {
    Map<Long, NoteCount> map = new LinkedHashMap<>();
    counts.forEach(c -> map.put(c.studentId(), c));
    return map;
  }
}
