package lt.dienynas.locking;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.ChangeContext;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.shared.SchoolSettings;

/**
 * Locks the diary month by month (§18.7): the nightly job locks every month whose deadline (a day
 * of the next month, a school setting) has passed; the DB admin can lock or unlock a month for the
 * whole school or one class at any time, and every lock and unlock is in the history. Every service
 * that changes lessons, marks or attendance calls {@link #requireOpen} first, so a locked month
 * refuses the change on every path.
 */
@Stateless
public class MonthLockService {
  @Inject private SchoolClock clock;

  static final String SOURCE_JOB = "month-lock job";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private HistoryLog history;

  @EJB private SchoolSettings settings;

  @Inject private ChangeContext changes;

  /** Whether the month of this date is locked for this class (null: a group of no class). */
  @PermitAll
  public boolean isLocked(Long classId, LocalDate date) {
    return effective(YearMonth.from(date), classId).map(MonthLock::isLocked).orElse(false);
  }

  /**
   * Refuses a change to data of a locked month, unless the current transaction applies a correction
   * act ({@link #openForAct}).
   *
   * @throws BusinessException {@code month.locked}
   */
  @PermitAll
  public void requireOpen(Long classId, LocalDate date) {
    if (changes.act().isEmpty() && isLocked(classId, date)) {
      throw new BusinessException("month.locked", YearMonth.from(date).toString());
    }
  }

