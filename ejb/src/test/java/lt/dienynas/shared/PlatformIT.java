package lt.dienynas.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import lt.dienynas.testing.Deployments;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform the diary stands on: migrations, EclipseLink as the provider, utf8mb4. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.ejbModule("platform-it");
  }

  @PersistenceContext(unitName = "dienynas")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  DataSource dataSource;

  @Inject SchemaMigrator migrator;

  @Test
  void migrationsBringTheDatabaseToTheLatestVersion() throws SQLException {
    MigrationInfoService info =
        Flyway.configure(PlatformIT.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .info();
    MigrationInfo newest = info.all()[info.all().length - 1];
    assertEquals(0, info.pending().length, "no pending migration");
    assertEquals(newest.getVersion(), info.current().getVersion());
    assertEquals(newest.getVersion().getVersion(), migrator.schemaVersion());
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "no failed migration");
    }
  }

  @Test
  void theBatchJobRepositoryLivesInTheSameDatabase() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_name IN ('JOB_INSTANCE', 'JOB_EXECUTION', 'STEP_EXECUTION')")) {
      rs.next();
      assertEquals(3, rs.getInt(1), "JBeret's JDBC job repository tables");
    }
  }

  @Test
  void theEntityManagerIsEclipseLinks() {
    Object delegate = em.getDelegate();
    assertTrue(
        delegate.getClass().getName().startsWith("org.eclipse.persistence."),
        delegate.getClass().getName());
    assertTrue(
        em.getEntityManagerFactory().getClass().getName().startsWith("org.eclipse.persistence."));
    assertTrue(em.unwrap(org.eclipse.persistence.jpa.JpaEntityManager.class) != null);
  }

  @Test
  void everyTableIsUtf8mb4() throws SQLException {
    List<String> others = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, table_collation FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                    + " AND table_name NOT LIKE 'flyway%' AND table_name NOT LIKE 'JOB\\_%'"
                    + " AND table_name NOT LIKE 'STEP\\_%' AND table_name NOT LIKE 'PARTITION\\_%'")) {
      while (rs.next()) {
        if (!rs.getString(2).startsWith("utf8mb4")) {
          others.add(rs.getString(1) + ":" + rs.getString(2));
        }
      }
    }
    assertTrue(others.isEmpty(), others.toString());
  }
}
