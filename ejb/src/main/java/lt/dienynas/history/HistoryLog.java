package lt.dienynas.history;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import lt.dienynas.security.AccessPolicy;
import lt.dienynas.security.Actor;
import lt.dienynas.security.Actors;
import lt.dienynas.security.Role;
import lt.dienynas.shared.SchoolClock;
import lt.dienynas.shared.TransactionMemo;

/**
 * The history of diary data (§19.7): every service that changes a lesson, a mark, an absence, a
 * period grade or a lock records it here, in its own transaction, so that the change and its
 * history entry commit or roll back together. Entries are chained in commit order (the appender
 * locks the chain's head row) by a keyed MAC (HMAC-SHA256 under the installation's {@link
 * HistoryKey}, kept outside the database), and {@link #verify()} finds any entry changed later —
 * also one rewritten and re-chained by someone who can write the table but has no key.
 */
@Stateless
public class HistoryLog {
  @Inject private SchoolClock clock;

  /** Entries per INSERT statement, far below the database's limit of placeholders. */
  private static final int INSERT_ROWS = 500;

  private static final int INSERT_COLUMNS = 12;

  /** The chain's last hash, once this transaction has locked the head row. */
  private static final TransactionMemo.Key HEAD = new TransactionMemo.Key("HISTORY_HEAD");

  @PersistenceContext(unitName = "dienynas")
  private EntityManager em;

  @EJB private Actors actors;

  @EJB private HistoryKey key;

  @EJB private AccessPolicy policy;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transaction;

  @Inject private ChangeContext context;

  /**
   * Appends the change, attributed to the calling person, with the source and the correction act of
   * the {@link ChangeContext}.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(Change change) {
    recordAll(List.of(change));
  }

  /**
   * Appends the changes in their order, attributed to the calling person, in one statement (per
   * {@value #INSERT_ROWS} entries). The chain's head row is locked (and read) once per transaction;
   * the transaction holds that lock to its end anyway, so later calls continue from the hash it
   * remembers. Holding it, this transaction is the only one appending, so the entries get
   * consecutive ids in the chain's order, and the head moves to the last of them.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAll(List<Change> changes) {
    recordAllAs(actors.current(), changes);
  }

  /**
   * Appends the changes as {@link #recordAll}, attributed to the given person: for work that runs
   * without its caller's identity (a batch job's chunks), the person who started it — whom the
   * job's service checked when it was started.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAllAs(Actor actor, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    String previous = (String) TransactionMemo.peek(transaction, HEAD);
    if (previous == null) {
      previous =
          (String)
              em.createNativeQuery("SELECT last_hash FROM history_head WHERE id = 1 FOR UPDATE")
                  .getSingleResult();
    }
    HistoryMac mac = key.mac();
    LocalDateTime now = clock.now();
    String source = context.source();
    Long act = context.act().orElse(null);
    List<HistoryEntry> entries = new ArrayList<>(changes.size());
    for (Change change : changes) {
      HistoryEntry entry =
          new HistoryEntry(
              now,
              actor.login(),
              actor.personId() == 0 ? null : actor.personId(),
              source,
              change.entityType(),
              change.entityId().toString(),
              change.action(),
              Change.json(change.before()),
              Change.json(change.after()),
              act,
              previous,
              mac);
      entries.add(entry);
      previous = entry.getHash();
    }
    for (int from = 0; from < entries.size(); from += INSERT_ROWS) {
      insert(entries.subList(from, Math.min(entries.size(), from + INSERT_ROWS)));
    }
    em.createNativeQuery(
            "UPDATE history_head SET last_id = (SELECT MAX(id) FROM history_entry),"
                + " last_hash = ?1 WHERE id = 1")
        .setParameter(1, previous)
        .executeUpdate();
    TransactionMemo.put(transaction, HEAD, previous);
  }

  /** One multi-row INSERT, the rows in the chain's order. */
  private void insert(List<HistoryEntry> rows) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO history_entry (occurred_at, actor_login, actor_person_id, source,"
                + " entity_type, entity_id, action, before_value, after_value, correction_act_id,"
                + " prev_hash, hash) VALUES ");
    int p = 0;
    for (int i = 0; i < rows.size(); i++) {
      sql.append(i == 0 ? "(" : ", (");
      for (int c = 0; c < INSERT_COLUMNS; c++) {
        sql.append(c == 0 ? "?" : ", ?").append(++p);
      }
      sql.append(')');
    }
    Query insert = em.createNativeQuery(sql.toString());
    p = 0;
    for (HistoryEntry e : rows) {
      insert
          .setParameter(++p, Timestamp.valueOf(e.getOccurredAt()))
          .setParameter(++p, e.getActorLogin())
          .setParameter(++p, e.getActorPersonId())
          .setParameter(++p, e.getSource())
          .setParameter(++p, e.getEntityType())
          .setParameter(++p, e.getEntityId())
          .setParameter(++p, e.getAction().name())
          .setParameter(++p, e.getBeforeValue())
          .setParameter(++p, e.getAfterValue())
          .setParameter(++p, e.getCorrectionActId())
          .setParameter(++p, e.getPrevHash())
          .setParameter(++p, e.getHash());
    }
    insert.executeUpdate();
  }

  /**
   * The history of one record, oldest first. The caller checks that the person may see the record
   * itself.
   */
  @PermitAll
  public List<HistoryEntry> of(String entityType, Object entityId) {
    return em.createNamedQuery(HistoryEntry.OF_RECORD, HistoryEntry.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId.toString())
        .getResultList();
  }

  /** The entries written under a correction act. */
  @PermitAll
  public List<HistoryEntry> ofAct(long actId) {
    return em.createNamedQuery(HistoryEntry.OF_ACT, HistoryEntry.class)
        .setParameter("act", actId)
        .getResultList();
  }

  /**
   * The chain's head as this transaction leaves it (after its own entries): the last entry's id and
   * MAC, for the month lock or archive that records it.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public ChainHead head() {
    Object[] head =
        (Object[])
            em.createNativeQuery("SELECT last_id, last_hash FROM history_head WHERE id = 1")
                .getSingleResult();
    return new ChainHead(head[0] == null ? null : ((Number) head[0]).longValue(), (String) head[1]);
  }

  /** Whether the chain still holds a recorded head (its entry with the recorded MAC). */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean holds(ChainHead recorded) {
    try (Connection db = dataSource.getConnection()) {
      return HistoryChain.holds(db, recorded);
    } catch (SQLException e) {
      throw new IllegalStateException("the history could not be read", e);
    }
  }

  /**
   * Walks the whole chain: every entry must carry the MAC of its content and its predecessor's MAC
   * under the installation's key, the head must point at the last entry, and every month lock's
   * recorded head must still be in the chain. Names the first entry that does not fit and the month
   * locks whose head the chain no longer holds.
   */
  @RolesAllowed({Role.Names.DB_ADMIN, Role.Names.DIRECTOR, Role.Names.DEPUTY})
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ChainVerification verify() {
    policy.requireSchoolWideRead("HISTORY_VERIFY");
    try (Connection db = dataSource.getConnection()) {
      return HistoryChain.verify(db, key.mac());
    } catch (SQLException e) {
      throw new IllegalStateException("the history could not be read", e);
    }
  }
}
