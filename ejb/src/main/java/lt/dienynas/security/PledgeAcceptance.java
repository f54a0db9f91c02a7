package lt.dienynas.security;

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
import java.time.LocalDateTime;
import java.util.Objects;
import lt.dienynas.people.StaffMember;

/** An employee accepted a version of the confidentiality pledge at a time. Append-only. */
@Entity
@Table(name = "pledge_acceptance")
@NamedQuery(
    name = PledgeAcceptance.OF_PERSON_AND_VERSION,
    query =
        "SELECT a FROM PledgeAcceptance a WHERE a.person.id = :personId"
            + " AND a.pledgeVersion = :version")
public class PledgeAcceptance {
  public static final String OF_PERSON_AND_VERSION = "PledgeAcceptance.ofPersonAndVersion";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id", nullable = false, updatable = false)
  private StaffMember person;

  @Column(name = "pledge_version", nullable = false, updatable = false)
  private int pledgeVersion;

  @Column(name = "accepted_at", nullable = false, updatable = false)
  private LocalDateTime acceptedAt;

  protected PledgeAcceptance() {}

  public PledgeAcceptance(
      StaffMember person, ConfidentialityPledge pledge, LocalDateTime acceptedAt) {
    this.person = Objects.requireNonNull(person, "person");
    this.pledgeVersion = Objects.requireNonNull(pledge, "pledge").getVersion();
    this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
  }

  public Long getId() {
    return id;
  }

  public StaffMember getPerson() {
    return person;
  }

  public int getPledgeVersion() {
    return pledgeVersion;
  }

  public LocalDateTime getAcceptedAt() {
    return acceptedAt;
  }
}
