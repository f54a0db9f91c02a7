package lt.dienynas.school;

import static lt.dienynas.security.Role.Names.DB_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.people.StaffMember;
import lt.dienynas.people.Student;
import lt.dienynas.school.YearRollover.ClassSnapshot;
import lt.dienynas.school.YearRollover.ClassStep;
import lt.dienynas.school.YearRollover.GroupSnapshot;
import lt.dienynas.school.YearRollover.GroupStep;
import lt.dienynas.school.YearRollover.Plan;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.shared.BusinessException;

/**
 * The year rollover (§18.2): previews, then carries out a {@link YearRollover} plan — the new
 * year's classes, groups and class lists, last year's curriculum and bell schedule copied — and
 * closes last year, which from then on is read-only and unchanged.
 */
@Stateless
@RolesAllowed(DB_ADMIN)
public class YearRolloverService {

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /** The plan with what the page needs to show it, and a fingerprint to apply exactly it. */
  public record Preview(
      long fromYearId,
      String fromYearName,
      Plan plan,
      Map<Long, String> teacherNames,
      int curriculumLines,
      int lessonTimes,
      String fingerprint)
      implements Serializable {}

  /**
   * What the rollover of {@code fromYearId} into a new year would do; changes nothing.
   *
   * @throws BusinessException {@code schoolYear.readOnly}, {@code rollover.name}, {@code
   *     rollover.nameTaken}, {@code rollover.dates}
   */
  public Preview preview(long fromYearId, String newName, LocalDate newStart, LocalDate newEnd) {
    policy.requireAdministration("YEAR_ROLLOVER_PREVIEW");
    return build(year(fromYearId), newName, newStart, newEnd);
  }

  /**
   * Carries out the plan the preview showed.
   *
   * @param fingerprint {@link Preview#fingerprint()} of the preview the admin accepted
   * @return the new year's id
   * @throws BusinessException {@code rollover.changed} when the plan is no longer the one
   *     previewed, or any of {@link #preview}
   */
  public long apply(
      long fromYearId, String newName, LocalDate newStart, LocalDate newEnd, String fingerprint) {
    policy.requireAdministration("YEAR_ROLLOVER");
    SchoolYear old = year(fromYearId);
    Preview preview = build(old, newName, newStart, newEnd);
    if (!preview.fingerprint().equals(fingerprint)) {
      throw new BusinessException("rollover.changed");
    }
    Plan plan = preview.plan();
    SchoolYear year = new SchoolYear(plan.newYearName(), plan.newStart(), plan.newEnd());
    em.persist(year);
    Map<Long, SchoolClass> newClassByOld = new HashMap<>();
    for (ClassStep step : plan.classes()) {
      if (!step.createsClass()) {
        continue;
      }
      SchoolClass created =
          step.newLevel() == ClassLevel.GRADE
              ? new SchoolClass(year, step.newGrade(), step.newLetter())
              : new SchoolClass(year, step.newLevel(), step.newLetter(), step.newName());
      if (step.classTeacherId() != null) {
        StaffMember teacher = em.find(StaffMember.class, step.classTeacherId());
        if (teacher != null && teacher.isActive()) {
          created.assignClassTeacher(teacher);
        }
      }
      em.persist(created);
      StudyGroup list =
          step.newLevel() == ClassLevel.GRADE
              ? StudyGroup.ofClass(created)
              : new StudyGroup(year, GroupKind.PRESCHOOL, created.getName(), created, null);
      em.persist(list);
      addMembers(list, step.students(), year.getStartDate());
      if (step.action() != YearRollover.ClassAction.NEW_PREPRIMARY) {
        newClassByOld.put(step.fromClassId(), created);
      }
    }
    for (GroupStep step : plan.groups()) {
      StudyGroup group =
          new StudyGroup(
              year,
              step.kind(),
              step.newName(),
              newClassByOld.get(step.fromClassId()),
              step.subjectId() == null ? null : em.find(Subject.class, step.subjectId()));
      em.persist(group);
      addMembers(group, step.members(), year.getStartDate());
    }
    for (CurriculumLine line :
        em.createNamedQuery(CurriculumLine.FIND_BY_YEAR, CurriculumLine.class)
            .setParameter("year", old)
            .getResultList()) {
      em.persist(
          new CurriculumLine(year, line.getGrade(), line.getSubject(), line.getWeeklyLessons()));
    }
    for (LessonTime time :
        em.createNamedQuery(LessonTime.FIND_BY_YEAR, LessonTime.class)
            .setParameter("year", old)
            .getResultList()) {
      em.persist(
          new LessonTime(year, time.getLessonNumber(), time.getStartsAt(), time.getEndsAt()));
    }
    old.close();
    em.flush();
    return year.getId();
  }

