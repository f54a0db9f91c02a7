package lt.dienynas.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lt.dienynas.assessment.MarkScale;
import lt.dienynas.assessment.MarkValue;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.Messages;

/**
 * What the journal holds, for the printed documents: a student's marks, period grades and
 * attendance for the pasiekimų pažyma (§29.2), and the lessons, marks and attendance entries a
 * teacher made, for the printout a leaving teacher signs (§31). One query per table.
 */
@ApplicationScoped
public class JournalRecords implements StudentAchievementSource, TeacherRecordSource {

  private static final String MARKS =
      """
      SELECT s.name, m.scale, m.mark_value, m.comment
        FROM mark m
        JOIN lesson l ON l.id = m.lesson_id
        JOIN subject s ON s.id = l.subject_id
       WHERE m.student_id = ?1 AND l.lesson_date BETWEEN ?2 AND ?3
       ORDER BY s.name, l.lesson_date, l.lesson_number
      """;

  private static final String PERIOD_GRADES =
      """
      SELECT s.name, pg.period_kind, pg.scale, pg.grade_value, pg.grade_comment
        FROM period_grade pg
        JOIN subject s ON s.id = pg.subject_id
        JOIN school_year y ON y.id = pg.school_year_id
       WHERE pg.student_id = ?1 AND y.start_date <= ?3 AND y.end_date >= ?2
       ORDER BY s.name
      """;

  private static final String ATTENDANCE =
      """
      SELECT s.name,
             SUM(a.status = 'ABSENT'),
             SUM(a.status = 'ABSENT' AND a.justification IS NOT NULL),
             SUM(a.status = 'LATE')
        FROM attendance a
        JOIN lesson l ON l.id = a.lesson_id
        JOIN subject s ON s.id = l.subject_id
       WHERE a.student_id = ?1 AND l.lesson_date BETWEEN ?2 AND ?3
       GROUP BY s.name
       ORDER BY s.name
      """;

  private static final String TEACHER_LESSONS =
      """
      SELECT g.name, s.name, COUNT(*), SUM(l.topic IS NOT NULL AND l.topic <> ''),
             MIN(l.lesson_date), MAX(l.lesson_date)
        FROM lesson l
        JOIN study_group g ON g.id = l.group_id
        JOIN subject s ON s.id = l.subject_id
       WHERE COALESCE(l.substitute_id, l.teacher_id) = ?1 AND l.lesson_date <= ?2
         AND l.not_held_reason IS NULL
       GROUP BY g.name, s.name
       ORDER BY g.name, s.name
      """;

