package lt.dienynas.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import lt.dienynas.security.Role;
import lt.dienynas.testing.AsPerson;
import lt.dienynas.testing.Deployments;
import lt.dienynas.testing.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The history nobody can rewrite: append-only, hash-chained, verified. */
@ExtendWith(ArquillianExtension.class)
class HistoryIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("history-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource UserTransaction tx;

  // the owner's account: the test tampers with the history as a DBA could (the runtime account
  // cannot)
  @Resource(lookup = "java:jboss/datasources/DienynasOwnerDS")
  DataSource dataSource;

  @EJB HistoryLog history;

  @Inject ChangeSource source;

  @Test
  void aChangeIsRecordedWithWhoAndWhatAndARolledBackOneLeavesNothing() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account teacher = fx.account(fx.staff("Rūta", "Žemaitė", Role.TEACHER));
    String record = Fixtures.unique("mark-");
    // as the web layer names a page's request (ChangeSourceFilter): the log takes it from there
    source.name("journal grid");

    recordAs(fx, teacher, Change.updated("mark", record, Map.of("value", 7), Map.of("value", 8)));
    tx.begin();
    AsPerson.call(
        teacher.login(),
        teacher.password(),
        () -> {
          history.record(Change.deleted("mark", record, Map.of("value", 8)));
          return null;
        });
    tx.rollback();

    List<HistoryEntry> entries = history.of("mark", record);
    assertEquals(1, entries.size());
    HistoryEntry entry = entries.get(0);
    assertEquals(teacher.login(), entry.getActorLogin());
    assertEquals(teacher.personId(), entry.getActorPersonId());
    assertEquals("journal grid", entry.getSource());
    assertEquals("{\"value\":7}", entry.getBeforeValue());
    assertEquals("{\"value\":8}", entry.getAfterValue());
  }

  @Test
  void theDatabaseRefusesToChangeOrDeleteHistory() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Adminas", Role.DB_ADMIN));
    String record = Fixtures.unique("lesson-");
    recordAs(fx, admin, Change.inserted("lesson", record, Map.of("topic", "Trupmenos")));
    long id = history.of("lesson", record).get(0).getId();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThrows(
          SQLException.class,
          () -> s.executeUpdate("UPDATE history_entry SET actor_login = 'kitas' WHERE id = " + id));
      assertThrows(
          SQLException.class, () -> s.executeUpdate("DELETE FROM history_entry WHERE id = " + id));
    }
  }

  @Test
  void verificationPassesUntouchedAndNamesTheFirstEntryAlteredBySql() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Tikrintojas", Role.DB_ADMIN));
    String record = Fixtures.unique("mark-");
    long[] ids = new long[3];
    for (int i = 0; i < 3; i++) {
      int value = 5 + i;
      recordAs(fx, admin, Change.inserted("mark", record, Map.of("value", value)));
      ids[i] = history.of("mark", record).get(i).getId();
    }
    ChainVerification untouched =
        AsPerson.call(admin.login(), admin.password(), () -> history.verify());
    assertTrue(untouched.intact(), untouched.toString());

    String original = afterValue(ids[1]);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      // what someone with database access could do: switch the guard off and rewrite a mark
      s.execute("DROP TRIGGER history_entry_no_update");
      try {
        s.executeUpdate(
            "UPDATE history_entry SET after_value = '{\"value\":10}' WHERE id = " + ids[1]);
        ChainVerification tampered =
            AsPerson.call(admin.login(), admin.password(), () -> history.verify());
        assertFalse(tampered.intact());
        assertEquals(ids[1], tampered.firstBadEntryId());
      } finally {
        s.executeUpdate(
            "UPDATE history_entry SET after_value = '" + original + "' WHERE id = " + ids[1]);
        s.execute(
            "CREATE TRIGGER history_entry_no_update BEFORE UPDATE ON history_entry FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'history_entry is append-only'");
      }
    }
    assertTrue(
        AsPerson.call(admin.login(), admin.password(), () -> history.verify()).intact(),
        "restored");
  }

  @Test
  void severalChangesOfOneTransactionChainInTheirOrder() throws Exception {
    Fixtures fx = new Fixtures(em, tx);
    Fixtures.Account admin = fx.account(fx.staff("Giedrius", "Grandinė", Role.DB_ADMIN));
    String record = Fixtures.unique("cell-");
    // one call with three changes, then one more in the same transaction
    recordAs(
        fx,
        admin,
        Change.inserted("mark", record, Map.of("value", 5)),
        Change.updated("mark", record, Map.of("value", 5), Map.of("value", 6)),
        Change.deleted("mark", record, Map.of("value", 6)),
        Change.inserted("mark", record, Map.of("value", 9)));
    List<HistoryEntry> entries = history.of("mark", record);
    assertEquals(4, entries.size());
    for (int i = 1; i < entries.size(); i++) {
      assertEquals(entries.get(i - 1).getId() + 1, entries.get(i).getId(), "consecutive ids");
      assertEquals(entries.get(i - 1).getHash(), entries.get(i).getPrevHash(), "chained");
    }
    assertEquals("{\"value\":5}", entries.get(0).getAfterValue());
    assertEquals("{\"value\":9}", entries.get(3).getAfterValue());
    assertTrue(
        AsPerson.call(admin.login(), admin.password(), () -> history.verify()).intact(),
        "the chain and its head");
  }

  /**
   * Records the changes as this person in one transaction: all but the last in one {@code
   * recordAll}, the last with {@code record}, so one transaction appends in both ways.
   */
  private void recordAs(Fixtures fx, Fixtures.Account who, Change... changes) throws Exception {
    AsPerson.call(
        who.login(),
        who.password(),
        () ->
            fx.inTx(
                () -> {
                  List<Change> all = List.of(changes);
                  history.recordAll(all.subList(0, all.size() - 1));
                  history.record(all.get(all.size() - 1));
                  return null;
                }));
  }

  private String afterValue(long id) {
    return (String)
        em.createNativeQuery("SELECT after_value FROM history_entry WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
  }
}
