package lt.dienynas.preschool;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/** One line of the day rhythm: from when (until when) the group does what. */
@Embeddable
public class DayRhythmItem implements Serializable {
  @Column(name = "starts_at", nullable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at")
  private LocalTime endsAt;

  @Column(name = "activity", length = DayRhythm.ACTIVITY_LENGTH, nullable = false)
  private String activity;

  protected DayRhythmItem() {}

  /**
   * @throws BusinessException {@code preschool.rhythm.timeOrder} when it ends before it starts,
   *     {@code preschool.rhythm.activity} without an activity or with one that is too long
   */
  public DayRhythmItem(LocalTime startsAt, LocalTime endsAt, String activity) {
    Objects.requireNonNull(startsAt, "startsAt");
    if (endsAt != null && !endsAt.isAfter(startsAt)) {
      throw new BusinessException("preschool.rhythm.timeOrder", startsAt, endsAt);
    }
    if (activity == null
        || activity.isBlank()
        || activity.strip().length() > DayRhythm.ACTIVITY_LENGTH) {
      throw new BusinessException("preschool.rhythm.activity", DayRhythm.ACTIVITY_LENGTH);
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.activity = activity.strip();
  }

  public LocalTime getStartsAt() {
    return startsAt;
  }

  public LocalTime getEndsAt() {
    return endsAt;
  }

  public String getActivity() {
    return activity;
  }

  @Override
  public String toString() {
    return startsAt + (endsAt == null ? "" : "–" + endsAt) + " " + activity;
  }
}
