package lt.dienynas.preschool;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.WorkingDayCalendar;

/**
 * The pre-school education records as the services read them, access already checked by the caller:
 * groups, the rhythm, a week, a child's steps over time. Each list with one query.
 */
final class PreschoolRecords {
  private final EntityManager em;

  PreschoolRecords(EntityManager em) {
    this.em = em;
  }

  /** The pre-school group, or empty for any other group (or none). */
  Optional<PreschoolGroupInfo> group(long groupId) {
    return em.createQuery(
            "SELECT NEW lt.dienynas.preschool.PreschoolGroupInfo(g.id, g.name, y.id, y.name,"
                + " y.startDate, y.endDate, c.id) FROM StudyGroup g JOIN g.schoolYear y"
                + " LEFT JOIN g.schoolClass c WHERE g.id = :id"
                + " AND g.kind = lt.dienynas.school.GroupKind.PRESCHOOL",
            PreschoolGroupInfo.class)
        .setParameter("id", groupId)
        .getResultStream()
        .findFirst();
  }

  /** The pre-school groups of the school years that contain the day, by name. */
  List<PreschoolGroupInfo> groupsOn(LocalDate day) {
    return em.createQuery(
            "SELECT NEW lt.dienynas.preschool.PreschoolGroupInfo(g.id, g.name, y.id, y.name,"
                + " y.startDate, y.endDate, c.id) FROM StudyGroup g JOIN g.schoolYear y"
                + " LEFT JOIN g.schoolClass c WHERE g.kind = lt.dienynas.school.GroupKind.PRESCHOOL"
                + " AND y.startDate <= :day AND y.endDate >= :day ORDER BY g.name, g.id",
            PreschoolGroupInfo.class)
        .setParameter("day", day)
        .getResultList();
  }

  /** The pre-school groups the teacher is assigned to now, of the years that contain the day. */
  List<PreschoolGroupInfo> groupsTaughtOn(long teacherId, LocalDate day) {
    return em.createQuery(
            "SELECT DISTINCT NEW lt.dienynas.preschool.PreschoolGroupInfo(g.id, g.name, y.id,"
                + " y.name, y.startDate, y.endDate, c.id) FROM TeachingAssignment a JOIN a.group g"
                + " JOIN g.schoolYear y LEFT JOIN g.schoolClass c WHERE a.teacher.id = :teacher"
                + " AND g.kind = lt.dienynas.school.GroupKind.PRESCHOOL"
                + " AND (a.validity.to IS NULL OR a.validity.to >= :day)"
                + " AND y.startDate <= :day AND y.endDate >= :day ORDER BY g.name, g.id",
            PreschoolGroupInfo.class)
        .setParameter("teacher", teacherId)
        .setParameter("day", day)
        .getResultList();
  }

  /** The pre-school groups of a year, by name. */
  List<PreschoolGroupInfo> groupsOfYear(long yearId) {
    return em.createQuery(
            "SELECT NEW lt.dienynas.preschool.PreschoolGroupInfo(g.id, g.name, y.id, y.name,"
                + " y.startDate, y.endDate, c.id) FROM StudyGroup g JOIN g.schoolYear y"
                + " LEFT JOIN g.schoolClass c WHERE g.kind = lt.dienynas.school.GroupKind.PRESCHOOL"
                + " AND y.id = :year ORDER BY g.name, g.id",
            PreschoolGroupInfo.class)
        .setParameter("year", yearId)
        .getResultList();
  }

