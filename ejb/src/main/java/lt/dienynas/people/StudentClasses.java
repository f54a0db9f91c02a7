package lt.dienynas.people;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lt.dienynas.school.ClassLevel;
import lt.dienynas.shared.SchoolClock;

/**
 * The class each student is in now (or will be, when the year has not begun), for lists that show
 * students with their class: one query for any number of students. A helper of services that have
 * already checked access; it reveals nothing by itself.
 */
@Stateless
@PermitAll
public class StudentClasses {

  private static final String CLASSES_OF_STUDENTS =
      "SELECT m.student.id, c.id, c.name, c.level, c.grade FROM GroupMember m JOIN m.group g"
          + " JOIN g.schoolClass c WHERE m.student.id IN :ids"
          + " AND g.kind IN (lt.dienynas.school.GroupKind.CLASS,"
          + " lt.dienynas.school.GroupKind.PRESCHOOL)"
          + " AND (m.validity.to IS NULL OR m.validity.to >= :today) ORDER BY m.validity.from";

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @Inject private SchoolClock clock;

  /** A student's class: its id, name ("5a"), level and grade (0 for pre-school groups). */
  public record ClassOf(long classId, String name, ClassLevel level, int grade) {
    /** Grades 5–8: the students who have their own login (§17.5). */
    public boolean isUpperGrade() {
      return level == ClassLevel.GRADE && grade >= 5 && grade <= 8;
    }
  }

  /** The latest class of each of the students; a student in no class is missing from the map. */
  public Map<Long, ClassOf> of(Collection<Long> studentIds) {
    Map<Long, ClassOf> classes = new LinkedHashMap<>();
    if (studentIds.isEmpty()) {
      return classes;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createQuery(CLASSES_OF_STUDENTS)
            .setParameter("ids", studentIds)
            .setParameter("today", clock.today())
            .getResultList();
    for (Object[] r : rows) {
      classes.put(
          ((Number) r[0]).longValue(),
          new ClassOf(
              ((Number) r[1]).longValue(),
              (String) r[2],
              (ClassLevel) r[3],
              r[4] == null ? 0 : ((Number) r[4]).intValue()));
    }
    return classes;
  }

  public Optional<ClassOf> of(long studentId) {
    return Optional.ofNullable(of(List.of(studentId)).get(studentId));
  }
}
