package lt.dienynas.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolPeriod;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.shared.BusinessException;

/**
 * The read side of period results for the year-end summary and reports: per student × subject the
 * semester, annual, additional-work and final results, per student the missed / justified lessons
 * per period and the promotion decision. A fixed number of queries whatever the class size.
 */
@Stateless
@PermitAll
public class PeriodResults {

  private static final String CLASS_STUDENTS =
      "SELECT DISTINCT p.id, p.first_name, p.last_name FROM group_member m"
          + " JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')"
          + " JOIN person p ON p.id = m.student_id WHERE g.school_class_id = ?1"
          + " ORDER BY p.last_name, p.first_name";

  private static final String STUDENTS_OF_CLASS =
      "SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE g.school_class_id = ?1 AND g.kind IN ('CLASS', 'PRESCHOOL')";

  private static final String GRADES =
      "SELECT pg.student_id, sub.id, sub.name, pg.period_kind, pg.scale, pg.grade_value,"
          + " pg.grade_comment FROM period_grade pg JOIN subject sub ON sub.id = pg.subject_id"
          + " WHERE pg.school_year_id = ?2 AND pg.student_id IN ("
          + STUDENTS_OF_CLASS
          + ")";

  private static final String WORK =
      "SELECT w.student_id, sub.id, sub.name, w.kind, w.result_scale, w.result_value"
          + " FROM additional_work w JOIN subject sub ON sub.id = w.subject_id"
          + " WHERE w.school_year_id = ?2 AND w.student_id IN ("
          + STUDENTS_OF_CLASS
          + ")";

  private static final String ATTENDANCE_COMPUTED =
      "SELECT a.student_id, sp.kind, COUNT(*),"
          + " SUM(CASE WHEN a.justification IS NULL THEN 0 ELSE 1 END)"
          + " FROM attendance a JOIN lesson l ON l.id = a.lesson_id"
          + " JOIN school_period sp ON sp.school_year_id = ?2"
          + " AND l.lesson_date BETWEEN sp.start_date AND sp.end_date"
          + " WHERE a.status = 'ABSENT' AND a.student_id IN ("
          + STUDENTS_OF_CLASS
          + ") GROUP BY a.student_id, sp.kind";

  private static final String ATTENDANCE_CONFIRMED =
      "SELECT p.student_id, p.period_kind, p.missed, p.justified FROM period_attendance p"
          + " WHERE p.school_year_id = ?2 AND p.student_id IN ("
          + STUDENTS_OF_CLASS
          + ")";

  private static final String PROMOTIONS =
      "SELECT d.student_id, d.decision FROM promotion_decision d WHERE d.school_year_id = ?2"
          + " AND d.student_id IN ("
          + STUDENTS_OF_CLASS
          + ")";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /**
   * A class's results of its school year (six queries).
   *
   * @throws BusinessException {@code periodGrade.unknown} when the class is not of that year
   */
  public ClassResults ofClass(long classId, long yearId) {
    policy.requireClassRead(classId);
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    if (!schoolClass.getSchoolYear().getId().equals(yearId)) {
      throw new BusinessException("periodGrade.unknown");
    }
    Map<Long, Map<Long, SubjectBuilder>> subjects = new HashMap<>();
    for (Object row : rows(GRADES, classId, yearId)) {
      GradeRow r = GradeRow.of(row);
      subject(subjects, r.studentId(), r.subjectId(), r.subjectName()).set(r.period(), r.grade());
    }
    for (Object row : rows(WORK, classId, yearId)) {
      WorkRow r = WorkRow.of(row);
      if (r.result() != null) {
        subject(subjects, r.studentId(), r.subjectId(), r.subjectName()).work(r.kind(), r.result());
      }
    }
    Map<Long, Map<PeriodKind, AttendanceCount>> attendance = new HashMap<>();
    for (Object row : rows(ATTENDANCE_COMPUTED, classId, yearId)) {
      AttendanceRow r = AttendanceRow.of(row);
      attendance
          .computeIfAbsent(r.studentId(), id -> new EnumMap<>(PeriodKind.class))
          .put(r.period(), r.count(false));
    }
    for (Object row : rows(ATTENDANCE_CONFIRMED, classId, yearId)) {
      AttendanceRow r = AttendanceRow.of(row);
      attendance
          .computeIfAbsent(r.studentId(), id -> new EnumMap<>(PeriodKind.class))
          .put(r.period(), r.count(true));
    }
    Map<Long, PromotionKind> promotions = new HashMap<>();
    for (Object row : rows(PROMOTIONS, classId, yearId)) {
      PromotionRow r = PromotionRow.of(row);
      promotions.put(r.studentId(), r.decision());
    }
    List<StudentResults> students = new ArrayList<>();
    for (Object row : rows(CLASS_STUDENTS, classId)) {
      StudentRow r = StudentRow.of(row);
      long studentId = r.id();
      List<SubjectResult> results =
          subjects.getOrDefault(studentId, Map.of()).values().stream()
              .map(SubjectBuilder::build)
              .sorted(java.util.Comparator.comparing(SubjectResult::subjectName))
              .toList();
      students.add(
          new StudentResults(
              studentId,
              r.firstName(),
              r.lastName(),
              results,
              attendance.getOrDefault(studentId, Map.of()),
              promotions.get(studentId)));
    }
    return new ClassResults(classId, schoolClass.getName(), yearId, students);
  }

