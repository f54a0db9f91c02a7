package lt.dienynas.messaging;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import lt.dienynas.journal.AttendanceStatus;
import lt.dienynas.journal.LessonSaved;

/**
 * Writes the notices of one committed lesson save (see {@link LessonNotices}): one notice per
 * recipient, recipients told the same thing sharing one; the recipients and their choices in one
 * query.
 */
@Stateless
@PermitAll
public class LessonNoticeWriter {
  /** Students of these grades are told themselves (younger ones through their guardians only). */
  static final int FIRST_TOLD_GRADE = 5;

  static final int LAST_TOLD_GRADE = 8;

  private static final String LESSON =
      "SELECT COALESCE(s.name, g.name), l.lesson_date, l.group_id FROM lesson l"
          + " JOIN study_group g ON g.id = l.group_id LEFT JOIN subject s ON s.id = l.subject_id"
          + " WHERE l.id = ?1";

  private static final String MEMBERS =
      "SELECT m.student_id FROM group_member m WHERE m.group_id = ?1 AND m.valid_from <= ?2"
          + " AND (m.valid_to IS NULL OR m.valid_to >= ?2)";

  /** Guardians of the students, then the students of grades 5–8: who, for whom, what they want. */
  private static final String RECIPIENTS =
      "SELECT gs.guardian_id, gs.student_id, p.first_name, p.last_name,"
          + " COALESCE(np.marks, TRUE), COALESCE(np.absences, TRUE), COALESCE(np.homework, TRUE)"
          + " FROM guardianship gs JOIN person p ON p.id = gs.student_id"
          + " LEFT JOIN notice_preference np ON np.person_id = gs.guardian_id"
          + " WHERE gs.student_id IN (%1$s)"
          + " UNION ALL SELECT m.student_id, m.student_id, p.first_name, p.last_name,"
          + " COALESCE(np.marks, TRUE), COALESCE(np.absences, TRUE), COALESCE(np.homework, TRUE)"
          + " FROM group_member m JOIN study_group g ON g.id = m.group_id AND g.kind = 'CLASS'"
          + " JOIN school_class c ON c.id = g.school_class_id JOIN person p ON p.id = m.student_id"
          + " LEFT JOIN notice_preference np ON np.person_id = m.student_id"
          + " WHERE m.student_id IN (%1$s) AND c.grade BETWEEN "
          + FIRST_TOLD_GRADE
          + " AND "
          + LAST_TOLD_GRADE
          + " AND m.valid_from <= ?1 AND (m.valid_to IS NULL OR m.valid_to >= ?1)";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private SystemNotices notices;

  /** Writes the notices of a committed lesson save, in a transaction of their own. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void write(LessonSaved saved) {
    if (saved.isEmpty()) {
      return;
    }
    Object[] lesson =
        (Object[]) em.createNativeQuery(LESSON).setParameter(1, saved.lessonId()).getSingleResult();
    String subject = (String) lesson[0];
    LocalDate date = toDate(lesson[1]);
    long groupId = ((Number) lesson[2]).longValue();

    Set<Long> students = new LinkedHashSet<>(saved.marks().keySet());
    students.addAll(saved.attendance().keySet());
    boolean homework = saved.homework() != null;
    if (homework) {
      for (Object id :
          em.createNativeQuery(MEMBERS)
              .setParameter(1, groupId)
              .setParameter(2, date)
              .getResultList()) {
        students.add(((Number) id).longValue());
      }
    }
    if (students.isEmpty()) {
      return;
    }
    // numbers only (Long ids): the driver binds no lists in native queries
    String ids = students.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<Long, Map<Long, List<NoticeArgs.Line>>> linesByRecipient = new LinkedHashMap<>();
    Map<Long, Boolean> wantsHomework = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(String.format(RECIPIENTS, ids))
            .setParameter(1, date)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long recipient = ((Number) r[0]).longValue();
      long student = ((Number) r[1]).longValue();
      String name = r[2] + " " + r[3];
      boolean marks = flag(r[4]);
      boolean absences = flag(r[5]);
      List<NoticeArgs.Line> lines = new ArrayList<>();
      String mark = saved.marks().get(student);
      if (marks && mark != null) {
        lines.add(NoticeArgs.Line.of("notice.lesson.mark", name, mark));
      }
      AttendanceStatus status = saved.attendance().get(student);
      if (absences && status != null) {
        lines.add(
            NoticeArgs.Line.of(
                status == AttendanceStatus.ABSENT ? "notice.lesson.absent" : "notice.lesson.late",
                name));
      }
      linesByRecipient.computeIfAbsent(recipient, k -> new TreeMap<>()).put(student, lines);
      wantsHomework.merge(recipient, flag(r[6]), Boolean::logicalOr);
    }

    // one notice per recipient; recipients told the same thing share one notice
    Map<List<NoticeArgs.Line>, Set<Long>> byContent = new LinkedHashMap<>();
    for (Map.Entry<Long, Map<Long, List<NoticeArgs.Line>>> entry : linesByRecipient.entrySet()) {
      List<NoticeArgs.Line> lines = new ArrayList<>();
      entry.getValue().values().forEach(lines::addAll);
      if (homework && wantsHomework.get(entry.getKey())) {
        lines.add(NoticeArgs.Line.of("notice.lesson.homework", saved.homework()));
      }
      if (!lines.isEmpty()) {
        byContent.computeIfAbsent(lines, k -> new LinkedHashSet<>()).add(entry.getKey());
      }
    }
    for (Map.Entry<List<NoticeArgs.Line>, Set<Long>> notice : byContent.entrySet()) {
      notices.notify(
          notice.getValue(),
          "notice.lesson.subject",
          "notice.lesson.body",
          subject,
          date,
          new NoticeArgs.Lines(notice.getKey()));
    }
  }

  private static boolean flag(Object value) {
    return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
  }

  private static LocalDate toDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
