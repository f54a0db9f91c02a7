package lt.dienynas.journal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The marked school days (§23.3, §23.15) that concern some classes of some years, in one query: for
 * the journal grid and the diary, which have checked the reader's access already.
 */
public final class SchoolDays {
  private static final String MARKS =
      "SELECT d.id, d.day, c.id, c.name, d.kind, d.reason, d.note, d.version FROM SchoolDayMark d"
          + " LEFT JOIN d.schoolClass c WHERE d.day BETWEEN :from AND :to"
          + " AND ((c IS NULL AND d.schoolYear.id IN :years) OR c.id IN :classes)"
          + " ORDER BY d.day, c.name";

  private SchoolDays() {}

  /**
   * @param yearIds the years whose whole-school marks count
   * @param classIds the classes whose own marks count
   */
  public static List<SchoolDayView> of(
      EntityManager em,
      Collection<Long> yearIds,
      Collection<Long> classIds,
      LocalDate from,
      LocalDate to) {
    if (yearIds.isEmpty() && classIds.isEmpty()) {
      return List.of();
    }
    List<SchoolDayView> days = new ArrayList<>();
    for (Object[] r :
        em.createQuery(MARKS, Object[].class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("years", yearIds.isEmpty() ? List.of(-1L) : yearIds)
            .setParameter("classes", classIds.isEmpty() ? List.of(-1L) : classIds)
            .getResultList()) {
      days.add(view(r));
    }
    return days;
  }

  static SchoolDayView view(Object[] r) {
    return new SchoolDayView(
        (Long) r[0],
        (LocalDate) r[1],
        (Long) r[2],
        (String) r[3],
        (SchoolDayKind) r[4],
        (NotHeldReason) r[5],
        (String) r[6],
        (Integer) r[7]);
  }
}
