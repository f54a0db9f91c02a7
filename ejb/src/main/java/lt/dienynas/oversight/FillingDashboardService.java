package lt.dienynas.oversight;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.assessment.PlannedTestService;
import lt.dienynas.journal.JustificationNote;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.WorkingDayCalendar;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.shared.SchoolSettings;

/**
 * Dienyno pildymo priežiūra (§19.1, §19.5, §19.13; §20): the deputy's dashboard of how the journal
 * is filled in a period of a school year, per teacher and per class, and the non-formal education
 * organiser's same dashboard over the non-formal groups; each figure opens the list behind it, and
 * a teacher sees their own. Every figure is one statement for the whole school ({@link
 * FillingQueries}), whatever the number of teachers.
 */
@Stateless
public class FillingDashboardService {
  /** Lesson topics are due by 17:00 of the lesson's day (§23.3). */
  static final LocalTime TOPIC_DUE = LocalTime.of(17, 0);

  /** Marks of a test are due within a week of it (§23.5). */
  static final int MARKS_DAYS = 7;

  /** The longest list one drill-down shows. */
  public static final int LIST_LIMIT = 1000;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private SchoolSettings settings;

  @Inject private SchoolClock clock;

  /** The school years, the latest first (every one may be checked, the closed ones too). */
  @RolesAllowed({
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN,
    Role.Names.NON_FORMAL_ORGANISER,
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER
  })
  public List<OversightYear> years() {
    return em.createQuery(
            "SELECT NEW lt.dienynas.oversight.OversightYear(y.id, y.name, y.startDate, y.endDate)"
                + " FROM SchoolYear y ORDER BY y.startDate DESC, y.id DESC",
            OversightYear.class)
        .getResultList();
  }

  /**
   * The dashboard of the period {@code from}–{@code to} of the school year.
   *
   * @throws BusinessException {@code oversight.yearUnknown}, {@code oversight.periodRequired},
   *     {@code oversight.periodOrder}, {@code oversight.periodOutsideYear}
   */
  @RolesAllowed({
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN,
    Role.Names.NON_FORMAL_ORGANISER
  })
  public FillingDashboard dashboard(long yearId, LocalDate from, LocalDate to, FillingScope scope) {
    FillingScope chosen = requireScope(scope);
    policy.requireFillingOversight(chosen.nonFormalOnly());
    FillingQueries.Context context = context(yearId, from, to, chosen);
    boolean byGroup = chosen.nonFormalOnly();
    Map<Long, String> teacherNames = new LinkedHashMap<>();
    Map<Long, int[]> teachers = new LinkedHashMap<>();
    Map<Long, String> unitNames = new LinkedHashMap<>();
    Map<Long, int[]> units = new LinkedHashMap<>();
    int[] totals = new int[FillingFigure.values().length];
    for (FillingFigure figure : FillingFigure.values()) {
      for (Object[] r : rows(FillingQueries.counted(FillingQueries.of(figure, context), byGroup))) {
        int count = ((Number) r[4]).intValue();
        totals[figure.ordinal()] += count;
        long teacherId = ((Number) r[0]).longValue();
        teacherNames.put(teacherId, (String) r[1]);
        teachers.computeIfAbsent(teacherId, k -> new int[totals.length])[figure.ordinal()] += count;
        if (r[2] != null) {
          long unitId = ((Number) r[2]).longValue();
          unitNames.put(unitId, (String) r[3]);
          units.computeIfAbsent(unitId, k -> new int[totals.length])[figure.ordinal()] += count;
        }
      }
    }
    return new FillingDashboard(
        yearId,
        from,
        to,
        chosen,
        new FillingCounts(0, "", list(totals)),
        counts(teachers, teacherNames),
        counts(units, unitNames));
  }

  /**
   * The gaps of one figure of one teacher: the overseer's drill-down, or the teacher's own list.
   *
   * @throws BusinessException as {@link #dashboard}
   */
  @RolesAllowed({
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN,
    Role.Names.NON_FORMAL_ORGANISER,
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER
  })
  public List<FillingGap> ofTeacher(
      long yearId,
      LocalDate from,
      LocalDate to,
      FillingScope scope,
      FillingFigure figure,
      long teacherId) {
    FillingScope chosen = requireScope(scope);
    policy.requireTeacherFillingList(chosen.nonFormalOnly(), teacherId);
    return gaps(yearId, from, to, chosen, figure, "teacher_id", teacherId);
  }

  /** The calling teacher's own gaps of one figure, over all their groups. */
  @RolesAllowed({
    Role.Names.TEACHER,
    Role.Names.NON_FORMAL_TEACHER,
    Role.Names.PRESCHOOL_TEACHER,
    Role.Names.VDM_EDUCATOR,
    Role.Names.CLASS_TEACHER
  })
  public List<FillingGap> mine(long yearId, LocalDate from, LocalDate to, FillingFigure figure) {
    Actor me = policy.requireTeacherWork("FILLING_LIST");
    return ofTeacher(yearId, from, to, FillingScope.SCHOOL, figure, me.personId());
  }