  private void addMembers(StudyGroup group, List<Long> students, LocalDate from) {
    for (Long id : students) {
      em.persist(new GroupMember(group, em.getReference(Student.class, id), from));
    }
  }

  private SchoolYear year(long id) {
    SchoolYear year = em.find(SchoolYear.class, id);
    if (year == null) {
      throw policy.refuse("YEAR_ROLLOVER", "schoolYear", id);
    }
    return year;
  }

  private Preview build(SchoolYear old, String newName, LocalDate newStart, LocalDate newEnd) {
    old.requireWritable();
    if (newName == null || newName.isBlank() || newName.strip().length() > 20) {
      throw new BusinessException("rollover.name");
    }
    if (newStart == null
        || newEnd == null
        || !newStart.isAfter(old.getEndDate())
        || !newStart.isBefore(newEnd)) {
      throw new BusinessException("rollover.dates", old.getEndDate());
    }
    if (!em.createNamedQuery(SchoolYear.FIND_BY_NAME)
        .setParameter("name", newName.strip())
        .getResultList()
        .isEmpty()) {
      throw new BusinessException("rollover.nameTaken", newName.strip());
    }
    List<SchoolClass> classes =
        em.createNamedQuery(SchoolClass.FIND_BY_YEAR, SchoolClass.class)
            .setParameter("year", old)
            .getResultList();
    List<StudyGroup> groups =
        em.createNamedQuery(StudyGroup.FIND_BY_YEAR, StudyGroup.class)
            .setParameter("year", old)
            .getResultList();
    Map<Long, List<Long>> members = new HashMap<>();
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.group.id, m.student.id FROM GroupMember m"
                    + " WHERE m.group.schoolYear = :year"
                    + " AND (m.validity.to IS NULL OR m.validity.to >= :end)"
                    + " ORDER BY m.student.lastName, m.student.firstName, m.student.id",
                Object[].class)
            .setParameter("year", old)
            .setParameter("end", old.getEndDate())
            .getResultList();
    for (Object[] row : rows) {
      members.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
    }
    Map<Long, String> teacherNames = new LinkedHashMap<>();
    List<ClassSnapshot> classSnapshots = new ArrayList<>();
    for (SchoolClass c : classes) {
      c.getClassTeacher().ifPresent(t -> teacherNames.put(t.getId(), t.getFullName()));
      classSnapshots.add(
          new ClassSnapshot(
              c.getId(),
              c.getLevel(),
              c.getGrade().orElse(null),
              c.getLetter(),
              c.getName(),
              c.getClassTeacher().map(StaffMember::getId).orElse(null)));
    }
    Map<Long, GroupSnapshot> classLists = new HashMap<>();
    List<GroupSnapshot> others = new ArrayList<>();
    for (StudyGroup g : groups) {
      GroupSnapshot snapshot =
          new GroupSnapshot(
              g.getId(),
              g.getKind(),
              g.getName(),
              g.getSchoolClass().map(SchoolClass::getId).orElse(null),
              g.getSubject().map(Subject::getId).orElse(null),
              members.getOrDefault(g.getId(), List.of()));
      boolean isList =
          (g.getKind() == GroupKind.CLASS || g.getKind() == GroupKind.PRESCHOOL)
              && snapshot.classId() != null
              && !classLists.containsKey(snapshot.classId());
      if (isList) {
        classLists.put(snapshot.classId(), snapshot);
      } else {
        others.add(snapshot);
      }
    }
    Plan plan =
        YearRollover.plan(newName.strip(), newStart, newEnd, classSnapshots, classLists, others);
    int curriculum =
        em.createNamedQuery(CurriculumLine.FIND_BY_YEAR)
            .setParameter("year", old)
            .getResultList()
            .size();
    int lessonTimes =
        em.createNamedQuery(LessonTime.FIND_BY_YEAR)
            .setParameter("year", old)
            .getResultList()
            .size();
    return new Preview(
        old.getId(),
        old.getName(),
        plan,
        teacherNames,
        curriculum,
        lessonTimes,
        Integer.toHexString(plan.toString().hashCode()));
  }
}
