package lt.dienynas.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Person;
import lt.dienynas.people.Student;
import lt.dienynas.school.PeriodKind;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolPeriod;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * The class teacher's period work: the period's missed lessons per student (computed from the
 * journal, confirmed or corrected by the class teacher) and the year-end promotion decision.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("class period results")
public class ClassYearEndService {

  /**
   * Missed lessons per student of a class over a period, from the attendance records: one record
   * per lesson, so an integrated lesson's absence counts once however many subjects it serves.
   */
  private static final String COMPUTED =
      "SELECT a.student_id, COUNT(*), SUM(CASE WHEN a.justification IS NULL THEN 0 ELSE 1 END)"
          + " FROM attendance a JOIN lesson l ON l.id = a.lesson_id"
          + " WHERE a.status = 'ABSENT' AND l.lesson_date BETWEEN ?2 AND ?3"
          + " AND a.student_id IN (SELECT m.student_id FROM group_member m JOIN study_group g"
          + " ON g.id = m.group_id WHERE g.school_class_id = ?1 AND g.kind IN ('CLASS', 'PRESCHOOL'))"
          + " GROUP BY a.student_id";

  private static final String CONFIRMED =
      "SELECT p.student_id, p.missed, p.justified FROM period_attendance p"
          + " WHERE p.school_year_id = ?2 AND p.period_kind = ?3 AND p.student_id IN"
          + " (SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE g.school_class_id = ?1 AND g.kind IN ('CLASS', 'PRESCHOOL'))";

  private static final String STUDENTS =
      "SELECT DISTINCT p.id, p.first_name, p.last_name FROM group_member m"
          + " JOIN study_group g ON g.id = m.group_id AND g.kind IN ('CLASS', 'PRESCHOOL')"
          + " JOIN person p ON p.id = m.student_id WHERE g.school_class_id = ?1"
          + " ORDER BY p.last_name, p.first_name";

  private static final String CONFIRMED_ROWS =
      "SELECT p.student_id, p.missed, p.justified, p.locked, p.version FROM period_attendance p"
          + " WHERE p.school_year_id = ?2 AND p.period_kind = ?3 AND p.student_id IN"
          + " (SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE g.school_class_id = ?1 AND g.kind IN ('CLASS', 'PRESCHOOL'))";

  private static final String PROMOTIONS =
      "SELECT d.student_id, d.decision, d.note, d.version FROM promotion_decision d"
          + " WHERE d.school_year_id = ?2 AND d.student_id IN"
          + " (SELECT m.student_id FROM group_member m JOIN study_group g ON g.id = m.group_id"
          + " WHERE g.school_class_id = ?1 AND g.kind IN ('CLASS', 'PRESCHOOL'))";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService locks;

  @Inject private SchoolClock clock;

