package lt.dienynas.locking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import lt.dienynas.history.ChainHead;
import lt.dienynas.school.SchoolClass;

/**
 * Mėnesio dienyno užrakinimas: whether a month of the diary is locked, for the whole school or for
 * one class. A class's own row overrides the school's row for that class.
 */
@Entity
@Table(name = "month_lock")
@NamedQuery(
    name = MonthLock.OF_MONTH,
    query = "SELECT l FROM MonthLock l WHERE l.month = :month AND l.scope IN :scopes")
@NamedQuery(
    name = MonthLock.EXPIRED_UNLOCKS,
    query = "SELECT l FROM MonthLock l WHERE l.locked = FALSE AND l.unlockedUntil < :now")
@NamedQuery(
    name = MonthLock.SCHOOL_MONTHS,
    query = "SELECT l.month FROM MonthLock l WHERE l.scope = '" + MonthLock.SCHOOL + "'")
public class MonthLock {
  public static final String OF_MONTH = "MonthLock.ofMonth";
  public static final String EXPIRED_UNLOCKS = "MonthLock.expiredUnlocks";
  public static final String SCHOOL_MONTHS = "MonthLock.schoolMonths";

  /** The scope of a whole-school row. */
  public static final String SCHOOL = "SCHOOL";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "month", nullable = false, updatable = false, length = 7)
  private String month;

  @Column(name = "scope", nullable = false, updatable = false, length = 24)
  private String scope;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "school_class_id", updatable = false)
  private SchoolClass schoolClass;

  @Column(name = "locked", nullable = false)
  private boolean locked;

  @Column(name = "unlocked_until")
  private LocalDateTime unlockedUntil;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Column(name = "changed_by", nullable = false, length = 64)
  private String changedBy;

  @Column(name = "history_last_id")
  private Long historyLastId;

  @Column(name = "history_mac", length = 64)
  private String historyMac;

  @Version private int version;

  protected MonthLock() {}

  /** A locked month, for the school (class null) or one class. */
  public MonthLock(YearMonth month, SchoolClass schoolClass, String by, LocalDateTime at) {
    this.month = Objects.requireNonNull(month, "month").toString();
    this.schoolClass = schoolClass;
    this.scope = scopeOf(schoolClass == null ? null : schoolClass.getId());
    lock(by, at);
  }

  public static String scopeOf(Long classId) {
    return classId == null ? SCHOOL : "C" + classId;
  }

  public void lock(String by, LocalDateTime at) {
    this.locked = true;
    this.unlockedUntil = null;
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  /** Opens the month until the given time; the nightly job locks it again after that. */
  public void unlock(LocalDateTime until, String by, LocalDateTime at) {
    this.locked = false;
    this.unlockedUntil = Objects.requireNonNull(until, "until");
    this.changedBy = Objects.requireNonNull(by, "by");
    this.changedAt = Objects.requireNonNull(at, "at");
  }

  /** Records the history chain's head as this lock or unlock left it (its own entry included). */
  public void recordHistoryHead(ChainHead head) {
    this.historyLastId = head.lastEntryId();
    this.historyMac = head.mac();
  }

  /** The history chain's head recorded at the last lock or unlock (null id: none recorded). */
  public ChainHead getHistoryHead() {
    return new ChainHead(historyLastId, historyMac);
  }

  public Long getId() {
    return id;
  }

  public YearMonth getMonth() {
    return YearMonth.parse(month);
  }

  public String getScope() {
    return scope;
  }

  public boolean isSchoolWide() {
    return SCHOOL.equals(scope);
  }

  public boolean isLocked() {
    return locked;
  }

  public LocalDateTime getUnlockedUntil() {
    return unlockedUntil;
  }

  public LocalDateTime getChangedAt() {
    return changedAt;
  }

  public String getChangedBy() {
    return changedBy;
  }
}
