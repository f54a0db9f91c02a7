package lt.dienynas.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import lt.dienynas.archive.ArchivePackage;
import lt.dienynas.archive.PackageVerifier;
import lt.dienynas.locking.MonthLock;
import lt.dienynas.locking.MonthLockService;
import lt.dienynas.school.SchoolYear;
import lt.dienynas.school.StudyGroup;
import lt.dienynas.security.Role;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import lt.dienynas.testing.RootSql;
import lt.dienynas.yearend.YearEndArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The history chain is a keyed MAC whose key is outside the database (the server's Elytron
 * credential store): someone who can write the table — drop the append-only trigger, rewrite a row
 * and re-chain everything after it — but has no key is found, and the month lock and the archive
 * package that recorded the chain's head no longer match.
 */
@ExtendWith(ArquillianExtension.class)
class HistoryKeyIT {
  private static final YearMonth MONTH = YearMonth.of(2030, 11);

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("history-key-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @EJB HistoryLog history;

  @EJB MonthLockService locks;

  @EJB YearEndArchive archive;

  @Test
  void everyEntryCarriesTheHmacUnderTheKeyOfTheCredentialStoreNotAPlainHash() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Raktas", Role.DB_ADMIN));
    String record = Fixtures.unique("mark-");
    record(fx, admin, record, 6);

    assertTrue(
        Files.isRegularFile(HistoryKey.storeFile()), "the key store: " + HistoryKey.storeFile());
    HistoryMac fromStore = HistoryMac.of(HistoryKey.load(HistoryKey.storeFile()));
    HistoryEntry entry = history.of("mark", record).get(0);
    assertEquals(entry.computeMac(fromStore), entry.getHash(), "HMAC under the stored key");
    assertNotEquals(sha256(canonical(entry)), entry.getHash(), "not a plain SHA-256");
  }

  @Test
  void aRowRewrittenAndReChainedWithoutTheKeyIsFoundAndTheMonthLockNoLongerHolds()
      throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    SchoolYear year = fx.year();
    StudyGroup classGroup = fx.gradeClass(year, 3, "k", null);
    long classId =
        em.find(StudyGroup.class, classGroup.getId()).getSchoolClass().orElseThrow().getId();
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Perrašytojas", Role.DB_ADMIN));
    String record = Fixtures.unique("mark-");
    record(fx, admin, record, 5);
    record(fx, admin, record, 6);
    AsPerson.call(
        admin.login(),
        admin.password(),
        () -> {
          locks.lock(MONTH, classId);
          return null;
        });
    record(fx, admin, record, 7);
    long rewritten = history.of("mark", record).get(1).getId();
    String lockName = MONTH + " " + MonthLock.scopeOf(classId);
    ChainVerification untouched = verifyAs(admin);
    assertTrue(untouched.intact(), untouched.toString());

