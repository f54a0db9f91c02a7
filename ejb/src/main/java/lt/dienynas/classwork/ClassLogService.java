package lt.dienynas.classwork;

import static lt.dienynas.security.Role.Names.CLASS_TEACHER;
import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.journal.StaleWriteException;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.people.Person;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Klasės vadovo veikla (§21.6, §21.9): the class teacher keeps a log of the work with the class, at
 * least once a week; the entry's author changes or removes it while its month is open; the school's
 * management reads every class's log and sees the classes whose log is behind. Every write goes
 * through {@link #write}: the year writable, the day in the year and not ahead, the month open, the
 * version current, history.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({CLASS_TEACHER, DEPUTY, DIRECTOR, DB_ADMIN})
@HistorySource("class log")
public class ClassLogService {
  /** The class teacher writes the log once a week (§21.9): this many days without an entry. */
  public static final int WEEK = 7;

  /** The most entries a class's log shows (a year has about 40 weeks). */
  static final int MAX_ENTRIES = 500;

  static final String TYPE = "class_log_entry";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;
  @EJB private HistoryLog history;
  @EJB private MonthLockService locks;
  @Inject private SchoolClock clock;

  /** The classes the calling class teacher leads in the years not closed. */
  @RolesAllowed(CLASS_TEACHER)
  public List<LedClass> myClasses() {
    Actor teacher = policy.requireTeacherWork("CLASS_LOG_CLASSES");
    return em.createQuery(
            "SELECT NEW lt.dienynas.classwork.LedClass(c.id, c.name, c.grade) FROM SchoolClass c"
                + " WHERE c.classTeacher.id = :me AND c.schoolYear.readOnly = FALSE"
                + " ORDER BY c.schoolYear.startDate DESC, c.grade, c.letter, c.id",
            LedClass.class)
        .setParameter("me", teacher.personId())
        .setMaxResults(MAX_ENTRIES)
        .getResultList();
  }

  /** The class's log, newest first. */
  public List<ClassLogEntryView> ofClass(long classId) {
    policy.requireClassLogRead(classId);
    return em.createNamedQuery(ClassLogEntry.OF_CLASS, ClassLogEntryView.class)
        .setParameter("classId", classId)
        .setMaxResults(MAX_ENTRIES)
        .getResultList();
  }

  /**
   * The grade classes of the year whose log has no entry dated in the last {@link #WEEK} days up to
   * today (today included), with their latest entry; for the school's management (§19.13).
   */
  @RolesAllowed({DEPUTY, DIRECTOR, DB_ADMIN})
  public List<ClassLogLag> behind(long yearId) {
    policy.requireClassLogOversight();
    LocalDate today = clock.today();
    Map<Long, LocalDate> latest = new HashMap<>();
    for (LatestEntry e :
        em.createQuery(
                "SELECT NEW lt.dienynas.classwork.LatestEntry(e.classId, MAX(e.date))"
                    + " FROM ClassLogEntry e WHERE e.date <= :today AND e.classId IN"
                    + " (SELECT c.id FROM SchoolClass c WHERE c.schoolYear.id = :yearId)"
                    + " GROUP BY e.classId",
                LatestEntry.class)
            .setParameter("yearId", yearId)
            .setParameter("today", today)
            .getResultList()) {
      latest.put(e.classId(), e.date());
    }
    LocalDate cutoff = today.minusDays(WEEK);
    return em
        .createQuery(
            "SELECT NEW lt.dienynas.classwork.ClassLogLag(c.id, c.name, t.firstName, t.lastName)"
                + " FROM SchoolClass c LEFT JOIN c.classTeacher t"
                + " WHERE c.schoolYear.id = :yearId AND c.level = lt.dienynas.school.ClassLevel.GRADE"
                + " ORDER BY c.grade, c.letter, c.id",
            ClassLogLag.class)
        .setParameter("yearId", yearId)
        .setMaxResults(MAX_ENTRIES)
        .getResultList()
        .stream()
        .map(c -> c.withLastEntry(latest.get(c.classId())))
        .filter(c -> c.lastEntry() == null || !c.lastEntry().isAfter(cutoff))
        .toList();
  }

  /**
   * The class teacher writes an entry in the class's log.
   *
   * @throws BusinessException {@code classwork.log.*}, {@code classwork.future}, {@code
   *     schoolYear.outside}, {@code schoolYear.readOnly}, {@code month.locked}
   */
  @RolesAllowed(CLASS_TEACHER)
  public ClassLogEntryView add(
      long classId, @NotNull(message = "{classwork.log.date}") @Valid ClassLogInput input) {
    Actor teacher = policy.requireClassLogWrite(classId);
    requireWritable(classId, input.date());
    ClassLogEntry entry = new ClassLogEntry(classId, input, teacher.personId(), clock.now());
    em.persist(entry);
    em.flush();
    history.record(Change.inserted(TYPE, entry.getId(), values(entry)));
    return view(entry);
  }

  /**
   * The author rewrites an entry; both its old and its new day must be in an open month.
   *
   * @param expectedVersion the version the author read (null: whatever it is)
   * @throws BusinessException {@code classwork.log.notAuthor}, {@code classwork.log.stale} and as
   *     {@link #add}
   */
  @RolesAllowed(CLASS_TEACHER)
  public ClassLogEntryView change(
      long entryId,
      @NotNull(message = "{classwork.log.date}") @Valid ClassLogInput input,
      Integer expectedVersion) {
    Actor teacher = policy.requireClassLogEntryChange(entryId);
    ClassLogEntry entry = current(entryId, expectedVersion);
    entry.requireAuthor(teacher.personId());
    requireWritable(entry.getClassId(), entry.getDate());
    requireWritable(entry.getClassId(), input.date());
    Map<String, Object> before = values(entry);
    entry.change(input, teacher.personId(), clock.now());
    em.flush();
    history.record(Change.updated(TYPE, entry.getId(), before, values(entry)));
    return view(entry);
  }

  /**
   * The author removes an entry of an open month.
   *
   * @throws BusinessException {@code classwork.log.notAuthor}, {@code classwork.log.stale}, {@code
   *     month.locked}, {@code schoolYear.readOnly}
   */
  @RolesAllowed(CLASS_TEACHER)
  public void remove(long entryId, Integer expectedVersion) {
    Actor teacher = policy.requireClassLogEntryChange(entryId);
    ClassLogEntry entry = current(entryId, expectedVersion);
    entry.requireAuthor(teacher.personId());
    requireWritable(entry.getClassId(), entry.getDate());
    Map<String, Object> before = values(entry);
    em.remove(entry);
    em.flush();
    history.record(Change.deleted(TYPE, entryId, before));
  }

  private void requireWritable(long classId, LocalDate date) {
    RecordDay.requireWritable(em.find(SchoolClass.class, classId), date, clock.today(), locks);
  }

  private ClassLogEntry current(long entryId, Integer expectedVersion) {
    ClassLogEntry entry = em.find(ClassLogEntry.class, entryId);
    if (entry == null) {
      throw policy.refuse("CLASS_LOG_CHANGE", "class_log_entry", entryId);
    }
    if (StaleWriteException.isStale(expectedVersion, entry.getVersion())) {
      throw StaleWriteException.of(entry.getVersion(), "classwork.log.stale");
    }
    return entry;
  }

  private ClassLogEntryView view(ClassLogEntry e) {
    Person author = em.find(Person.class, e.getAuthorId());
    return new ClassLogEntryView(
        e.getId(),
        e.getClassId(),
        e.getDate(),
        e.getKind(),
        e.getTopic(),
        e.getParticipants(),
        e.getAuthorId(),
        author.getFirstName(),
        author.getLastName(),
        e.getCreatedAt(),
        e.getChangedAt(),
        e.getVersion());
  }

  private static Map<String, Object> values(ClassLogEntry entry) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("class", entry.getClassId());
    values.put("date", entry.getDate());
    values.put("kind", entry.getKind());
    values.put("topic", entry.getTopic());
    values.put("participants", entry.getParticipants());
    values.put("author", entry.getAuthorId());
    return values;
  }
}
