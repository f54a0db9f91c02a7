package lt.dienynas.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Įrašų keitimo istorija: one change of diary data — what it was, what it became, who, when, from
 * where, under which correction act. Written once, never changed: every column is insert-only and
 * the table refuses UPDATE and DELETE. Its MAC (column {@code hash}: HMAC-SHA256 under the
 * installation's history key, {@link HistoryKey}) covers its content and the previous entry's MAC.
 */
@Entity
@Table(name = "history_entry")
@NamedQuery(
    name = HistoryEntry.OF_RECORD,
    query =
        "SELECT h FROM HistoryEntry h WHERE h.entityType = :type AND h.entityId = :id ORDER BY h.id")
@NamedQuery(
    name = HistoryEntry.OF_ACT,
    query = "SELECT h FROM HistoryEntry h WHERE h.correctionActId = :act ORDER BY h.id")
@NamedQuery(
    name = HistoryEntry.CHAIN_FROM,
    query = "SELECT h FROM HistoryEntry h WHERE h.id > :after ORDER BY h.id")
public class HistoryEntry implements Serializable {
  public static final String OF_RECORD = "HistoryEntry.ofRecord";
  public static final String OF_ACT = "HistoryEntry.ofAct";
  public static final String CHAIN_FROM = "HistoryEntry.chainFrom";

  /** The MAC before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(name = "actor_login", nullable = false, updatable = false, length = 64)
  private String actorLogin;

  @Column(name = "actor_person_id", updatable = false)
  private Long actorPersonId;

  @Column(name = "source", nullable = false, updatable = false, length = 60)
  private String source;

  @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false, length = 40)
  private String entityId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, updatable = false, length = 12)
  private HistoryAction action;

  @Column(name = "before_value", updatable = false)
  private String beforeValue;

  @Column(name = "after_value", updatable = false)
  private String afterValue;

  @Column(name = "correction_act_id", updatable = false)
  private Long correctionActId;

  @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
  private String prevHash;

  @Column(name = "hash", nullable = false, updatable = false, length = 64)
  private String hash;

  protected HistoryEntry() {}

  HistoryEntry(
      LocalDateTime occurredAt,
      String actorLogin,
      Long actorPersonId,
      String source,
      String entityType,
      String entityId,
      HistoryAction action,
      String beforeValue,
      String afterValue,
      Long correctionActId,
      String prevHash,
      HistoryMac mac) {
    this.occurredAt =
        Objects.requireNonNull(occurredAt, "occurredAt")
            .withNano(occurredAt.getNano() / 1_000_000 * 1_000_000);
    this.actorLogin = Objects.requireNonNull(actorLogin, "actorLogin");
    this.actorPersonId = actorPersonId;
    this.source = Objects.requireNonNull(source, "source");
    this.entityType = Objects.requireNonNull(entityType, "entityType");
    this.entityId = Objects.requireNonNull(entityId, "entityId");
    this.action = Objects.requireNonNull(action, "action");
    this.beforeValue = beforeValue;
    this.afterValue = afterValue;
    this.correctionActId = correctionActId;
    this.prevHash = Objects.requireNonNull(prevHash, "prevHash");
    this.hash = computeMac(mac);
  }

  /**
   * The entry's MAC: HMAC-SHA256 under the installation's history key over every field and the
   * previous entry's MAC, in a fixed, unambiguous layout ({@link #canonical}).
   */
  public String computeMac(HistoryMac mac) {
    return mac.mac(
        canonical(
            prevHash,
            occurredAt,
            actorLogin,
            actorPersonId,
            source,
            entityType,
            entityId,
            action.name(),
            beforeValue,
            afterValue,
            correctionActId));
  }

  /**
   * The text an entry's MAC covers: each field as {@code <length>:<text>|} (a null as one NUL), so
   * that no two different entries give the same text.
   */
  public static String canonical(
      String prevHash,
      LocalDateTime occurredAt,
      String actorLogin,
      Long actorPersonId,
      String source,
      String entityType,
      String entityId,
      String action,
      String beforeValue,
      String afterValue,
      Long correctionActId) {
    StringBuilder canonical = new StringBuilder();
    for (Object field :
        new Object[] {
          prevHash,
          TIME.format(occurredAt),
          actorLogin,
          actorPersonId,
          source,
          entityType,
          entityId,
          action,
          beforeValue,
          afterValue,
          correctionActId
        }) {
      String text = field == null ? "\u0000" : field.toString();
      canonical.append(text.length()).append(':').append(text).append('|');
    }
    return canonical.toString();
  }

  /** Whether the stored MAC still matches the content and the given predecessor's MAC. */
  public boolean isIntactAfter(String predecessorHash, HistoryMac mac) {
    return prevHash.equals(predecessorHash) && hash.equals(computeMac(mac));
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActorLogin() {
    return actorLogin;
  }

  public Long getActorPersonId() {
    return actorPersonId;
  }

  public String getSource() {
    return source;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public HistoryAction getAction() {
    return action;
  }

  public String getBeforeValue() {
    return beforeValue;
  }

  public String getAfterValue() {
    return afterValue;
  }

  public Long getCorrectionActId() {
    return correctionActId;
  }

  public String getPrevHash() {
    return prevHash;
  }

  public String getHash() {
    return hash;
  }
}
