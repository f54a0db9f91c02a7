package lt.dienynas.yearend;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.yearend.ClassSummary.Absences;
import lt.dienynas.yearend.ClassSummary.StudentLine;
import lt.dienynas.yearend.ClassSummary.SubjectLine;

/**
 * Reads a class's summary from the period results (V5_1) with one query per table, whatever the
 * class's size. The students are those in the class's CLASS group at the end of teaching.
 */
final class SummaryReader {

  private static final String CLASS_STUDENTS =
      "SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE g.kind = 'CLASS' AND g.school_class_id = ?1"
          + " AND m.valid_from <= ?2 AND (m.valid_to IS NULL OR m.valid_to >= ?2)";

  private final EntityManager em;

  SummaryReader(EntityManager em) {
    this.em = em;
  }

  ClassSummary read(long classId) {
    List<?> head =
        em.createNativeQuery(
                "SELECT c.name, y.id, y.name, y.end_date, p.first_name, p.last_name,"
                    + " (SELECT MAX(sp.end_date) FROM school_period sp"
                    + "   WHERE sp.school_year_id = y.id AND sp.kind IN ('ANNUAL', 'SECOND_SEMESTER')),"
                    + " c.level = 'GRADE' AND c.grade BETWEEN 5 AND 8"
                    + " FROM school_class c JOIN school_year y ON y.id = c.school_year_id"
                    + " LEFT JOIN person p ON p.id = c.class_teacher_id WHERE c.id = ?1")
            .setParameter(1, classId)
            .getResultList();
    if (head.isEmpty()) {
      throw new BusinessException("yearend.classUnknown");
    }
    Object[] h = (Object[]) head.get(0);
    String className = (String) h[0];
    long yearId = ((Number) h[1]).longValue();
    String yearName = (String) h[2];
    LocalDate teachingEnd = h[6] != null ? date(h[6]) : date(h[3]);
    String teacher = h[4] == null ? "" : h[4] + " " + h[5];
    boolean socialCivic =
        h[7] instanceof Boolean b ? b : h[7] != null && ((Number) h[7]).intValue() == 1;

    Map<Long, Builder> students = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT p.id, p.last_name, p.first_name FROM person p WHERE p.id IN ("
                    + CLASS_STUDENTS
                    + ") ORDER BY p.last_name, p.first_name, p.id")
            .setParameter(1, classId)
            .setParameter(2, java.sql.Date.valueOf(teachingEnd))
            .getResultList()) {
      Object[] r = (Object[]) row;
      long id = ((Number) r[0]).longValue();
      Builder student = new Builder(id, (String) r[1], (String) r[2]);
      if (socialCivic) {
        student.socialCivicHours = BigDecimal.ZERO.setScale(1);
      }
      students.put(id, student);
    }
    LocalDateTime lastChange = teachingEnd.atStartOfDay();

