package lt.dienynas.oversight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.messaging.SystemNotices;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.PlainText;
import lt.dienynas.shared.SchoolClock;

/**
 * The deputy's monthly check of the diary (§19.13): recorded for the whole school or a class, with
 * the findings, and sent as a system notice to the teachers whose gaps the filling dashboard shows
 * in that month (the class's, for a class). A check is about diary data, not part of it, so a
 * locked month is checked and recorded like any other; a closed school year is not.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("monthly check")
public class MonthlyCheckService {
  static final String TYPE = "monthly_check";

  private static final String VIEWS =
      "SELECT c.id, c.school_year_id, c.month, c.school_class_id, sc.name, c.findings,"
          + " CONCAT(p.first_name, ' ', p.last_name), c.checked_at, c.teachers_told, c.version"
          + " FROM monthly_check c JOIN person p ON p.id = c.checked_by"
          + " LEFT JOIN school_class sc ON sc.id = c.school_class_id";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private SystemNotices notices;

  @EJB private FillingDashboardService dashboards;

  @Inject private SchoolClock clock;

  /** The checks recorded in the school year, the latest month first. */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public List<MonthlyCheckView> ofYear(long yearId) {
    policy.requireSchoolWideRead("MONTHLY_CHECKS");
    return views(" WHERE c.school_year_id = ?1 ORDER BY c.month DESC, c.scope", yearId);
  }

  /** The classes of the school year, in order, to choose for a class's check. */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public List<OversightClass> classes(long yearId) {
    policy.requireSchoolWideRead("MONTHLY_CHECKS");
    return em.createQuery(
            "SELECT NEW lt.dienynas.oversight.OversightClass(c.id, c.name) FROM SchoolClass c"
                + " WHERE c.schoolYear.id = :yearId ORDER BY c.level, c.grade, c.letter, c.id",
            OversightClass.class)
        .setParameter("yearId", yearId)
        .getResultList();
  }

  /**
   * The deputy records that the month was checked (for a class, or the whole school when {@code
   * classId} is null) with the findings, and the teachers concerned are told.
   *
   * @param expectedVersion the version read ({@code -1}: none yet; null: whatever it is)
   * @throws BusinessException {@code oversight.yearUnknown}, {@code schoolYear.readOnly}, {@code
   *     monthlyCheck.monthRequired}, {@code monthlyCheck.monthOutsideYear}, {@code
   *     monthlyCheck.monthNotBegun}, {@code monthlyCheck.classUnknown}, {@code
   *     monthlyCheck.findingsRequired}, {@code monthlyCheck.findingsLength}, {@code
   *     plainText.invalid}, {@code monthlyCheck.stale}
   */
  @RolesAllowed(Role.Names.DEPUTY)
  public MonthlyCheckView record(
      long yearId,
      YearMonth month,
      Long classId,
      @PlainText String findings,
      Integer expectedVersion) {
    Actor deputy = policy.requireMonthlyCheckRecording();
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw new BusinessException("oversight.yearUnknown");
    }
    year.requireWritable();
    if (month == null) {
      throw new BusinessException("monthlyCheck.monthRequired");
    }
    LocalDate first =
        month.atDay(1).isBefore(year.getStartDate()) ? year.getStartDate() : month.atDay(1);
    LocalDate last =
        month.atEndOfMonth().isAfter(year.getEndDate()) ? year.getEndDate() : month.atEndOfMonth();
    if (last.isBefore(first)) {
      throw new BusinessException("monthlyCheck.monthOutsideYear", month);
    }
    LocalDate today = clock.today();
    if (first.isAfter(today)) {
      throw new BusinessException("monthlyCheck.monthNotBegun", month);
    }
    if (classId != null && !classOfYear(classId, yearId)) {
      throw new BusinessException("monthlyCheck.classUnknown");
    }
    Optional<MonthlyCheck> existing =
        em
            .createNamedQuery(MonthlyCheck.FIND, MonthlyCheck.class)
            .setParameter("yearId", yearId)
            .setParameter("month", month.toString())
            .setParameter("scope", MonthlyCheck.scopeOf(classId))
            .getResultList()
            .stream()
            .findFirst();
    Integer current = existing.map(MonthlyCheck::getVersion).orElse(null);
    if (StaleWriteException.isStale(expectedVersion, current)) {
      throw StaleWriteException.of(current, "monthlyCheck.stale");
    }
    Set<Long> teachers =
        teachersConcerned(yearId, first, last.isAfter(today) ? today : last, classId);
    LocalDateTime now = clock.now();
    Map<String, Object> before = existing.map(MonthlyCheckService::values).orElse(null);
    MonthlyCheck check;
    if (existing.isPresent()) {
      check = existing.get();
      check.check(findings, deputy.personId(), now, teachers.size());
    } else {
      check =
          new MonthlyCheck(
              yearId, month, classId, findings, deputy.personId(), now, teachers.size());
      em.persist(check);
    }
    em.flush();
    history.record(
        before == null
            ? Change.inserted(TYPE, check.getId(), values(check))
            : Change.updated(TYPE, check.getId(), before, values(check)));
    MonthlyCheckView view =
        views(" WHERE c.id = ?1", check.getId()).stream().findFirst().orElseThrow();
    notices.notify(
        teachers,
        "notice.monthlyCheck.subject",
        "notice.monthlyCheck.body",
        month,
        view.className() == null ? "" : view.className(),
        check.getFindings());
    return view;
  }

  /** The teachers with gaps in the month: the dashboard's, or those of the class's lists. */
  private Set<Long> teachersConcerned(long yearId, LocalDate from, LocalDate to, Long classId) {
    Set<Long> teachers = new LinkedHashSet<>();
    if (classId == null) {
      dashboards
          .dashboard(yearId, from, to, FillingScope.SCHOOL)
          .byTeacher()
          .forEach(t -> teachers.add(t.id()));
      return teachers;
    }
    for (FillingFigure figure : FillingFigure.values()) {
      dashboards
          .ofClass(yearId, from, to, figure, classId)
          .forEach(g -> teachers.add(g.teacherId()));
    }
    return teachers;
  }

  private boolean classOfYear(long classId, long yearId) {
    return !em.createNativeQuery("SELECT 1 FROM school_class WHERE id = ?1 AND school_year_id = ?2")
        .setParameter(1, classId)
        .setParameter(2, yearId)
        .getResultList()
        .isEmpty();
  }

  private List<MonthlyCheckView> views(String where, Object parameter) {
    List<MonthlyCheckView> views = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(VIEWS + where).setParameter(1, parameter).getResultList()) {
      Object[] r = (Object[]) row;
      views.add(
          new MonthlyCheckView(
              ((Number) r[0]).longValue(),
              ((Number) r[1]).longValue(),
              r[2].toString(),
              r[3] == null ? null : ((Number) r[3]).longValue(),
              (String) r[4],
              (String) r[5],
              (String) r[6],
              dateTime(r[7]),
              ((Number) r[8]).intValue(),
              ((Number) r[9]).intValue()));
    }
    return views;
  }

  private static LocalDateTime dateTime(Object value) {
    if (value instanceof LocalDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    return LocalDateTime.parse(value.toString().replace(' ', 'T'));
  }

  private static Map<String, Object> values(MonthlyCheck check) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("month", check.getMonth().toString());
    values.put("class", check.getClassId().orElse(null));
    values.put("findings", check.getFindings());
    values.put("checkedBy", check.getCheckedBy());
    values.put("teachersTold", check.getTeachersTold());
    return values;
  }
}
