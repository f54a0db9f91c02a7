package lt.dienynas.preschool;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Savaitės ugdomosios veiklos planas ir refleksija (§22.5): the pre-school teacher prepares next
 * week's activity plan during this week and improves it through that week; on the week's Friday
 * they write its reflection. The deputy sees the groups whose plan was not there by the end of the
 * week before, and the weeks without a reflection after their Friday. Every write goes through
 * {@link #write}: access, year, week window, month lock, version, history.
 */
@Stateless
@Interceptors(InputRefusals.class)
@HistorySource("pre-school week plans")
public class WeekPlanService {
  static final String TYPE = "preschool_week_plan";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private MonthLockService monthLocks;

  @Inject private SchoolClock clock;

  /** The group's week that contains the day (any day of it). */
  @RolesAllowed({Role.Names.PRESCHOOL_TEACHER, Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public WeekPlanView week(long groupId, LocalDate anyDay) {
    policy.requirePreschoolGroupRead(groupId);
    PreschoolRecords records = new PreschoolRecords(em);
    return records.week(
        records.group(groupId).orElseThrow(),
        PreschoolRecords.mondayOf(anyDay == null ? clock.today() : anyDay),
        clock.today());
  }

  /**
   * The group's teacher writes or improves the week's plan.
   *
   * @param weekStart the week's Monday
   * @param expectedVersion the version read ({@code -1}: none yet; null: whatever it is)
   * @throws BusinessException {@code preschool.week.notMonday}, {@code preschool.week.outsideYear},
   *     {@code preschool.plan.notYet}, {@code preschool.plan.closed}, {@code
   *     preschool.week.textRequired}, {@code preschool.week.textLength}, {@code plainText.invalid},
   *     {@code month.locked}, {@code schoolYear.readOnly}, {@code preschool.week.stale}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public WeekPlanView savePlan(
      long groupId,
      LocalDate weekStart,
      @NotNull(message = "{preschool.week.textRequired}") @Valid WeekText plan,
      Integer expectedVersion) {
    return write(
        groupId,
        weekStart,
        expectedVersion,
        (existing, windows, teacher, now) -> {
          LocalDate today = now.toLocalDate();
          if (today.isBefore(weekStart.minusWeeks(1))) {
            throw new BusinessException("preschool.plan.notYet", weekStart.minusWeeks(1));
          }
          if (!windows.planOpen(weekStart, today)) {
            throw new BusinessException("preschool.plan.closed", weekStart);
          }
          monthLocks.requireOpenForGroup(groupId, weekStart);
          String text = plan.text();
          if (existing == null) {
            WeekPlan created = new WeekPlan(groupId, weekStart, text, teacher.personId(), now);
            em.persist(created);
            return created;
          }
          existing.revise(text, teacher.personId(), now);
          return existing;
        });
  }

  /**
   * The group's teacher writes (or rewrites) the week's reflection, from its last working day until
   * the end of the next week.
   *
   * @throws BusinessException {@code preschool.reflection.notYet}, {@code
   *     preschool.reflection.closed}, {@code preschool.reflection.noPlan}, and as {@link #savePlan}
   */
  @RolesAllowed(Role.Names.PRESCHOOL_TEACHER)
  public WeekPlanView saveReflection(
      long groupId,
      LocalDate weekStart,
      @NotNull(message = "{preschool.week.textRequired}") @Valid WeekText reflection,
      Integer expectedVersion) {
    return write(
        groupId,
        weekStart,
        expectedVersion,
        (existing, windows, teacher, now) -> {
          LocalDate today = now.toLocalDate();
          LocalDate due = windows.reflectionDue(weekStart);
          if (today.isBefore(due)) {
            throw new BusinessException("preschool.reflection.notYet", due);
          }
          if (!windows.reflectionOpen(weekStart, today)) {
            throw new BusinessException("preschool.reflection.closed", weekStart);
          }
          if (existing == null) {
            throw new BusinessException("preschool.reflection.noPlan", weekStart);
          }
          monthLocks.requireOpenForGroup(groupId, due);
          existing.reflect(reflection.text(), teacher.personId(), now);
          return existing;
        });
  }

  /**
   * The plans and reflections past their due day and not written, of every pre-school group of the
   * year, by group and week (§22.5).
   */
  @RolesAllowed({Role.Names.DEPUTY, Role.Names.DIRECTOR})
  public List<MissingWeekWork> missing(long yearId) {
    policy.requirePreschoolOversight();
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw new BusinessException("preschool.yearUnknown");
    }
    PreschoolRecords records = new PreschoolRecords(em);
    List<PreschoolGroupInfo> groups = records.groupsOfYear(yearId);
    List<MissingWeekWork> missing = new ArrayList<>();
    if (groups.isEmpty()) {
      return missing;
    }
    LocalDate today = clock.today();
    LocalDate first = PreschoolRecords.mondayOf(year.getStartDate());
    Map<String, WeekPlan> plans = new HashMap<>();
    em.createNamedQuery(WeekPlan.OF_GROUPS, WeekPlan.class)
        .setParameter("groupIds", groups.stream().map(PreschoolGroupInfo::groupId).toList())
        .setParameter("from", first)
        .setParameter("to", year.getEndDate())
        .getResultList()
        .forEach(p -> plans.put(p.getGroupId() + ":" + p.getWeekStart(), p));
    Map<Long, String> teachers = teachers(groups);
    PreschoolRecords.WeekWindows windows = new PreschoolRecords.WeekWindows(year.calendar());
    for (PreschoolGroupInfo g : groups) {
      for (LocalDate week = first;
          !week.isAfter(year.getEndDate()) && today.isAfter(windows.planDue(week));
          week = week.plusWeeks(1)) {
        if (!windows.hasWorkingDay(week, year.getStartDate(), year.getEndDate())) {
          continue;
        }
        WeekPlan plan = plans.get(g.groupId() + ":" + week);
        String who = teachers.getOrDefault(g.groupId(), "");
        if (plan == null) {
          missing.add(
              new MissingWeekWork(
                  g.groupId(), g.name(), who, week, WeekWork.PLAN, windows.planDue(week)));
        }
        LocalDate due = windows.reflectionDue(week);
        if (today.isAfter(due) && (plan == null || plan.getReflection() == null)) {
          missing.add(
              new MissingWeekWork(g.groupId(), g.name(), who, week, WeekWork.REFLECTION, due));
        }
      }
    }
    return missing;
  }

  /** One change of a week's record, given the record (null: none yet). */
  @FunctionalInterface
  private interface Step {
    WeekPlan apply(
        WeekPlan existing, PreschoolRecords.WeekWindows windows, Actor teacher, LocalDateTime now);
  }

  /**
   * The one write point: the group's teacher, a Monday within the group's school year, a writable
   * year, the version read current; the step checks its window and month; then the history.
   */
  private WeekPlanView write(
      long groupId, LocalDate weekStart, Integer expectedVersion, Step step) {
    Actor teacher = policy.requirePreschoolGroupWrite(groupId);
    PreschoolRecords records = new PreschoolRecords(em);
    PreschoolGroupInfo group = records.group(groupId).orElseThrow();
    SchoolYear year = records.year(group);
    year.requireWritable();
    WeekPlan.requireMonday(weekStart);
    if (weekStart.isAfter(year.getEndDate())
        || weekStart.plusDays(4).isBefore(year.getStartDate())) {
      throw new BusinessException("preschool.week.outsideYear", weekStart, year.getName());
    }
    Optional<WeekPlan> existing = records.planEntity(groupId, weekStart);
    Integer current = existing.map(WeekPlan::getVersion).orElse(null);
    if (StaleWriteException.isStale(expectedVersion, current)) {
      throw StaleWriteException.of(current, "preschool.week.stale");
    }
    Map<String, Object> before = existing.map(WeekPlanService::values).orElse(null);
    WeekPlan plan =
        step.apply(
            existing.orElse(null),
            new PreschoolRecords.WeekWindows(year.calendar()),
            teacher,
            clock.now());
    em.flush();
    history.record(
        before == null
            ? Change.inserted(TYPE, plan.getId(), values(plan))
            : Change.updated(TYPE, plan.getId(), before, values(plan)));
    return records.week(group, weekStart, clock.today());
  }

  /** The pre-school teachers assigned to each group now, their names joined. */
  private Map<Long, String> teachers(List<PreschoolGroupInfo> groups) {
    return em
        .createQuery(
            "SELECT NEW lt.dienynas.preschool.GroupTeacher(a.group.id, t.firstName, t.lastName)"
                + " FROM TeachingAssignment a JOIN a.teacher t JOIN t.roles r"
                + " WHERE a.group.id IN :groups AND r = :role"
                + " AND (a.validity.to IS NULL OR a.validity.to >= :today) ORDER BY t.lastName",
            GroupTeacher.class)
        .setParameter("groups", groups.stream().map(PreschoolGroupInfo::groupId).toList())
        .setParameter("role", Role.PRESCHOOL_TEACHER)
        .setParameter("today", clock.today())
        .getResultList()
        .stream()
        .collect(
            Collectors.groupingBy(
                GroupTeacher::groupId,
                LinkedHashMap::new,
                Collectors.mapping(GroupTeacher::fullName, Collectors.joining(", "))));
  }

  private static Map<String, Object> values(WeekPlan plan) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("group", plan.getGroupId());
    values.put("week", plan.getWeekStart());
    values.put("plan", plan.getPlanText());
    values.put("reflection", plan.getReflection());
    return values;
  }
}