  /**
   * The pre-school group the child is in on the day, else the one they joined last.
   *
   * @return empty for a child of no pre-school group
   */
  Optional<PreschoolGroupInfo> groupOfChild(long studentId, LocalDate day) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT m.group_id FROM group_member m JOIN study_group g ON g.id = m.group_id"
                    + " AND g.kind = 'PRESCHOOL' WHERE m.student_id = ?1"
                    + " ORDER BY (m.valid_from <= ?2 AND (m.valid_to IS NULL OR m.valid_to >= ?2))"
                    + " DESC, m.valid_from DESC, m.id DESC")
            .setParameter(1, studentId)
            .setParameter(2, java.sql.Date.valueOf(day))
            .setMaxResults(1)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : group(((Number) rows.get(0)).longValue());
  }

  SchoolYear year(PreschoolGroupInfo group) {
    return em.find(SchoolYear.class, group.yearId());
  }

  Optional<DayRhythm> rhythmEntity(long groupId) {
    return em.createNamedQuery(DayRhythm.OF_GROUP, DayRhythm.class)
        .setParameter("groupId", groupId)
        .getResultStream()
        .findFirst();
  }

  DayRhythmView rhythm(PreschoolGroupInfo group) {
    return rhythmEntity(group.groupId())
        .map(
            r ->
                new DayRhythmView(
                    group.groupId(),
                    group.name(),
                    r.getItems().stream()
                        .map(i -> new RhythmLine(i.getStartsAt(), i.getEndsAt(), i.getActivity()))
                        .toList(),
                    r.getVersion(),
                    r.getUpdatedAt(),
                    names(List.of(r.getUpdatedBy())).get(r.getUpdatedBy())))
        .orElseGet(
            () -> new DayRhythmView(group.groupId(), group.name(), List.of(), null, null, null));
  }

  Optional<WeekPlan> planEntity(long groupId, LocalDate weekStart) {
    return em.createNamedQuery(WeekPlan.FIND, WeekPlan.class)
        .setParameter("groupId", groupId)
        .setParameter("weekStart", weekStart)
        .getResultStream()
        .findFirst();
  }

  WeekPlanView week(PreschoolGroupInfo group, LocalDate weekStart, LocalDate today) {
    SchoolYear year = year(group);
    WeekWindows windows = new WeekWindows(year.calendar());
    boolean planOpen = windows.planOpen(weekStart, today);
    boolean reflectionOpen = windows.reflectionOpen(weekStart, today);
    LocalDate end = weekStart.plusDays(6);
    return planEntity(group.groupId(), weekStart)
        .map(
            p -> {
              List<Long> ids = new ArrayList<>(List.of(p.getPlannedBy()));
              if (p.getReflectedBy() != null) {
                ids.add(p.getReflectedBy());
              }
              Map<Long, String> names = names(ids);
              return new WeekPlanView(
                  group.groupId(),
                  group.name(),
                  weekStart,
                  end,
                  p.getPlanText(),
                  names.get(p.getPlannedBy()),
                  p.getPlannedAt(),
                  p.getReflection(),
                  p.getReflectedBy() == null ? null : names.get(p.getReflectedBy()),
                  p.getReflectedAt(),
                  p.getVersion(),
                  planOpen,
                  reflectionOpen);
            })
        .orElseGet(
            () ->
                new WeekPlanView(
                    group.groupId(),
                    group.name(),
                    weekStart,
                    end,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    planOpen,
                    false));
  }

  /** Every step the child has, all school years, in the order of the assessments. */
  ChildProgress progress(long studentId) {
    List<StepRow> rows =
        em
            .createQuery(
                "SELECT NEW lt.dienynas.preschool.StepRow(s.yearId, y.name, y.startDate, s.round,"
                    + " s.competency, s.step, s.comment) FROM AchievementStep s, SchoolYear y"
                    + " WHERE y.id = s.yearId AND s.studentId = :student",
                StepRow.class)
            .setParameter("student", studentId)
            .getResultList()
            .stream()
            .sorted(
                java.util.Comparator.comparing(StepRow::yearStart)
                    .thenComparing(StepRow::round)
                    .thenComparing(StepRow::competency))
            .toList();
    List<AssessmentColumn> columns = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (StepRow r : rows) {
      index.computeIfAbsent(
          r.yearId() + ":" + r.round(),
          k -> {
            columns.add(new AssessmentColumn(r.yearId(), r.yearName(), r.round()));
            return columns.size() - 1;
          });
    }
    Map<Competency, Integer[]> steps = new EnumMap<>(Competency.class);
    Map<Competency, String> comments = new EnumMap<>(Competency.class);
    for (Competency c : Competency.values()) {
      steps.put(c, new Integer[columns.size()]);
    }
    for (StepRow r : rows) {
      steps.get(r.competency())[index.get(r.yearId() + ":" + r.round())] = r.step();
      if (r.comment() != null) {
        comments.put(r.competency(), r.comment());
      }
    }
    List<CompetencyProgress> progress = new ArrayList<>();
    for (Competency c : Competency.values()) {
      progress.add(
          new CompetencyProgress(c, java.util.Arrays.asList(steps.get(c)), comments.get(c)));
    }
    return new ChildProgress(studentId, childName(studentId), columns, progress);
  }

  String childName(long studentId) {
    return names(List.of(studentId)).getOrDefault(studentId, "");
  }

  /** The group's children whose membership overlaps the month, by surname. */
  List<PersonName> children(long groupId, YearMonth month) {
    return em.createQuery(
            "SELECT DISTINCT NEW lt.dienynas.preschool.PersonName(s.id, s.firstName, s.lastName)"
                + " FROM GroupMember m JOIN m.student s WHERE m.group.id = :group"
                + " AND m.validity.from <= :last AND (m.validity.to IS NULL OR m.validity.to >= :first)"
                + " ORDER BY s.lastName, s.firstName, s.id",
            PersonName.class)
        .setParameter("group", groupId)
        .setParameter("first", month.atDay(1))
        .setParameter("last", month.atEndOfMonth())
        .getResultList();
  }

  Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    for (PersonName n :
        em.createQuery(
                "SELECT NEW lt.dienynas.preschool.PersonName(p.id, p.firstName,"
                    + " p.lastName) FROM Person p WHERE p.id IN :ids",
                PersonName.class)
            .setParameter("ids", List.copyOf(ids))
            .getResultList()) {
      names.put(n.id(), n.fullName());
    }
    return names;
  }

  static LocalDate mondayOf(LocalDate day) {
    return day.with(DayOfWeek.MONDAY);
  }

  /**
   * When a week's plan and reflection may be written (§22.5): the plan from the Monday of the week
   * before to the week's Sunday; the reflection from the week's last working day (its Friday, or
   * the day before a holiday) to the end of the next week.
   */
  static final class WeekWindows {
    private final WorkingDayCalendar calendar;

    WeekWindows(WorkingDayCalendar calendar) {
      this.calendar = calendar;
    }

    boolean planOpen(LocalDate weekStart, LocalDate today) {
      return !today.isBefore(weekStart.minusWeeks(1)) && !today.isAfter(weekStart.plusDays(6));
    }

    boolean reflectionOpen(LocalDate weekStart, LocalDate today) {
      return !today.isBefore(reflectionDue(weekStart)) && !today.isAfter(weekStart.plusDays(13));
    }

    /** The plan is due by the end of the Friday before the week. */
    LocalDate planDue(LocalDate weekStart) {
      return weekStart.minusDays(3);
    }

    /** The week's last working day (its Friday unless that is a holiday); Friday if none. */
    LocalDate reflectionDue(LocalDate weekStart) {
      for (LocalDate day = weekStart.plusDays(4);
          !day.isBefore(weekStart);
          day = day.minusDays(1)) {
        if (calendar.isWorkingDay(day)) {
          return day;
        }
      }
      return weekStart.plusDays(4);
    }

    /** Whether the week has a working day at all (a whole week of public holidays has none). */
    boolean hasWorkingDay(LocalDate weekStart, LocalDate from, LocalDate to) {
      for (LocalDate day = weekStart; !day.isAfter(weekStart.plusDays(4)); day = day.plusDays(1)) {
        if (!day.isBefore(from) && !day.isAfter(to) && calendar.isWorkingDay(day)) {
          return true;
        }
      }
      return false;
    }
  }
}
