package lt.dienynas.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lt.dienynas.messaging.SystemNotices;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.people.StudentClasses;
import lt.dienynas.people.StudentClasses.ClassOf;
import lt.dienynas.school.SchoolPeriod;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolSettings;

/**
 * Ankstyvasis perspėjimas: when a student's unjustified absences in the month or in the period, or
 * their latest ten-point marks (their average fell by the set amount against the earlier ones, or
 * below the set threshold) cross the school's thresholds, the class teacher and the school's social
 * pedagogues get a notice with the figures — once per crossing: the crossing stays open while the
 * figure stays over the threshold, and only a crossing after it went back under is told again.
 *
 * <p>Evaluated by the nightly {@code early-warning} job, chunk by chunk of students ({@link
 * #studentsAfter}, {@link #evaluate}); both are the job's work, run without a caller.
 */
@Stateless
@PermitAll
public class EarlyWarningService {
  public static final String UNJUSTIFIED_MONTH = "early_warning_unjustified_month";
  public static final String UNJUSTIFIED_PERIOD = "early_warning_unjustified_period";
  public static final String MARKS_LAST = WatchListService.MARKS_LAST;
  public static final String MARKS_DROP_TENTHS = "early_warning_marks_drop_tenths";
  public static final String MARKS_BELOW_TENTHS = "early_warning_marks_below_tenths";

  private static final String STUDENTS_OF_YEAR =
      "SELECT DISTINCT m.student.id FROM GroupMember m JOIN m.group g"
          + " WHERE g.kind = lt.dienynas.school.GroupKind.CLASS AND g.schoolYear.id = :year"
          + " AND m.validity.from <= :day AND (m.validity.to IS NULL OR m.validity.to >= :day)"
          + " AND m.student.id > :after ORDER BY m.student.id";

  private static final String CLASS_TEACHERS =
      "SELECT NEW lt.dienynas.support.ClassTeacherOf(c.id, t.id) FROM SchoolClass c"
          + " JOIN c.classTeacher t WHERE c.id IN :ids";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private SupportFigures figures;

  @EJB private StudentClasses classes;

  @EJB private SchoolSettings settings;

  @EJB private SystemNotices notices;

  /** The thresholds the school set (tenths of a mark for the marks). */
  public record Thresholds(
      int unjustifiedMonth,
      int unjustifiedPeriod,
      int marksLast,
      BigDecimal marksDrop,
      BigDecimal marksBelow) {}

  /** The school's thresholds now. */
  public Thresholds thresholds() {
    return new Thresholds(
        settings.intValue(UNJUSTIFIED_MONTH, 8),
        settings.intValue(UNJUSTIFIED_PERIOD, 20),
        Math.max(1, settings.intValue(MARKS_LAST, 5)),
        BigDecimal.valueOf(settings.intValue(MARKS_DROP_TENTHS, 15), 1),
        BigDecimal.valueOf(settings.intValue(MARKS_BELOW_TENTHS, 50), 1));
  }

  /** The next students (by id) in the classes of the school year of the day. */
  public List<Long> studentsAfter(LocalDate day, long afterId, int limit) {
    SchoolYear year = yearOf(day);
    if (year == null) {
      return List.of();
    }
    return em.createQuery(STUDENTS_OF_YEAR, Long.class)
        .setParameter("year", year.getId())
        .setParameter("day", day)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Compares the students' figures on the day with the thresholds: opens a crossing (and sends its
   * notice) for each figure newly over, clears each open crossing whose figure went back under.
   *
   * @return the crossings opened
   */
  public int evaluate(Collection<Long> studentIds, LocalDate day) {
    SchoolYear year = yearOf(day);
    if (year == null || studentIds.isEmpty()) {
      return 0;
    }
    Thresholds limits = thresholds();
    LocalDate monthStart =
        day.withDayOfMonth(1).isBefore(year.getStartDate())
            ? year.getStartDate()
            : day.withDayOfMonth(1);
    LocalDate periodStart =
        year.getPeriods().stream()
            .filter(p -> p.range().contains(day))
            .map(SchoolPeriod::getStartDate)
            .findFirst()
            .orElse(year.getStartDate());
    Map<Long, AttendanceFigures> month = figures.attendance(studentIds, monthStart, day);
    Map<Long, AttendanceFigures> period = figures.attendance(studentIds, periodStart, day);
    Map<Long, List<Integer>> marks = new HashMap<>();
    for (MarkEntry mark : figures.marks(studentIds, year.getStartDate(), day)) {
      if (mark.tenPoint() != null) {
        marks.computeIfAbsent(mark.studentId(), k -> new ArrayList<>()).add(mark.tenPoint());
      }
    }
    Map<Long, Map<EarlyWarningKind, EarlyWarning>> open = new HashMap<>();
    for (EarlyWarning w :
        em.createNamedQuery(EarlyWarning.OPEN_OF_STUDENTS, EarlyWarning.class)
            .setParameter("ids", studentIds)
            .getResultList()) {
      open.computeIfAbsent(w.getStudentId(), k -> new EnumMap<>(EarlyWarningKind.class))
          .put(w.getKind(), w);
    }
    List<Crossing> crossings = new ArrayList<>();
    for (long id : new LinkedHashSet<>(studentIds)) {
      Map<EarlyWarningKind, EarlyWarning> mine = open.getOrDefault(id, Map.of());
      long inMonth = month.get(id).unjustified();
      check(
          crossings,
          mine,
          id,
          EarlyWarningKind.ABSENCES_MONTH,
          day,
          inMonth >= limits.unjustifiedMonth(),
          List.of(inMonth, limits.unjustifiedMonth(), monthStart));
      long inPeriod = period.get(id).unjustified();
      check(
          crossings,
          mine,
          id,
          EarlyWarningKind.ABSENCES_PERIOD,
          day,
          inPeriod >= limits.unjustifiedPeriod(),
          List.of(inPeriod, limits.unjustifiedPeriod(), periodStart));
      MarkTrend trend = MarkTrend.of(marks.getOrDefault(id, List.of()), limits.marksLast());
      boolean falling =
          (trend.drop() != null && trend.drop().compareTo(limits.marksDrop()) >= 0)
              || (trend.lastAverage() != null
                  && trend.lastAverage().compareTo(limits.marksBelow()) < 0);
      check(
          crossings,
          mine,
          id,
          EarlyWarningKind.MARKS_FALLING,
          day,
          falling,
          List.of(
              limits.marksLast(),
              trend.lastAverage() == null ? "—" : trend.lastAverage(),
              trend.earlierAverage() == null ? "—" : trend.earlierAverage(),
              limits.marksDrop(),
              limits.marksBelow()));
    }
    tell(crossings);
    return crossings.size();
  }