  /** The gaps of one figure in one class (the school's management). */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR, Role.Names.DB_ADMIN})
  public List<FillingGap> ofClass(
      long yearId, LocalDate from, LocalDate to, FillingFigure figure, long classId) {
    policy.requireClassFillingList(classId);
    return gaps(yearId, from, to, FillingScope.SCHOOL, figure, "class_id", classId);
  }

  /** The gaps of one figure in one non-formal group (the organiser, the management). */
  @RolesAllowed({
    Role.Names.DEPUTY,
    Role.Names.DIRECTOR,
    Role.Names.DB_ADMIN,
    Role.Names.NON_FORMAL_ORGANISER
  })
  public List<FillingGap> ofNonFormalGroup(
      long yearId, LocalDate from, LocalDate to, FillingFigure figure, long groupId) {
    policy.requireNonFormalGroupFillingList(groupId);
    return gaps(yearId, from, to, FillingScope.NON_FORMAL, figure, "group_id", groupId);
  }

  private List<FillingGap> gaps(
      long yearId,
      LocalDate from,
      LocalDate to,
      FillingScope scope,
      FillingFigure figure,
      String column,
      long id) {
    if (figure == null) {
      throw new BusinessException("oversight.figureRequired");
    }
    FillingQueries.Context context = context(yearId, from, to, scope);
    List<FillingGap> gaps = new ArrayList<>();
    for (Object[] r :
        rows(FillingQueries.listed(FillingQueries.of(figure, context), column, id), LIST_LIMIT)) {
      gaps.add(
          new FillingGap(
              figure,
              ((Number) r[0]).longValue(),
              (String) r[1],
              r[2] == null ? null : ((Number) r[2]).longValue(),
              (String) r[3],
              ((Number) r[4]).longValue(),
              (String) r[5],
              (String) r[6],
              date(r[7]),
              r[8] == null ? null : r[8].toString(),
              (String) r[9]));
    }
    return gaps;
  }

  /** The period checked and the deadlines of today, each computed once. */
  private FillingQueries.Context context(
      long yearId, LocalDate from, LocalDate to, FillingScope scope) {
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw new BusinessException("oversight.yearUnknown");
    }
    if (from == null || to == null) {
      throw new BusinessException("oversight.periodRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("oversight.periodOrder", from, to);
    }
    if (!year.contains(from) || !year.contains(to)) {
      throw new BusinessException(
          "oversight.periodOutsideYear", year.getStartDate(), year.getEndDate());
    }
    LocalDateTime now = clock.now();
    LocalDate today = clock.today();
    return new FillingQueries.Context(
        yearId,
        scope.nonFormalOnly(),
        from,
        to,
        now.toLocalTime().isBefore(TOPIC_DUE) ? today.minusDays(1) : today,
        lastClosedMonthEnd(today, settings.intValue(SchoolSettings.MONTH_LOCK_DAY, 6)),
        today.minusDays(MARKS_DAYS + 1L),
        settings.intValue(PlannedTestService.DAYS_AHEAD, 7),
        today,
        lastOverdueNoteDay(today, year.calendar()));
  }

  /**
   * The end of the latest month whose lock deadline (the lock day of the next month, as {@code
   * MonthLockService} locks) is before today.
   */
  static LocalDate lastClosedMonthEnd(LocalDate today, int lockDay) {
    YearMonth previous = YearMonth.from(today).minusMonths(1);
    LocalDate deadline = YearMonth.from(today).atDay(Math.min(lockDay, 28));
    return (today.isAfter(deadline) ? previous : previous.minusMonths(1)).atEndOfMonth();
  }

  /** The latest day a note received then is past its 2 working days to decide (§21.8) today. */
  static LocalDate lastOverdueNoteDay(LocalDate today, WorkingDayCalendar calendar) {
    LocalDate day = today.minusDays(1);
    while (!calendar
        .addWorkingDays(day, JustificationNote.WORKING_DAYS_TO_DECIDE)
        .isBefore(today)) {
      day = day.minusDays(1);
    }
    return day;
  }

  private static FillingScope requireScope(FillingScope scope) {
    if (scope == null) {
      throw new BusinessException("oversight.scopeRequired");
    }
    return scope;
  }

  private static List<FillingCounts> counts(Map<Long, int[]> counts, Map<Long, String> names) {
    List<FillingCounts> rows = new ArrayList<>();
    counts.forEach((id, c) -> rows.add(new FillingCounts(id, names.get(id), list(c))));
    rows.sort(
        Comparator.comparing(FillingCounts::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FillingCounts::id));
    return Collections.unmodifiableList(rows);
  }

  private static List<Integer> list(int[] counts) {
    List<Integer> list = new ArrayList<>(counts.length);
    for (int c : counts) {
      list.add(c);
    }
    return list;
  }

  private List<Object[]> rows(FillingQueries.Sql sql) {
    return rows(sql, 0);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(FillingQueries.Sql sql, int limit) {
    Query query = em.createNativeQuery(sql.text());
    for (int i = 0; i < sql.parameters().size(); i++) {
      query.setParameter(i + 1, sql.parameters().get(i));
    }
    if (limit > 0) {
      query.setMaxResults(limit);
    }
    return (List<Object[]>) query.getResultList();
  }

  private static LocalDate date(Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDateTime t) {
      return t.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toLocalDate();
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }
}
