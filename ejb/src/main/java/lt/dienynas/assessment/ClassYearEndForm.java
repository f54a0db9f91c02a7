package lt.dienynas.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import lt.dienynas.school.PeriodKind;

/**
 * The class teacher's year-end form of a class and a period: per student the journal's missed and
 * justified lessons, the confirmed counts (if any) and the promotion decision, each with the
 * version it was loaded at (a write names it, so a stale write is refused).
 */
public record ClassYearEndForm(
    long classId,
    String className,
    long schoolYearId,
    PeriodKind period,
    LocalDate from,
    LocalDate to,
    List<Row> rows)
    implements Serializable {

  /**
   * One student.
   *
   * @param confirmedMissed the confirmed count, {@code null} while not confirmed
   * @param attendanceVersion the confirmed row's version, {@code null} while there is none
   * @param promotionVersion the decision's version, {@code null} while there is none
   */
  public record Row(
      long studentId,
      String studentName,
      int computedMissed,
      int computedJustified,
      Integer confirmedMissed,
      Integer confirmedJustified,
      boolean locked,
      Integer attendanceVersion,
      PromotionKind promotion,
      String promotionNote,
      Integer promotionVersion)
      implements Serializable {

    public boolean confirmed() {
      return confirmedMissed != null;
    }
  }
}
