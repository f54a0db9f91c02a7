package lt.dienynas.yearend;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One step of a sign-off's trail: confirmed, accepted or re-opened; never changed. */
@Entity
@Table(name = "yearend_signoff_event")
@NamedQuery(
    name = SignOffEvent.OF_YEAR,
    query =
        "SELECT e FROM SignOffEvent e WHERE e.signOffId IN"
            + " (SELECT s.id FROM SignOff s WHERE s.yearId = :yearId) ORDER BY e.id")
@NamedQuery(
    name = SignOffEvent.OF_SIGN_OFF,
    query = "SELECT e FROM SignOffEvent e WHERE e.signOffId = :signOffId ORDER BY e.id")
public class SignOffEvent {
  public static final String OF_YEAR = "SignOffEvent.ofYear";
  public static final String OF_SIGN_OFF = "SignOffEvent.ofSignOff";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "signoff_id", nullable = false, updatable = false)
  private long signOffId;

  @Column(name = "action", length = 20, nullable = false, updatable = false)
  private String action;

  @Column(name = "person_id", updatable = false)
  private Long personId;

  @Column(name = "person_name", length = 201, updatable = false)
  private String personName;

  @Column(name = "at", nullable = false, updatable = false)
  private LocalDateTime at;

  @Column(name = "act_id", updatable = false)
  private Long actId;

  @Column(name = "summary_sha256", length = 64, updatable = false)
  private String summarySha256;

  protected SignOffEvent() {}

  public SignOffEvent(
      long signOffId,
      String action,
      Long personId,
      String personName,
      LocalDateTime at,
      Long actId,
      String summarySha256) {
    this.signOffId = signOffId;
    this.action = action;
    this.personId = personId;
    this.personName = personName;
    this.at = at;
    this.actId = actId;
    this.summarySha256 = summarySha256;
  }

  public long getSignOffId() {
    return signOffId;
  }

  public String getAction() {
    return action;
  }

  public String getPersonName() {
    return personName;
  }

  public LocalDateTime getAt() {
    return at;
  }

  public Long getActId() {
    return actId;
  }

  public String getSummarySha256() {
    return summarySha256;
  }
}
