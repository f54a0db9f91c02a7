package lt.dienynas.school;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import lt.dienynas.shared.BusinessException;

/**
 * The one rule for dates a person writes: a day or a range of days lies within one school year of
 * the diary.
 */
public final class SchoolYears {
  private SchoolYears() {}

  /**
   * The school year that holds the whole range.
   *
   * @throws BusinessException {@code journal.datesRequired}, {@code dateRange.order} or {@code
   *     schoolYear.range}
   */
  public static SchoolYear containing(EntityManager em, LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      throw new BusinessException("journal.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("dateRange.order", from, to);
    }
    return em
        .createNamedQuery(SchoolYear.FIND_CONTAINING, SchoolYear.class)
        .setParameter("date", from)
        .getResultList()
        .stream()
        .filter(y -> !to.isAfter(y.getEndDate()))
        .findFirst()
        .orElseThrow(() -> new BusinessException("schoolYear.range", from, to));
  }
}