  /** The dates of a period of the class's year (for callers that print them). */
  public SchoolPeriod period(long classId, PeriodKind kind) {
    policy.requireClassRead(classId);
    return ClassYearEndService.periodOf(em.find(SchoolClass.class, classId).getSchoolYear(), kind);
  }

  private static SubjectBuilder subject(
      Map<Long, Map<Long, SubjectBuilder>> subjects,
      long studentId,
      long subjectId,
      String subjectName) {
    return subjects
        .computeIfAbsent(studentId, id -> new TreeMap<>())
        .computeIfAbsent(subjectId, id -> new SubjectBuilder(subjectId, subjectName));
  }

  private List<?> rows(String sql, Object... params) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return query.getResultList();
  }

  /** {@link #GRADES}: a student's period grade in a subject. */
  private record GradeRow(
      long studentId,
      long subjectId,
      String subjectName,
      PeriodKind period,
      PeriodGradeValue grade) {
    static GradeRow of(Object row) {
      Object[] r = (Object[]) row;
      return new GradeRow(
          ((Number) r[0]).longValue(),
          ((Number) r[1]).longValue(),
          (String) r[2],
          PeriodKind.valueOf((String) r[3]),
          new PeriodGradeValue(
              PeriodGradeScale.valueOf((String) r[4]), (String) r[5], (String) r[6]));
    }
  }

  /** {@link #WORK}: a student's additional work in a subject, its result null until assessed. */
  private record WorkRow(
      long studentId,
      long subjectId,
      String subjectName,
      AdditionalWorkKind kind,
      PeriodGradeValue result) {
    static WorkRow of(Object row) {
      Object[] r = (Object[]) row;
      return new WorkRow(
          ((Number) r[0]).longValue(),
          ((Number) r[1]).longValue(),
          (String) r[2],
          AdditionalWorkKind.valueOf((String) r[3]),
          r[4] == null
              ? null
              : new PeriodGradeValue(PeriodGradeScale.valueOf((String) r[4]), (String) r[5], null));
    }
  }

  /**
   * {@link #ATTENDANCE_COMPUTED} and {@link #ATTENDANCE_CONFIRMED}: a student's missed and
   * justified lessons in a period (MariaDB's counts and sums as numbers of any width).
   */
  private record AttendanceRow(long studentId, PeriodKind period, int missed, int justified) {
    static AttendanceRow of(Object row) {
      Object[] r = (Object[]) row;
      return new AttendanceRow(
          ((Number) r[0]).longValue(),
          PeriodKind.valueOf((String) r[1]),
          ((Number) r[2]).intValue(),
          ((Number) r[3]).intValue());
    }

    AttendanceCount count(boolean confirmed) {
      return new AttendanceCount(missed, justified, confirmed);
    }
  }

  /** {@link #PROMOTIONS}: the decision on a student's promotion. */
  private record PromotionRow(long studentId, PromotionKind decision) {
    static PromotionRow of(Object row) {
      Object[] r = (Object[]) row;
      return new PromotionRow(((Number) r[0]).longValue(), PromotionKind.valueOf((String) r[1]));
    }
  }

  /** {@link #CLASS_STUDENTS}: a student of the class. */
  private record StudentRow(long id, String firstName, String lastName) {
    static StudentRow of(Object row) {
      Object[] r = (Object[]) row;
      return new StudentRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2]);
    }
  }

  /** Collects one subject's values from the grade and work rows. */
  private static final class SubjectBuilder {
    private final long subjectId;
    private final String name;
    private final Map<PeriodKind, PeriodGradeValue> grades = new EnumMap<>(PeriodKind.class);
    private final Map<AdditionalWorkKind, PeriodGradeValue> work =
        new EnumMap<>(AdditionalWorkKind.class);

    SubjectBuilder(long subjectId, String name) {
      this.subjectId = subjectId;
      this.name = name;
    }

    void set(PeriodKind kind, PeriodGradeValue value) {
      grades.put(kind, value);
    }

    void work(AdditionalWorkKind kind, PeriodGradeValue value) {
      work.put(kind, value);
    }

    SubjectResult build() {
      PeriodGradeValue additional =
          work.getOrDefault(AdditionalWorkKind.SUMMER, work.get(AdditionalWorkKind.ADDITIONAL));
      PeriodGradeValue annual = grades.get(PeriodKind.ANNUAL);
      return new SubjectResult(
          subjectId,
          name,
          grades.get(PeriodKind.FIRST_SEMESTER),
          grades.get(PeriodKind.SECOND_SEMESTER),
          annual,
          additional,
          additional != null ? additional : annual);
    }
  }
}
