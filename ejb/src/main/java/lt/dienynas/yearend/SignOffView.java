package lt.dienynas.yearend;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the sign-off page shows of a class: the summary's state, the §21.18 window, the stored
 * summary's hash and production time, and the trail of confirmations and re-openings.
 */
public record SignOffView(
    long classId,
    String className,
    String yearName,
    SignOffStatus status,
    SignOffWindow window,
    String summarySha256,
    LocalDateTime summaryProducedAt,
    String confirmedByName,
    LocalDateTime confirmedAt,
    String acceptedByName,
    LocalDateTime acceptedAt,
    Long reopenedByAct,
    LocalDateTime reopenedAt,
    List<Step> trail)
    implements Serializable {

  public SignOffView {
    trail = List.copyOf(trail);
  }

  public boolean summaryReady() {
    return summarySha256 != null;
  }

  /** One confirmation, acceptance or re-opening. */
  public record Step(String action, String personName, LocalDateTime at, Long actId)
      implements Serializable {}
}
