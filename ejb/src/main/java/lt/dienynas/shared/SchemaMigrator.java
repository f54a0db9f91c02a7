package lt.dienynas.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the latest schema version before anything else runs: the schema comes only
 * from the versioned SQL migrations in {@code db/migration}, never from JPA.
 *
 * <p>Least privilege (issue 23): the migrations run as the schema owner ({@code DienynasOwnerDS});
 * the application runs as its own account ({@code DienynasDS}), which gets here, after every
 * migration, exactly the data privileges it needs ({@link RuntimeGrants}): no DDL, no TRIGGER, and
 * only INSERT on the append-only history.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN) // Flyway runs its own transactions
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/DienynasOwnerDS")
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/datasources/DienynasDS")
  private DataSource runtimeDataSource;

  private String schemaVersion;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .validateMigrationNaming(true)
            // JBeret creates its job-repository tables at server boot, before this runs: the
            // schema is then not empty, so Flyway starts from an empty baseline 0 and applies V1 on
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load();
    MigrateResult result = flyway.migrate();
    schemaVersion = flyway.info().current().getVersion().getVersion();
    RuntimeGrants.apply(dataSource, runtimeDataSource);
    LOG.info(
        () ->
            "Schema migrations applied: "
                + result.migrationsExecuted
                + ", schema version "
                + schemaVersion);
  }

  /** The version of the newest applied migration. */
  public String schemaVersion() {
    return schemaVersion;
  }
}