  /** Like {@link #isLocked(Long, LocalDate)} for a group: its class, or the school. */
  @PermitAll
  public boolean isLockedForGroup(long groupId, LocalDate date) {
    List<?> classIds =
        em.createNativeQuery("SELECT school_class_id FROM study_group WHERE id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    Object classId = classIds.isEmpty() ? null : classIds.get(0);
    return isLocked(classId == null ? null : ((Number) classId).longValue(), date);
  }

  /** Like {@link #requireOpen(Long, LocalDate)} for a group: its class, or the school. */
  @PermitAll
  public void requireOpenForGroup(long groupId, LocalDate date) {
    List<?> classIds =
        em.createNativeQuery("SELECT school_class_id FROM study_group WHERE id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    Object classId = classIds.isEmpty() ? null : classIds.get(0);
    requireOpen(classId == null ? null : ((Number) classId).longValue(), date);
  }

  /**
   * Opens locked months for the rest of the current transaction only, for applying a correction
   * act: the unlock closes itself when the transaction ends, whatever its outcome.
   */
  @PermitAll
  public void openForAct(long actId) {
    changes.applyAct(actId);
  }

  /** The act the current transaction applies, if any. */
  @PermitAll
  public Optional<Long> actInProgress() {
    return changes.act();
  }

  @RolesAllowed(Role.Names.DB_ADMIN)
  @HistorySource("lock screen")
  public void lock(YearMonth month, Long classId) {
    Actor admin = policy.requireAdministration("MONTH_LOCK");
    lockAs(month, classId, admin.login());
  }

  /**
   * Locks a pre-school group's month once the deputy has approved its attendance sheet (§22.6,
   * §22.9): from then on the month is corrected only as any other locked month.
   */
  @RolesAllowed(Role.Names.DEPUTY)
  @HistorySource("attendance sheet approval")
  public void lockApprovedSheet(YearMonth month, long groupId) {
    Actor deputy = policy.requirePreschoolSheetReview(groupId);
    List<?> classIds =
        em.createNativeQuery("SELECT school_class_id FROM study_group WHERE id = ?1")
            .setParameter(1, groupId)
            .getResultList();
    Object classId = classIds.isEmpty() ? null : classIds.get(0);
    if (classId == null) {
      throw new BusinessException("month.unknownClass");
    }
    lockAs(month, ((Number) classId).longValue(), deputy.login());
  }

  private void lockAs(YearMonth month, Long classId, String login) {
    LocalDateTime now = clock.now();
    Optional<MonthLock> row = row(month, classId);
    if (row.isPresent() && row.get().isLocked()) {
      return;
    }
    MonthLock lock =
        row.orElseGet(
            () -> {
              MonthLock created = new MonthLock(month, schoolClass(classId), login, now);
              em.persist(created);
              return created;
            });
    lock.lock(login, now);
    record(lock, month, classId, HistoryAction.LOCK, null);
  }

  /** The classes of the school years still in use, for the lock screen's choice. */
  @RolesAllowed(Role.Names.DB_ADMIN)
  public List<SchoolClass> classesInUse() {
    policy.requireAdministration("MONTH_LOCK_VIEW");
    return em.createQuery(
            "SELECT c FROM SchoolClass c JOIN FETCH c.schoolYear y WHERE y.readOnly = FALSE"
                + " ORDER BY y.startDate DESC, c.name",
            SchoolClass.class)
        .setMaxResults(200)
        .getResultList();
  }

  /** Opens a month until the given time (the nightly job locks it again after that). */
  @RolesAllowed(Role.Names.DB_ADMIN)
  @HistorySource("lock screen")
  public void unlock(YearMonth month, Long classId, LocalDateTime until) {
    Actor admin = policy.requireAdministration("MONTH_UNLOCK");
    LocalDateTime now = clock.now();
    if (!until.isAfter(now)) {
      throw new BusinessException("month.unlockUntilPast");
    }
    MonthLock lock =
        row(month, classId)
            .orElseGet(
                () -> {
                  MonthLock created =
                      new MonthLock(month, schoolClass(classId), admin.login(), now);
                  em.persist(created);
                  return created;
                });
    lock.unlock(until, admin.login(), now);
    record(lock, month, classId, HistoryAction.UNLOCK, until);
  }

  /**
   * The nightly job's work: locks every month whose deadline is before {@code today} and that has
   * no school-wide row yet, and locks again every unlock that has expired. Running it twice for the
   * same day changes nothing the second time.
   *
   * @return the months newly locked for the school
   */
  @PermitAll
  @HistorySource(SOURCE_JOB)
  public List<YearMonth> lockPastDeadline(LocalDate today) {
    int lockDay = settings.intValue(SchoolSettings.MONTH_LOCK_DAY, 6);
    LocalDateTime now = today.atStartOfDay();
    Set<String> existing =
        new HashSet<>(em.createNamedQuery(MonthLock.SCHOOL_MONTHS, String.class).getResultList());
    List<YearMonth> locked = new java.util.ArrayList<>();
    for (YearMonth month : diaryMonthsUntil(today)) {
      LocalDate deadline = month.plusMonths(1).atDay(Math.min(lockDay, 28));
      if (today.isAfter(deadline) && !existing.contains(month.toString())) {
        MonthLock lock = new MonthLock(month, null, SOURCE_JOB, now);
        em.persist(lock);
        record(lock, month, null, HistoryAction.LOCK, null);
        locked.add(month);
      }
    }
    for (MonthLock expired :
        em.createNamedQuery(MonthLock.EXPIRED_UNLOCKS, MonthLock.class)
            .setParameter("now", now)
            .getResultList()) {
      expired.lock(SOURCE_JOB, now);
      record(
          expired,
          expired.getMonth(),
          expired.isSchoolWide() ? null : Long.valueOf(expired.getScope().substring(1)),
          HistoryAction.LOCK,
          null);
    }
    return locked;
  }

  /** The months of every school year, from the first year's start up to the month before today. */
  private List<YearMonth> diaryMonthsUntil(LocalDate today) {
    List<?> starts =
        em.createNativeQuery("SELECT MIN(start_date) FROM school_year").getResultList();
    Object first = starts.isEmpty() ? null : starts.get(0);
    List<YearMonth> months = new java.util.ArrayList<>();
    if (first == null) {
      return months;
    }
    LocalDate start =
        first instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(first.toString());
    for (YearMonth m = YearMonth.from(start);
        m.isBefore(YearMonth.from(today));
        m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private Optional<MonthLock> effective(YearMonth month, Long classId) {
    List<MonthLock> rows =
        em.createNamedQuery(MonthLock.OF_MONTH, MonthLock.class)
            .setParameter("month", month.toString())
            .setParameter("scopes", List.of(MonthLock.SCHOOL, MonthLock.scopeOf(classId)))
            .getResultList();
    Optional<MonthLock> own =
        rows.stream().filter(r -> r.getScope().equals(MonthLock.scopeOf(classId))).findFirst();
    return own.isPresent() ? own : rows.stream().filter(MonthLock::isSchoolWide).findFirst();
  }

  private Optional<MonthLock> row(YearMonth month, Long classId) {
    return em
        .createNamedQuery(MonthLock.OF_MONTH, MonthLock.class)
        .setParameter("month", month.toString())
        .setParameter("scopes", List.of(MonthLock.scopeOf(classId)))
        .getResultList()
        .stream()
        .findFirst();
  }

  private SchoolClass schoolClass(Long classId) {
    if (classId == null) {
      return null;
    }
    SchoolClass found = em.find(SchoolClass.class, classId);
    if (found == null) {
      throw new BusinessException("month.unknownClass");
    }
    return found;
  }

  /**
   * Records the lock or unlock in the history, then the chain's head (this entry included) in the
   * month's lock record, so that a history rewritten later no longer holds what the lock recorded.
   */
  private void record(
      MonthLock lock, YearMonth month, Long classId, HistoryAction action, LocalDateTime until) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("month", month.toString());
    state.put("scope", MonthLock.scopeOf(classId));
    state.put("locked", action == HistoryAction.LOCK);
    if (until != null) {
      state.put("until", until.toString());
    }
    history.record(
        new Change("month_lock", MonthLock.scopeOf(classId) + "/" + month, action, null, state));
    lock.recordHistoryHead(history.head());
  }
}