    List<Row> original = rowsFrom(rewritten);
    try {
      // a plain SHA-256 chain, as the history was kept before
      rewriteAndReChain(original, HistoryKeyIT::sha256);
      ChainVerification plain = verifyAs(admin);
      assertFalse(plain.intact(), plain.toString());
      assertEquals(rewritten, plain.firstBadEntryId(), plain.toString());
      assertTrue(plain.brokenMonthLocks().contains(lockName), plain.toString());

      // an HMAC under a key of the attacker's own
      byte[] ownKey = new byte[32];
      new SecureRandom().nextBytes(ownKey);
      HistoryMac own = HistoryMac.of(ownKey);
      rewriteAndReChain(original, own::mac);
      ChainVerification otherKey = verifyAs(admin);
      assertFalse(otherKey.intact(), otherKey.toString());
      assertEquals(rewritten, otherKey.firstBadEntryId(), otherKey.toString());
      assertTrue(otherKey.brokenMonthLocks().contains(lockName), otherKey.toString());
    } finally {
      restore(original);
    }
    assertTrue(verifyAs(admin).intact(), "restored");
  }

  @Test
  void theArchivePackageRecordsTheChainHeadAndItsVerificationNamesAHeadTheChainNoLongerHolds()
      throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Archyvas", Role.DB_ADMIN));
    String record = Fixtures.unique("mark-");
    record(fx, admin, record, 8);
    HistoryEntry last = history.of("mark", record).get(0);

    byte[] holding =
        new ArchivePackage("archyvas")
            .add("README.txt", "x".getBytes(StandardCharsets.UTF_8))
            .historyHead(new ChainHead(last.getId(), last.getHash()))
            .toBytes();
    PackageVerifier.Result fine =
        AsPerson.call(admin.login(), admin.password(), () -> archive.verify(holding));
    assertTrue(fine.intact(), fine.toString());
    assertEquals(new ChainHead(last.getId(), last.getHash()), fine.historyHead());

    byte[] rewrittenSince =
        new ArchivePackage("archyvas")
            .add("README.txt", "x".getBytes(StandardCharsets.UTF_8))
            .historyHead(new ChainHead(last.getId(), sha256("the head before a rewrite")))
            .toBytes();
    PackageVerifier.Result broken =
        AsPerson.call(admin.login(), admin.password(), () -> archive.verify(rewrittenSince));
    assertFalse(broken.intact());
    assertEquals(List.of(ArchivePackage.MANIFEST), broken.badFiles(), broken.toString());
  }

  private record Row(long id, String afterValue, String prevHash, String hash, Object[] fields) {}

  /** The entries from this id to the end, with what their MACs cover. */
  private List<Row> rowsFrom(long fromId) throws Exception {
    List<Row> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, occurred_at, actor_login, actor_person_id, source, entity_type,"
                    + " entity_id, action, before_value, after_value, correction_act_id,"
                    + " prev_hash, hash FROM history_entry WHERE id >= ? ORDER BY id")) {
      s.setLong(1, fromId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Object[] fields = new Object[11];
          for (int i = 0; i < 11; i++) {
            fields[i] = r.getObject(i + 2);
          }
          fields[0] = r.getTimestamp(2).toLocalDateTime();
          rows.add(
              new Row(r.getLong(1), r.getString(10), r.getString(12), r.getString(13), fields));
        }
      }
    }
    return rows;
  }

  /**
   * What a DBA without the key can do: drop the trigger, change the first row's value, compute
   * every entry's chain value from there on with their own function, move the head, restore the
   * trigger.
   */
  private void rewriteAndReChain(List<Row> rows, UnaryOperator<String> chainFunction)
      throws Exception {
    StringBuilder sql = new StringBuilder("DROP TRIGGER history_entry_no_update;\n");
    String prev = rows.get(0).prevHash();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String after = i == 0 ? "{\"value\":10}" : row.afterValue();
      Object[] f = row.fields();
      String chained =
          chainFunction.apply(
              HistoryEntry.canonical(
                  prev,
                  (java.time.LocalDateTime) f[0],
                  (String) f[1],
                  f[2] == null ? null : ((Number) f[2]).longValue(),
                  (String) f[3],
                  (String) f[4],
                  (String) f[5],
                  (String) f[6],
                  (String) f[7],
                  after,
                  f[9] == null ? null : ((Number) f[9]).longValue()));
      sql.append("UPDATE history_entry SET after_value = ")
          .append(quote(after))
          .append(", prev_hash = '")
          .append(prev)
          .append("', hash = '")
          .append(chained)
          .append("' WHERE id = ")
          .append(row.id())
          .append(";\n");
      prev = chained;
    }
    sql.append("UPDATE history_head SET last_hash = '").append(prev).append("' WHERE id = 1;\n");
    sql.append(TRIGGER);
    RootSql.run(sql.toString());
  }

  private void restore(List<Row> rows) throws Exception {
    StringBuilder sql = new StringBuilder("DROP TRIGGER IF EXISTS history_entry_no_update;\n");
    for (Row row : rows) {
      sql.append("UPDATE history_entry SET after_value = ")
          .append(quote(row.afterValue()))
          .append(", prev_hash = '")
          .append(row.prevHash())
          .append("', hash = '")
          .append(row.hash())
          .append("' WHERE id = ")
          .append(row.id())
          .append(";\n");
    }
    sql.append("UPDATE history_head SET last_hash = '")
        .append(rows.get(rows.size() - 1).hash())
        .append("' WHERE id = 1;\n");
    sql.append(TRIGGER);
    RootSql.run(sql.toString());
  }

  private static final String TRIGGER =
      "CREATE TRIGGER history_entry_no_update BEFORE UPDATE ON history_entry FOR EACH ROW"
          + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history_entry is append-only';\n";

  private static String quote(String value) {
    return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  private ChainVerification verifyAs(Fixtures.Account admin) throws Exception {
    return AsPerson.call(admin.login(), admin.password(), () -> history.verify());
  }

  private void record(Fixtures fx, Fixtures.Account who, String record, int value)
      throws Exception {
    AsPerson.call(
        who.login(),
        who.password(),
        () ->
            fx.inTx(
                () -> {
                  history.record(Change.inserted("mark", record, Map.of("value", value)));
                  return null;
                }));
  }

  private static String canonical(HistoryEntry e) {
    return HistoryEntry.canonical(
        e.getPrevHash(),
        e.getOccurredAt(),
        e.getActorLogin(),
        e.getActorPersonId(),
        e.getSource(),
        e.getEntityType(),
        e.getEntityId(),
        e.getAction().name(),
        e.getBeforeValue(),
        e.getAfterValue(),
        e.getCorrectionActId());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