    for (Object row :
        rows(
            "SELECT pg.student_id, pg.subject_id, s.name, pg.period_kind, pg.grade_value,"
                + " pg.entered_at FROM period_grade pg JOIN subject s ON s.id = pg.subject_id"
                + " WHERE pg.school_year_id = ?3 AND pg.student_id IN ("
                + CLASS_STUDENTS
                + ")",
            classId,
            teachingEnd,
            yearId)) {
      Object[] r = (Object[]) row;
      Builder student = students.get(((Number) r[0]).longValue());
      SubjectBuilder subject = student.subject(((Number) r[1]).longValue(), (String) r[2]);
      switch ((String) r[3]) {
        case "FIRST_SEMESTER" -> subject.first = (String) r[4];
        case "SECOND_SEMESTER" -> subject.second = (String) r[4];
        default -> subject.annual = (String) r[4];
      }
      lastChange = later(lastChange, r[5]);
    }
    for (Object row :
        rows(
            "SELECT w.student_id, w.subject_id, s.name, w.kind, w.result_value, w.assigned_at,"
                + " w.result_entered_at FROM additional_work w JOIN subject s ON s.id = w.subject_id"
                + " WHERE w.school_year_id = ?3 AND w.student_id IN ("
                + CLASS_STUDENTS
                + ")",
            classId,
            teachingEnd,
            yearId)) {
      Object[] r = (Object[]) row;
      Builder student = students.get(((Number) r[0]).longValue());
      SubjectBuilder subject = student.subject(((Number) r[1]).longValue(), (String) r[2]);
      if ("SUMMER".equals(r[3])) {
        subject.summer = (String) r[4];
      } else {
        subject.additional = (String) r[4];
      }
      lastChange = later(later(lastChange, r[5]), r[6]);
    }
    for (Object row :
        rows(
            "SELECT a.student_id, a.period_kind, a.missed, a.justified, a.entered_at"
                + " FROM period_attendance a WHERE a.school_year_id = ?3 AND a.student_id IN ("
                + CLASS_STUDENTS
                + ")",
            classId,
            teachingEnd,
            yearId)) {
      Object[] r = (Object[]) row;
      Builder student = students.get(((Number) r[0]).longValue());
      Absences absences = new Absences(((Number) r[2]).intValue(), ((Number) r[3]).intValue());
      switch ((String) r[1]) {
        case "FIRST_SEMESTER" -> student.first = absences;
        case "SECOND_SEMESTER" -> student.second = absences;
        default -> student.annual = absences;
      }
      lastChange = later(lastChange, r[4]);
    }
    for (Object row :
        rows(
            "SELECT d.student_id, d.decision, d.decided_at FROM promotion_decision d"
                + " WHERE d.school_year_id = ?3 AND d.student_id IN ("
                + CLASS_STUDENTS
                + ")",
            classId,
            teachingEnd,
            yearId)) {
      Object[] r = (Object[]) row;
      students.get(((Number) r[0]).longValue()).promotion = (String) r[1];
      lastChange = later(lastChange, r[2]);
    }
    if (socialCivic) {
      for (Object row :
          rows(
              "SELECT e.student_id, SUM(e.hours), MAX(e.recorded_at) FROM social_civic_entry e"
                  + " WHERE e.school_year_id = ?3 AND e.student_id IN ("
                  + CLASS_STUDENTS
                  + ") GROUP BY e.student_id",
              classId,
              teachingEnd,
              yearId)) {
        Object[] r = (Object[]) row;
        students.get(((Number) r[0]).longValue()).socialCivicHours =
            new BigDecimal(r[1].toString()).setScale(1);
        lastChange = later(lastChange, r[2]);
      }
    }
    List<StudentLine> lines = new ArrayList<>();
    students.values().forEach(b -> lines.add(b.build()));
    return new ClassSummary(
        yearId, yearName, classId, className, teacher, teachingEnd, lastChange, lines);
  }

  /**
   * The day the last summer work of the class's students was done (its result entered), or its due
   * date while no result is in; empty when no student of the class has summer work.
   */
  Optional<LocalDate> lastSummerWork(long classId, long yearId, LocalDate teachingEnd) {
    Object value =
        em.createNativeQuery(
                "SELECT MAX(COALESCE(DATE(w.result_entered_at), w.due_date)) FROM additional_work w"
                    + " WHERE w.kind = 'SUMMER' AND w.school_year_id = ?3 AND w.student_id IN ("
                    + CLASS_STUDENTS
                    + ")")
            .setParameter(1, classId)
            .setParameter(2, java.sql.Date.valueOf(teachingEnd))
            .setParameter(3, yearId)
            .getSingleResult();
    return value == null ? Optional.empty() : Optional.of(date(value));
  }

  private List<?> rows(String sql, long classId, LocalDate teachingEnd, long yearId) {
    return em.createNativeQuery(sql)
        .setParameter(1, classId)
        .setParameter(2, java.sql.Date.valueOf(teachingEnd))
        .setParameter(3, yearId)
        .getResultList();
  }

  static LocalDate date(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  private static LocalDateTime later(LocalDateTime current, Object value) {
    if (value == null) {
      return current;
    }
    LocalDateTime candidate =
        value instanceof Timestamp t
            ? t.toLocalDateTime()
            : value instanceof LocalDateTime l ? l : LocalDateTime.parse(value.toString());
    // milliseconds are not part of a document's date; whole seconds keep PDF and XMP dates equal
    candidate = candidate.withNano(0);
    return candidate.isAfter(current) ? candidate : current;
  }

  private static final class Builder {
    private final long id;
    private final String lastName;
    private final String firstName;
    private final Map<Long, SubjectBuilder> subjects = new HashMap<>();
    private Absences first = Absences.NONE;
    private Absences second = Absences.NONE;
    private Absences annual = Absences.NONE;
    private String promotion;
    private BigDecimal socialCivicHours;

    Builder(long id, String lastName, String firstName) {
      this.id = id;
      this.lastName = lastName;
      this.firstName = firstName;
    }

    SubjectBuilder subject(long subjectId, String name) {
      return subjects.computeIfAbsent(subjectId, sid -> new SubjectBuilder(sid, name));
    }

    StudentLine build() {
      Collator lithuanian = Collator.getInstance(Locale.forLanguageTag("lt"));
      List<SubjectLine> lines =
          subjects.values().stream()
              .sorted(
                  Comparator.comparing((SubjectBuilder s) -> s.name, lithuanian)
                      .thenComparingLong(s -> s.id))
              .map(
                  s ->
                      new SubjectLine(
                          s.id, s.name, s.first, s.second, s.annual, s.additional, s.summer))
              .toList();
      return new StudentLine(
          id, lastName, firstName, lines, first, second, annual, promotion, socialCivicHours);
    }
  }

  private static final class SubjectBuilder {
    private final long id;
    private final String name;
    private String first;
    private String second;
    private String annual;
    private String additional;
    private String summer;

    SubjectBuilder(long id, String name) {
      this.id = id;
      this.name = name;
    }
  }
}