  /** A figure newly over its threshold, with the figures for its notice. */
  private record Crossing(long studentId, EarlyWarningKind kind, List<Object> figures) {}

  private void check(
      List<Crossing> crossings,
      Map<EarlyWarningKind, EarlyWarning> open,
      long studentId,
      EarlyWarningKind kind,
      LocalDate day,
      boolean over,
      List<Object> values) {
    EarlyWarning current = open.get(kind);
    if (over && current == null) {
      em.persist(new EarlyWarning(studentId, kind, day, figure(values)));
      crossings.add(new Crossing(studentId, kind, values));
    } else if (!over && current != null) {
      current.clear(day);
    }
  }

  /** One notice per crossing to the class teacher and the social pedagogues. */
  private void tell(List<Crossing> crossings) {
    if (crossings.isEmpty()) {
      return;
    }
    Set<Long> ids = new HashSet<>();
    crossings.forEach(c -> ids.add(c.studentId()));
    Map<Long, String> names = new HashMap<>();
    em.createQuery("SELECT s FROM Student s WHERE s.id IN :ids", Student.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(s -> names.put(s.getId(), s.getFullName()));
    Map<Long, ClassOf> classOf = classes.of(ids);
    Map<Long, Long> teacherOfClass = new HashMap<>();
    Set<Long> classIds = new HashSet<>();
    classOf.values().forEach(c -> classIds.add(c.classId()));
    if (!classIds.isEmpty()) {
      em.createQuery(CLASS_TEACHERS, ClassTeacherOf.class)
          .setParameter("ids", classIds)
          .getResultList()
          .forEach(t -> teacherOfClass.put(t.classId(), t.teacherId()));
    }
    Set<Long> pedagogues = new HashSet<>();
    em.createNamedQuery(StaffMember.FIND_ACTIVE_BY_ROLE, StaffMember.class)
        .setParameter("role", Role.SOCIAL_PEDAGOGUE)
        .getResultList()
        .forEach(s -> pedagogues.add(s.getId()));
    for (Crossing crossing : crossings) {
      ClassOf c = classOf.get(crossing.studentId());
      Set<Long> to = new HashSet<>(pedagogues);
      if (c != null && teacherOfClass.containsKey(c.classId())) {
        to.add(teacherOfClass.get(c.classId()));
      }
      List<Object> args = new ArrayList<>();
      args.add(names.get(crossing.studentId()));
      args.add(c == null ? "—" : c.name());
      args.addAll(crossing.figures());
      notices.notify(
          to,
          "notice.earlyWarning.subject",
          "notice.earlyWarning." + crossing.kind().name(),
          args.toArray());
    }
  }

  private static String figure(List<Object> values) {
    StringBuilder text = new StringBuilder();
    for (Object v : values) {
      if (!text.isEmpty()) {
        text.append(" / ");
      }
      text.append(v);
    }
    return text.toString();
  }

  private SchoolYear yearOf(LocalDate day) {
    return em
        .createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
        .setParameter("date", day)
        .getResultList()
        .stream()
        .findFirst()
        .orElse(null);
  }
}
