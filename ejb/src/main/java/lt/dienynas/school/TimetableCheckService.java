package lt.dienynas.school;

import static lt.dienynas.security.Role.Names.DB_ADMIN;
import static lt.dienynas.security.Role.Names.DEPUTY;
import static lt.dienynas.security.Role.Names.DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lt.dienynas.school.TimetableCheck.ClassRef;
import lt.dienynas.school.TimetableCheck.GroupLessons;
import lt.dienynas.school.TimetableCheck.Mismatch;
import lt.dienynas.security.AccessPolicy;

/**
 * The yearly check of the classes' timetables (§18.8): the classes whose weekly lessons of a
 * subject differ from the curriculum hours of their grade, on a day of the school year. Reads the
 * timetable of the journal ({@code timetable_slot}); three queries whatever the school's size.
 */
@Stateless
@RolesAllowed({DB_ADMIN, DEPUTY, DIRECTOR})
public class TimetableCheckService {

  private static final String WEEKLY_LESSONS =
      """
      SELECT g.school_class_id, t.subject_id, g.id, g.kind, COUNT(*)
        FROM timetable_slot t
        JOIN study_group g ON g.id = t.group_id AND g.kind IN ('CLASS', 'SUBJECT')
       WHERE t.school_year_id = ?1 AND g.school_class_id IS NOT NULL
         AND t.valid_from <= ?2 AND (t.valid_to IS NULL OR t.valid_to >= ?2)
       GROUP BY g.school_class_id, t.subject_id, g.id, g.kind
      """;

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private AccessPolicy policy;

  /** The mismatches on {@code day} (the year's first day when the day is outside the year). */
  public List<Mismatch> check(long yearId, LocalDate day) {
    policy.requireSchoolWideRead("TIMETABLE_CHECK");
    SchoolYear year = em.find(SchoolYear.class, yearId);
    if (year == null) {
      throw policy.refuse("TIMETABLE_CHECK", "schoolYear", yearId);
    }
    LocalDate on = day != null && year.contains(day) ? day : year.getStartDate();
    List<ClassRef> classes =
        em.createNamedQuery(SchoolClass.FIND_BY_YEAR, SchoolClass.class)
            .setParameter("year", year)
            .getResultStream()
            .filter(c -> c.getLevel() != ClassLevel.PRESCHOOL)
            .map(
                c ->
                    new ClassRef(
                        c.getId(),
                        c.getName(),
                        c.getGrade().orElse(CurriculumLine.PREPRIMARY_GRADE)))
            .toList();
    Map<Integer, Map<Long, Integer>> curriculum = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    for (CurriculumLine line :
        em.createNamedQuery(CurriculumLine.FIND_BY_YEAR, CurriculumLine.class)
            .setParameter("year", year)
            .getResultList()) {
      curriculum
          .computeIfAbsent(line.getGrade(), g -> new HashMap<>())
          .put(line.getSubject().getId(), line.getWeeklyLessons());
      names.put(line.getSubject().getId(), line.getSubject().getName());
    }
    List<Object[]> rows =
        em.createNativeQuery(WEEKLY_LESSONS)
            .setParameter(1, yearId)
            .setParameter(2, on)
            .getResultList();
    List<GroupLessons> timetable =
        rows.stream()
            .map(
                r ->
                    new GroupLessons(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        "CLASS".equals(r[3]),
                        ((Number) r[4]).intValue()))
            .toList();
    timetable.stream()
        .map(GroupLessons::subjectId)
        .filter(id -> !names.containsKey(id))
        .distinct()
        .forEach(id -> names.put(id, em.find(Subject.class, id).getName()));
    return TimetableCheck.mismatches(classes, curriculum, timetable, names);
  }
}