  private static final String TEACHER_ENTRIES =
      """
      SELECT (SELECT COUNT(*) FROM mark m JOIN lesson l ON l.id = m.lesson_id
               WHERE m.recorded_by = ?1 AND l.lesson_date <= ?2),
             (SELECT COUNT(*) FROM attendance a JOIN lesson l ON l.id = a.lesson_id
               WHERE a.recorded_by = ?1 AND l.lesson_date <= ?2)
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  /** The journal's sections come first: they are the document's substance. */
  @Override
  public int order() {
    return 10;
  }

  @Override
  public List<ReportSection> achievements(
      long studentId, LocalDate from, LocalDate to, Locale locale) {
    return List.of(
        marks(studentId, from, to, locale),
        periodGrades(studentId, from, to, locale),
        attendance(studentId, from, to, locale));
  }

  private ReportSection marks(long studentId, LocalDate from, LocalDate to, Locale locale) {
    Map<String, List<String>> bySubject = new LinkedHashMap<>();
    for (Object[] r : rows(MARKS, studentId, from, to)) {
      bySubject
          .computeIfAbsent((String) r[0], k -> new ArrayList<>())
          .add(notation((String) r[1], (String) r[2], (String) r[3]));
    }
    return new ReportSection(
        text(locale, "certificate.marks"),
        List.of(text(locale, "certificate.col.subject"), text(locale, "certificate.col.marks")),
        bySubject.entrySet().stream()
            .map(e -> List.of(e.getKey(), String.join(", ", e.getValue())))
            .toList(),
        text(locale, "certificate.noMarks"));
  }

  private ReportSection periodGrades(long studentId, LocalDate from, LocalDate to, Locale locale) {
    List<String> periods = List.of("FIRST_SEMESTER", "SECOND_SEMESTER", "ANNUAL");
    Map<String, String[]> bySubject = new LinkedHashMap<>();
    for (Object[] r : rows(PERIOD_GRADES, studentId, from, to)) {
      String[] cells = bySubject.computeIfAbsent((String) r[0], k -> new String[] {"", "", ""});
      int index = periods.indexOf((String) r[1]);
      if (index >= 0) {
        cells[index] = notation((String) r[2], (String) r[3], (String) r[4]);
      }
    }
    return new ReportSection(
        text(locale, "certificate.periodGrades"),
        List.of(
            text(locale, "certificate.col.subject"),
            text(locale, "certificate.col.first"),
            text(locale, "certificate.col.second"),
            text(locale, "certificate.col.annual")),
        bySubject.entrySet().stream()
            .map(e -> List.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
            .toList(),
        text(locale, "certificate.noPeriodGrades"));
  }

  private ReportSection attendance(long studentId, LocalDate from, LocalDate to, Locale locale) {
    List<List<String>> rows = new ArrayList<>();
    long absent = 0;
    long justified = 0;
    long late = 0;
    for (Object[] r : rows(ATTENDANCE, studentId, from, to)) {
      long a = number(r[1]);
      long j = number(r[2]);
      long l = number(r[3]);
      absent += a;
      justified += j;
      late += l;
      rows.add(List.of((String) r[0], Long.toString(a), Long.toString(j), Long.toString(l)));
    }
    if (!rows.isEmpty()) {
      rows.add(
          List.of(
              text(locale, "certificate.total"),
              Long.toString(absent),
              Long.toString(justified),
              Long.toString(late)));
    }
    return new ReportSection(
        text(locale, "certificate.attendance"),
        List.of(
            text(locale, "certificate.col.subject"),
            text(locale, "certificate.col.absent"),
            text(locale, "certificate.col.justified"),
            text(locale, "certificate.col.late")),
        rows,
        text(locale, "certificate.noAttendance"));
  }

  @Override
  public List<ReportSection> records(long teacherId, LocalDate upTo, Locale locale) {
    @SuppressWarnings("unchecked")
    List<Object[]> lessons =
        em.createNativeQuery(TEACHER_LESSONS)
            .setParameter(1, teacherId)
            .setParameter(2, Date.valueOf(upTo))
            .getResultList();
    Object[] entries =
        (Object[])
            em.createNativeQuery(TEACHER_ENTRIES)
                .setParameter(1, teacherId)
                .setParameter(2, Date.valueOf(upTo))
                .getSingleResult();
    ReportSection lessonSection =
        new ReportSection(
            text(locale, "handover.lessons"),
            List.of(
                text(locale, "certificate.col.group"),
                text(locale, "handover.col.subject"),
                text(locale, "handover.col.lessons"),
                text(locale, "handover.col.withTopic"),
                text(locale, "handover.col.period")),
            lessons.stream()
                .map(
                    r ->
                        List.of(
                            (String) r[0],
                            (String) r[1],
                            Long.toString(number(r[2])),
                            Long.toString(number(r[3])),
                            r[4] + " – " + r[5]))
                .toList(),
            text(locale, "handover.noLessons"));
    ReportSection entrySection =
        new ReportSection(
            text(locale, "handover.entries"),
            List.of(text(locale, "handover.col.marks"), text(locale, "handover.col.attendance")),
            List.of(List.of(Long.toString(number(entries[0])), Long.toString(number(entries[1])))),
            "");
    return List.of(lessonSection, entrySection);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long studentId, LocalDate from, LocalDate to) {
    return em.createNativeQuery(sql)
        .setParameter(1, studentId)
        .setParameter(2, Date.valueOf(from))
        .setParameter(3, Date.valueOf(to))
        .getResultList();
  }

  /** The journal's short form of a mark; a value the scale does not know prints as stored. */
  private static String notation(String scale, String value, String comment) {
    try {
      return new MarkValue(MarkScale.valueOf(scale), value, comment).notation();
    } catch (BusinessException | IllegalArgumentException e) {
      return value == null ? "" : value;
    }
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static String text(Locale locale, String key) {
    return Messages.format(locale, key);
  }
}
