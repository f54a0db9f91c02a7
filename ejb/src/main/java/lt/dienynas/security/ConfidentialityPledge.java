package lt.dienynas.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Konfidencialumo pasižadėjimas (§8): the text every employee accepts before working with the
 * diary. Versions come from migrations and never change; a new text is a new version, which every
 * employee accepts again.
 */
@Entity
@Table(name = "confidentiality_pledge")
@NamedQuery(
    name = ConfidentialityPledge.CURRENT,
    query =
        "SELECT p FROM ConfidentialityPledge p WHERE p.effectiveFrom <= :now"
            + " ORDER BY p.version DESC")
public class ConfidentialityPledge {
  public static final String CURRENT = "ConfidentialityPledge.current";

  @Id
  @Column(name = "version", updatable = false)
  private int version;

  @Column(name = "title", length = 200, nullable = false, updatable = false)
  private String title;

  @Column(name = "body", nullable = false, updatable = false)
  private String body;

  @Column(name = "effective_from", nullable = false, updatable = false)
  private LocalDateTime effectiveFrom;

  protected ConfidentialityPledge() {}

  public int getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getBody() {
    return body;
  }

  public LocalDateTime getEffectiveFrom() {
    return effectiveFrom;
  }
}
