package lt.dienynas.journal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;
import lt.dienynas.people.StaffMember;
import lt.dienynas.school.SchoolClass;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Role;
import lt.dienynas.shared.BusinessException;
import lt.dienynas.shared.InputRefusals;
import lt.dienynas.shared.SchoolClock;

/**
 * Days without lessons and remote-teaching days (§23.3, §23.15): the deputy or the DB admin marks
 * every school day of a range for the whole school or for classes in one action; the lessons of
 * those days (of the classes' own groups, or of every group of the year) are marked not held with
 * the reason — not deleted; marks and attendance are refused in them — or as given remotely, each
 * through the lesson's own write point ({@link LessonService}: month lock, history). Taking a mark
 * back gives the lessons back too.
 */
@Stateless
@Interceptors(InputRefusals.class)
@RolesAllowed({Role.Names.DEPUTY, Role.Names.DB_ADMIN})
@HistorySource("school days")
public class SchoolDayService {

  /** The longest range one action covers (a quarantine is marked week by week or so). */
  public static final int MAX_DAYS = 31;

  private static final String LESSONS =
      "SELECT l FROM Lesson l JOIN FETCH l.group g JOIN FETCH l.subject"
          + " WHERE l.lessonDate = :day AND g.schoolYear = :year%s"
          + " ORDER BY l.lessonNumber, g.name";

  private static final String CLASS_FILTER = " AND g.schoolClass.id IN :classes";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  @EJB private LessonService lessons;

  @EJB private HistoryLog history;

  @EJB private JournalWrites writes;

  @Inject private SchoolClock clock;

  /** What one action marked. */
  public record Marked(int days, int lessons) implements Serializable {}

  /** A class to choose. */
  public record ClassOption(long id, String name) implements Serializable {}

  /**
   * Marks every school day of the range (§23.3, §23.15) for the classes named, or the whole school
   * of the year when none is.
   *
   * @throws BusinessException {@code schoolDay.range}, {@code schoolDay.kindRequired}, {@code
   *     schoolDay.reasonRequired}, {@code schoolDay.noteRequired}, {@code schoolDay.noteLength},
   *     {@code schoolDay.noYear}, {@code schoolDay.unknownClass}, {@code schoolDay.noSchoolDays},
   *     {@code schoolDay.alreadyMarked}, {@code schoolDay.lessonHasEntries}, {@code month.locked},
   *     {@code schoolYear.readOnly}, {@code plainText.invalid}
   */
  public Marked mark(@Valid SchoolDayRequest request) {
    Actor actor = policy.requireSchoolDayMarking();
    // by hand, not @NotNull: the message names the longest range
    if (request == null) {
      throw new BusinessException("schoolDay.range", MAX_DAYS);
    }
    requireRange(request.from(), request.to());
    if (request.kind() == null) {
      throw new BusinessException("schoolDay.kindRequired");
    }
    NotHeldReason reason = request.kind() == SchoolDayKind.NOT_HELD ? request.reason() : null;
    if (request.kind() == SchoolDayKind.NOT_HELD && reason == null) {
      throw new BusinessException("schoolDay.reasonRequired");
    }
    String note =
        request.note() == null || request.note().isBlank() ? null : request.note().strip();
    if (reason == NotHeldReason.OTHER && note == null) {
      throw new BusinessException("schoolDay.noteRequired");
    }
    if (note != null && note.length() > SchoolDayMark.NOTE_LENGTH) {
      throw new BusinessException("schoolDay.noteLength", SchoolDayMark.NOTE_LENGTH);
    }
    SchoolYear year = year(request.schoolYearId(), request.from());
    if (!year.contains(request.from()) || !year.contains(request.to())) {
      throw new BusinessException("schoolDay.noYear", request.from(), request.to());
    }
    year.requireWritable();
    Map<Long, SchoolClass> classes = new LinkedHashMap<>();
    for (Long classId : request.classIds() == null ? List.<Long>of() : request.classIds()) {
      SchoolClass schoolClass = classId == null ? null : em.find(SchoolClass.class, classId);
      if (schoolClass == null || !schoolClass.getSchoolYear().getId().equals(year.getId())) {
        throw new BusinessException("schoolDay.unknownClass", classId);
      }
      classes.put(classId, schoolClass);
    }
    List<LocalDate> days = year.calendar().schoolDays(request.from(), request.to());
    if (days.isEmpty()) {
      throw new BusinessException("schoolDay.noSchoolDays", request.from(), request.to());
    }
    Set<Long> classIds = classes.keySet();
    for (SchoolDayView existing :
        SchoolDays.of(
            em,
            List.of(year.getId()),
            classIds.isEmpty() ? allClassIds(year) : classIds,
            request.from(),
            request.to())) {
      throw new BusinessException(
          "schoolDay.alreadyMarked",
          existing.day(),
          existing.className() == null ? "—" : existing.className());
    }
    StaffMember by = em.find(StaffMember.class, actor.personId());
    int lessonCount = 0;
    for (LocalDate day : days) {
      List<Lesson> dayLessons = lessonsOf(year, day, classIds);
      if (request.kind() == SchoolDayKind.NOT_HELD) {
        lessons.markNotHeld(dayLessons, reason);
      } else {
        lessons.markDistance(dayLessons, true);
      }
      lessonCount += dayLessons.size();
      List<SchoolClass> scopes =
          classes.isEmpty()
              ? java.util.Collections.singletonList(null)
              : List.copyOf(classes.values());
      for (SchoolClass scope : scopes) {
        writes.requireMonthOpen(scope == null ? null : scope.getId(), day);
        SchoolDayMark mark =
            new SchoolDayMark(year, day, scope, request.kind(), reason, note, by, clock.now());
        em.persist(mark);
        em.flush();
        history.record(Change.inserted("school_day_mark", mark.getId(), values(mark)));
      }
    }
    return new Marked(days.size(), lessonCount);
  }

