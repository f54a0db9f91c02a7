package lt.dienynas.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
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
import lt.dienynas.shared.SchoolClock;

/**
 * The class teacher's period work: the period's missed lessons per student (computed from the
 * journal, confirmed or corrected by the class teacher) and the year-end promotion decision.
 */
@Stateless
public class ClassYearEndService {
  static final String SOURCE = "class period results";

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
   * The class teacher confirms (or corrects) a student's missed and justified lessons of a period.
   *
   * @throws BusinessException {@code periodAttendance.counts}, {@code periodGrade.locked}, {@code
   *     schoolYear.readOnly}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public void confirmAttendance(
      long studentId, long yearId, PeriodKind period, int missed, int justified) {
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
    Optional<Long> act = locks.actInProgress();
    Person by = em.find(Person.class, actor.personId());
    Change change;
    if (rows.isEmpty()) {
      PeriodAttendance created =
          new PeriodAttendance(year, period, em.find(Student.class, studentId));
      created.set(missed, justified, by, now(), act.isPresent());
      em.persist(created);
      em.flush();
      change = Change.inserted(SOURCE, "period_attendance", created.getId(), created.snapshot());
    } else {
      PeriodAttendance row = rows.get(0);
      Map<String, Object> before = row.snapshot();
      row.set(missed, justified, by, now(), act.isPresent());
      change = Change.updated(SOURCE, "period_attendance", row.getId(), before, row.snapshot());
    }
    history.record(act.map(change::underAct).orElse(change));
  }

  /**
   * The class teacher records the year-end promotion decision for a student.
   *
   * @throws BusinessException {@code promotion.note}, {@code schoolYear.readOnly}
   */
  @RolesAllowed(Role.Names.CLASS_TEACHER)
  public void decidePromotion(long studentId, long yearId, PromotionKind decision, String note) {
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
    PromotionDecision row;
    if (rows.isEmpty()) {
      row = new PromotionDecision(year, em.find(Student.class, studentId));
      row.decide(decision, note, em.find(Person.class, actor.personId()), now());
      em.persist(row);
    } else {
      row = rows.get(0);
      row.decide(decision, note, em.find(Person.class, actor.personId()), now());
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
