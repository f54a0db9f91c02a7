package lt.dienynas.yearend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import lt.dienynas.shared.BusinessException;

/**
 * The sign-off of a class's summary: the class teacher's confirmation (the electronic equivalent of
 * signing, §21.18), the deputy's acceptance, and a re-opening by a correction act (§30.1).
 */
@Entity
@Table(name = "yearend_signoff")
@NamedQuery(name = SignOff.FIND, query = "SELECT s FROM SignOff s WHERE s.classId = :classId")
@NamedQuery(
    name = SignOff.OF_YEAR,
    query = "SELECT s FROM SignOff s WHERE s.yearId = :yearId ORDER BY s.classId")
@NamedQuery(
    name = SignOff.OF_CLASSES,
    query = "SELECT s FROM SignOff s WHERE s.classId IN :classIds ORDER BY s.classId")
public class SignOff {
  public static final String FIND = "SignOff.find";
  public static final String OF_YEAR = "SignOff.ofYear";
  public static final String OF_CLASSES = "SignOff.ofClasses";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "school_year_id", nullable = false, updatable = false)
  private long yearId;

  @Column(name = "school_class_id", nullable = false, updatable = false)
  private long classId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private SignOffStatus status;

  @Column(name = "summary_sha256", length = 64)
  private String summarySha256;

  @Column(name = "confirmed_by")
  private Long confirmedBy;

  @Column(name = "confirmed_by_name", length = 201)
  private String confirmedByName;

  @Column(name = "confirmed_at")
  private LocalDateTime confirmedAt;

  @Column(name = "accepted_by")
  private Long acceptedBy;

  @Column(name = "accepted_by_name", length = 201)
  private String acceptedByName;

  @Column(name = "accepted_at")
  private LocalDateTime acceptedAt;

  @Column(name = "reopened_at")
  private LocalDateTime reopenedAt;

  @Column(name = "reopened_by_act")
  private Long reopenedByAct;

  @Version private int version;

  protected SignOff() {}

  public SignOff(long yearId, long classId) {
    this.yearId = yearId;
    this.classId = classId;
    this.status = SignOffStatus.OPEN;
  }

  /** The class teacher confirms the summary with these bytes' hash. */
  public void confirm(long personId, String name, LocalDateTime at, String sha256) {
    if (status.frozen()) {
      throw new BusinessException("yearend.alreadyConfirmed");
    }
    status = SignOffStatus.CONFIRMED;
    confirmedBy = personId;
    confirmedByName = name;
    confirmedAt = at;
    summarySha256 = sha256;
    acceptedBy = null;
    acceptedByName = null;
    acceptedAt = null;
  }

  /** The deputy accepts a confirmed summary. */
  public void accept(long personId, String name, LocalDateTime at) {
    if (status != SignOffStatus.CONFIRMED) {
      throw new BusinessException("yearend.notConfirmed");
    }
    status = SignOffStatus.ACCEPTED;
    acceptedBy = personId;
    acceptedByName = name;
    acceptedAt = at;
  }

  /**
   * A correction act changed the class's data: a frozen summary opens again (visibly: the act and
   * the time stay on record) and must be confirmed again. Returns whether it was frozen.
   */
  public boolean reopen(long actId, LocalDateTime at) {
    if (!status.frozen()) {
      return false;
    }
    status = SignOffStatus.REOPENED;
    reopenedAt = at;
    reopenedByAct = actId;
    return true;
  }

  public Long getId() {
    return id;
  }

  public long getYearId() {
    return yearId;
  }

  public long getClassId() {
    return classId;
  }

  public SignOffStatus getStatus() {
    return status;
  }

  public String getSummarySha256() {
    return summarySha256;
  }

  public Long getConfirmedBy() {
    return confirmedBy;
  }

  public String getConfirmedByName() {
    return confirmedByName;
  }

  public LocalDateTime getConfirmedAt() {
    return confirmedAt;
  }

  public String getAcceptedByName() {
    return acceptedByName;
  }

  public LocalDateTime getAcceptedAt() {
    return acceptedAt;
  }

  public LocalDateTime getReopenedAt() {
    return reopenedAt;
  }

  public Long getReopenedByAct() {
    return reopenedByAct;
  }
}