  /**
   * The period's missed and justified lessons per student of the class: the class teacher's
   * confirmed counts where there are any, else the journal's (two queries).
   */
  @PermitAll
  public Map<Long, AttendanceCount> periodAttendance(long classId, PeriodKind period) {
    policy.requireClassRead(classId);
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    SchoolPeriod range = periodOf(schoolClass.getSchoolYear(), period);
    Map<Long, AttendanceCount> counts = new LinkedHashMap<>();
    for (Object row :
        em.createNativeQuery(COMPUTED)
            .setParameter(1, classId)
            .setParameter(2, range.getStartDate())
            .setParameter(3, range.getEndDate())
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(
          ((Number) r[0]).longValue(),
          new AttendanceCount(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), false));
    }
    for (Object row :
        em.createNativeQuery(CONFIRMED)
            .setParameter(1, classId)
            .setParameter(2, schoolClass.getSchoolYear().getId())
            .setParameter(3, period.name())
            .getResultList()) {
      Object[] r = (Object[]) row;
      counts.put(
          ((Number) r[0]).longValue(),
          new AttendanceCount(((Number) r[1]).intValue(), ((Number) r[2]).intValue(), true));
    }
    return counts;
  }

  /**
   * The class teacher's year-end form of their class for a period (four queries whatever the class
   * size): the journal's counts, the confirmed ones and the promotion decisions.
   *
   * @throws BusinessException {@code periodGrade.noPeriod} when the year has no such period
   */
  @PermitAll
  public ClassYearEndForm form(long classId, PeriodKind period) {
    policy.requireClassTeacherOf(classId);
    SchoolClass schoolClass = em.find(SchoolClass.class, classId);
    SchoolYear year = schoolClass.getSchoolYear();
    SchoolPeriod range = periodOf(year, period);
    Map<Long, int[]> computed = new HashMap<>();
    for (Object[] r : rows(COMPUTED, classId, range.getStartDate(), range.getEndDate())) {
      computed.put(
          ((Number) r[0]).longValue(),
          new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
    }
    Map<Long, Object[]> confirmed = new HashMap<>();
    for (Object[] r : rows(CONFIRMED_ROWS, classId, year.getId(), period.name())) {
      confirmed.put(((Number) r[0]).longValue(), r);
    }
    Map<Long, Object[]> promotions = new HashMap<>();
    for (Object[] r : rows(PROMOTIONS, classId, year.getId())) {
      promotions.put(((Number) r[0]).longValue(), r);
    }
    List<ClassYearEndForm.Row> result = new ArrayList<>();
    for (Object[] s : rows(STUDENTS, classId)) {
      long id = ((Number) s[0]).longValue();
      int[] counts = computed.getOrDefault(id, new int[2]);
      Object[] c = confirmed.get(id);
      Object[] p = promotions.get(id);
      result.add(
          new ClassYearEndForm.Row(
              id,
              s[1] + " " + s[2],
              counts[0],
              counts[1],
              c == null ? null : ((Number) c[1]).intValue(),
              c == null ? null : ((Number) c[2]).intValue(),
              c != null && truth(c[3]),
              c == null ? null : ((Number) c[4]).intValue(),
              p == null ? null : PromotionKind.valueOf((String) p[1]),
              p == null ? null : (String) p[2],
              p == null ? null : ((Number) p[3]).intValue()));
    }
    return new ClassYearEndForm(
        classId,
        schoolClass.getName(),
        year.getId(),
        period,
        range.getStartDate(),
        range.getEndDate(),
        result);
  }

  private List<Object[]> rows(String sql, Object... parameters) {
    jakarta.persistence.Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    List<Object[]> rows = new ArrayList<>();
    for (Object row : query.getResultList()) {
      rows.add((Object[]) row);
    }
    return rows;
  }

  private static boolean truth(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  /**
   * The class teacher confirms (or corrects) a student's missed and justified lessons of a period.
   *
   * @throws BusinessException {@code periodAttendance.counts}, {@code periodGrade.locked}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public void confirmAttendance(
      long studentId, long yearId, PeriodKind period, int missed, int justified) {
    confirm(studentId, yearId, period, missed, justified, false, null);
  }

  /**
   * As {@link #confirmAttendance(long, long, PeriodKind, int, int)}, against the version the caller
   * loaded ({@code null}: the caller saw no confirmed counts).
   *
   * @throws BusinessException {@code yearEnd.stale} when someone changed the counts meanwhile
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public void confirmAttendance(
      long studentId,
      long yearId,
      PeriodKind period,
      int missed,
      int justified,
      Integer loadedVersion) {
    confirm(studentId, yearId, period, missed, justified, true, loadedVersion);
  }

  private void confirm(
      long studentId,
      long yearId,
      PeriodKind period,
      int missed,
      int justified,
      boolean checkVersion,
      Integer loadedVersion) {
    Actor actor = policy.requireClassTeacherOfStudent(studentId);
    SchoolYear year = requireYear(yearId);
    List<PeriodAttendance> rows =
        em.createQuery(
                "SELECT p FROM PeriodAttendance p WHERE p.schoolYear = :year AND p.periodKind ="
                    + " :period AND p.student.id = :student",
                PeriodAttendance.class)
            .setParameter("year", year)
            .setParameter("period", period)
            .setParameter("student", studentId)
            .getResultList();
    if (checkVersion) {
      requireVersion(rows.isEmpty() ? null : rows.get(0).getVersion(), loadedVersion);
    }
    Optional<Long> act = locks.actInProgress();
    Person by = em.find(Person.class, actor.personId());
    Change change;
    if (rows.isEmpty()) {
      PeriodAttendance created =
          new PeriodAttendance(year, period, em.find(Student.class, studentId));
      created.set(missed, justified, by, now(), act.isPresent());
      em.persist(created);
      em.flush();
      change = Change.inserted("period_attendance", created.getId(), created.snapshot());
    } else {
      PeriodAttendance row = rows.get(0);
      Map<String, Object> before = row.snapshot();
      row.set(missed, justified, by, now(), act.isPresent());
      change = Change.updated("period_attendance", row.getId(), before, row.snapshot());
    }
    history.record(change);
  }

  /**
   * Applies a correction act's line to a student's (locked) missed and justified lessons of a
   * period: only while that act is being applied, by the DB admin (§30.1). The counts are written
   * through {@link PeriodAttendance}, as the class teacher's confirmation writes them; counts the
   * act creates are locked at once; the history entry names the act.
   *
   * @throws BusinessException {@code correction.wrongValue} when the counts now are not the act's
   *     wrong ones (no confirmed counts: 0/0), {@code periodAttendance.counts}
   */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public void correctUnderAct(
      long actId,
      long yearId,
      long studentId,
      PeriodKind period,
      int wrongMissed,
      int wrongJustified,
      int correctMissed,
      int correctJustified) {
    Actor actor = policy.requireAdministration("CORRECTION_APPLY");
    if (!locks.actInProgress().equals(Optional.of(actId))) {
      throw policy.refuse("CORRECTION_APPLY", "correctionAct", actId);
    }
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw policy.refuse("CORRECTION_APPLY", "schoolYear", yearId);
    }
    List<PeriodAttendance> rows =
        em.createQuery(
                "SELECT p FROM PeriodAttendance p WHERE p.schoolYear = :year AND p.periodKind ="
                    + " :period AND p.student.id = :student",
                PeriodAttendance.class)
            .setParameter("year", year)
            .setParameter("period", period)
            .setParameter("student", studentId)
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    String now =
        rows.isEmpty() ? "0/0" : rows.get(0).getMissed() + "/" + rows.get(0).getJustified();
    String expected = wrongMissed + "/" + wrongJustified;
    if (!expected.equals(now)) {
      throw new BusinessException("correction.wrongValue", expected, now);
    }
    Person by = em.find(Person.class, actor.personId());
    LocalDateTime at = now();
    Change change;
    if (rows.isEmpty()) {
      PeriodAttendance created =
          new PeriodAttendance(year, period, em.find(Student.class, studentId));
      created.set(correctMissed, correctJustified, by, at, true);
      created.lock(at);
      em.persist(created);
      em.flush();
      change = Change.inserted("period_attendance", created.getId(), created.snapshot());
    } else {
      PeriodAttendance row = rows.get(0);
      Map<String, Object> before = row.snapshot();
      row.set(correctMissed, correctJustified, by, at, true);
      change = Change.updated("period_attendance", row.getId(), before, row.snapshot());
    }
    history.record(change);
    em.flush();
  }

  /**
   * The class teacher records the year-end promotion decision for a student.
   *
   * @throws BusinessException {@code promotion.note}, {@code schoolYear.readOnly}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public void decidePromotion(
      long studentId, long yearId, PromotionKind decision, @PlainText String note) {
    decide(studentId, yearId, decision, note, false, null);
  }

  /**
   * As {@link #decidePromotion(long, long, PromotionKind, String)}, against the version the caller
   * loaded ({@code null}: the caller saw no decision).
   *
   * @throws BusinessException {@code yearEnd.stale} when someone changed the decision meanwhile
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public void decidePromotion(
      long studentId,
      long yearId,
      PromotionKind decision,
      @PlainText String note,
      Integer loadedVersion) {
    decide(studentId, yearId, decision, note, true, loadedVersion);
  }

  private void decide(
      long studentId,
      long yearId,
      PromotionKind decision,
      String note,
      boolean checkVersion,
      Integer loadedVersion) {
    Actor actor = policy.requireClassTeacherOfStudent(studentId);
    SchoolYear year = requireYear(yearId);
    if (decision == null) {
      throw new BusinessException("promotion.required");
    }
    List<PromotionDecision> rows =
        em.createQuery(
                "SELECT p FROM PromotionDecision p WHERE p.schoolYear = :year AND p.student.id ="
                    + " :student",
                PromotionDecision.class)
            .setParameter("year", year)
            .setParameter("student", studentId)
            .getResultList();
    if (checkVersion) {
      requireVersion(rows.isEmpty() ? null : rows.get(0).getVersion(), loadedVersion);
    }
    PromotionDecision row;
    Change change;
    if (rows.isEmpty()) {
      row = new PromotionDecision(year, em.find(Student.class, studentId));
      row.decide(decision, note, em.find(Person.class, actor.personId()), now());
      em.persist(row);
      em.flush();
      change = Change.inserted("promotion_decision", row.getId(), row.snapshot());
    } else {
      row = rows.get(0);
      Map<String, Object> before = row.snapshot();
      row.decide(decision, note, em.find(Person.class, actor.personId()), now());
      change = Change.updated("promotion_decision", row.getId(), before, row.snapshot());
    }
    history.record(change);
  }

  private static void requireVersion(Integer current, Integer loaded) {
    if (!java.util.Objects.equals(current, loaded)) {
      throw new BusinessException("yearEnd.stale");
    }
  }

  private SchoolYear requireYear(long yearId) {
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw new BusinessException("periodGrade.unknown");
    }
    year.requireWritable();
    return year;
  }

  static SchoolPeriod periodOf(SchoolYear year, PeriodKind period) {
    return year.period(period)
        .orElseThrow(() -> new BusinessException("periodGrade.noPeriod", year.getName()));
  }

  private LocalDateTime now() {
    return clock.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
