package lt.dienynas.locking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import lt.dienynas.history.Change;
import lt.dienynas.history.HistoryAction;
import lt.dienynas.history.HistoryLog;
import lt.dienynas.history.HistorySource;

/**
 * The automatic lock of period results (§30): a semester or annual grade, the period's missed and
 * justified lesson counts and an additional or summer work's result lock at 24:00 of the day they
 * were entered. The nightly job calls {@link #lockEnteredBefore} for its day, so a result entered
 * today stays editable until the job runs tomorrow; after that only a correction act changes it.
 */
@Stateless
@HistorySource("result-lock job")
public class ResultLockService {

  /** The tables of period results with the column holding when each row was entered. */
  private static final Map<String, String> ENTERED_AT =
      Map.of(
          "period_grade", "entered_at",
          "period_attendance", "entered_at",
          "additional_work", "result_entered_at");

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private HistoryLog history;

  /**
   * Locks every result entered before {@code today} that is not locked yet, each with a history
   * entry; running it again for the same day changes nothing.
   *
   * @return the number of results locked
   */
  @PermitAll
  public int lockEnteredBefore(LocalDate today) {
    LocalDateTime midnight = today.atStartOfDay();
    int locked = 0;
    for (String table : List.of("period_grade", "period_attendance", "additional_work")) {
      String enteredAt = ENTERED_AT.get(table);
      List<?> ids =
          em.createNativeQuery(
                  "SELECT id FROM "
                      + table
                      + " WHERE locked = FALSE AND "
                      + enteredAt
                      + " < ?1 ORDER BY id FOR UPDATE")
              .setParameter(1, midnight)
              .getResultList();
      for (Object id : ids) {
        long rowId = ((Number) id).longValue();
        em.createNativeQuery("UPDATE " + table + " SET locked = TRUE, locked_at = ?1 WHERE id = ?2")
            .setParameter(1, midnight)
            .setParameter(2, rowId)
            .executeUpdate();
        history.record(
            new Change(
                table,
                rowId,
                HistoryAction.LOCK,
                Map.of("locked", false),
                Map.of("locked", true, "lockedAt", midnight)));
        locked++;
      }
    }
    return locked;
  }
}
