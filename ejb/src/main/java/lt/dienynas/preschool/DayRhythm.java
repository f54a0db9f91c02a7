package lt.dienynas.preschool;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import lt.dienynas.shared.BusinessException;

/**
 * Dienos ritmas (§22.1): the pre-school group's day as a list of times and activities, written by
 * the group's teacher and shown to the children's guardians. The lines are kept in order of time,
 * no two starting at the same time.
 */
@Entity
@Table(name = "preschool_day_rhythm")
@NamedQuery(
    name = DayRhythm.OF_GROUP,
    query = "SELECT r FROM DayRhythm r WHERE r.groupId = :groupId")
public class DayRhythm implements Serializable {
  public static final String OF_GROUP = "DayRhythm.ofGroup";

  /** The longest activity text of one line. */
  public static final int ACTIVITY_LENGTH = 200;

  /** The most lines a day has. */
  public static final int MAX_ITEMS = 30;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "group_id", nullable = false, updatable = false)
  private long groupId;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "preschool_day_rhythm_item",
      joinColumns = @JoinColumn(name = "rhythm_id"))
  @OrderColumn(name = "item_no")
  private List<DayRhythmItem> items = new ArrayList<>();

  @Column(name = "updated_by", nullable = false)
  private long updatedBy;

  @Column(name = "updated_at", nullable = false)
  private LocalDateTime updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected DayRhythm() {}

  public DayRhythm(long groupId, List<DayRhythmItem> items, long by, LocalDateTime at) {
    this.groupId = groupId;
    replace(items, by, at);
  }

  /**
   * The teacher writes the day anew.
   *
   * @throws BusinessException {@code preschool.rhythm.empty}, {@code preschool.rhythm.tooLong},
   *     {@code preschool.rhythm.sameTime}
   */
  public void replace(List<DayRhythmItem> lines, long by, LocalDateTime at) {
    if (lines == null || lines.isEmpty()) {
      throw new BusinessException("preschool.rhythm.empty");
    }
    if (lines.size() > MAX_ITEMS) {
      throw new BusinessException("preschool.rhythm.tooLong", MAX_ITEMS);
    }
    List<DayRhythmItem> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparing(DayRhythmItem::getStartsAt));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).getStartsAt().equals(sorted.get(i - 1).getStartsAt())) {
        throw new BusinessException("preschool.rhythm.sameTime", sorted.get(i).getStartsAt());
      }
    }
    items.clear();
    items.addAll(sorted);
    this.updatedBy = by;
    this.updatedAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public long getGroupId() {
    return groupId;
  }

  public List<DayRhythmItem> getItems() {
    return List.copyOf(items);
  }

  public long getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