  /**
   * Takes a marked day back: its lessons are held (or given in class) again.
   *
   * @param expectedVersion the version read (null: whatever it is)
   * @throws BusinessException {@code schoolDay.unknown}, {@code month.locked}
   * @throws StaleWriteException when the mark changed since it was read
   */
  public void remove(long markId, Integer expectedVersion) {
    policy.requireSchoolDayMarking();
    SchoolDayMark mark = em.find(SchoolDayMark.class, markId);
    if (mark == null) {
      throw new BusinessException("schoolDay.unknown", markId);
    }
    if (expectedVersion != null && expectedVersion != mark.getVersion()) {
      throw new StaleWriteException(mark.getDay().toString(), mark.getVersion());
    }
    writes.requireOpen(
        mark.getSchoolYear(),
        mark.getSchoolClass().map(SchoolClass::getId).orElse(null),
        mark.getDay());
    Set<Long> scope = mark.getSchoolClass().map(c -> Set.of(c.getId())).orElse(Set.of());
    List<Lesson> dayLessons = lessonsOf(mark.getSchoolYear(), mark.getDay(), scope);
    if (mark.getKind() == SchoolDayKind.NOT_HELD) {
      NotHeldReason reason = mark.getReason().orElseThrow();
      lessons.markNotHeld(
          dayLessons.stream().filter(l -> l.getNotHeldReason().orElse(null) == reason).toList(),
          null);
    } else {
      lessons.markDistance(dayLessons, false);
    }
    Map<String, Object> before = values(mark);
    em.remove(mark);
    history.record(Change.deleted("school_day_mark", markId, before));
  }

  /**
   * The days marked from {@code from} to {@code to} (at most a year; whole school and classes), by
   * date, at most 500.
   */
  public List<SchoolDayView> list(LocalDate from, LocalDate to) {
    policy.requireSchoolDayMarking();
    if (from == null
        || to == null
        || to.isBefore(from)
        || ChronoUnit.DAYS.between(from, to) > 366) {
      throw new BusinessException("schoolDay.range", 366);
    }
    List<SchoolDayView> days = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "SELECT d.id, d.day, c.id, c.name, d.kind, d.reason, d.note, d.version"
                    + " FROM SchoolDayMark d LEFT JOIN d.schoolClass c"
                    + " WHERE d.day BETWEEN :from AND :to ORDER BY d.day, c.name, d.id",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(500)
            .getResultList()) {
      days.add(SchoolDays.view(r));
    }
    return days;
  }

  /** The classes of the year (null: the one holding {@code date}), to choose from. */
  public List<ClassOption> classes(Long schoolYearId, LocalDate date) {
    policy.requireSchoolDayMarking();
    SchoolYear year = year(schoolYearId, date);
    return em
        .createQuery(
            "SELECT c.id, c.name FROM SchoolClass c WHERE c.schoolYear = :year ORDER BY c.grade,"
                + " c.name",
            Object[].class)
        .setParameter("year", year)
        .getResultList()
        .stream()
        .map(r -> new ClassOption((Long) r[0], (String) r[1]))
        .toList();
  }

  private SchoolYear year(Long schoolYearId, LocalDate date) {
    if (schoolYearId != null) {
      SchoolYear year = em.find(SchoolYear.class, schoolYearId);
      if (year == null) {
        throw new BusinessException("schoolDay.noYear", date, date);
      }
      return year;
    }
    return em
        .createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
        .setParameter("date", date)
        .getResultList()
        .stream()
        .findFirst()
        .orElseThrow(() -> new BusinessException("schoolDay.noYear", date, date));
  }

  private Set<Long> allClassIds(SchoolYear year) {
    return new LinkedHashSet<>(
        em.createQuery("SELECT c.id FROM SchoolClass c WHERE c.schoolYear = :year", Long.class)
            .setParameter("year", year)
            .getResultList());
  }

  private List<Lesson> lessonsOf(SchoolYear year, LocalDate day, Set<Long> classIds) {
    var query =
        em.createQuery(String.format(LESSONS, classIds.isEmpty() ? "" : CLASS_FILTER), Lesson.class)
            .setParameter("day", day)
            .setParameter("year", year);
    if (!classIds.isEmpty()) {
      query.setParameter("classes", classIds);
    }
    return query.getResultList();
  }

  private static void requireRange(LocalDate from, LocalDate to) {
    if (from == null
        || to == null
        || to.isBefore(from)
        || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new BusinessException("schoolDay.range", MAX_DAYS);
    }
  }

  private static Map<String, Object> values(SchoolDayMark mark) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("day", mark.getDay());
    values.put("class", mark.getSchoolClass().map(SchoolClass::getId).orElse(null));
    values.put("kind", mark.getKind());
    values.put("reason", mark.getReason().orElse(null));
    values.put("note", mark.getNote().orElse(null));
    return values;
  }
}
