package io.synergos.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The database schema's versions, applied with Flyway before Hibernate validates the schema (Hibernate no longer
 * changes it). Each version is a SQL script per database (H2, PostgreSQL) in {@code db/migration/VENDOR/}:
 * <ol>
 * <li>the schema of release 0.1, as Hibernate's {@code update} made it. A database made by release 0.1 (it has
 * Synergos tables but no migration history) is taken as version 1 (baseline) and upgraded from there;</li>
 * <li>checkpoints, dropout records, job heartbeats, data warnings; no more check constraints on enum-like columns
 * (they are plain varchar(20) or varchar(40)), so that adding a value to an enum needs no migration; and on PostgreSQL
 * the JSON texts that release 0.1 kept in large objects moved into their columns ({@link SchemaCleanup}).</li>
 * </ol>
 * A new version is a new script, never an edit of an applied one: Flyway refuses a database whose applied script
 * changed (its checksum).
 */
public final class Migrations {

    /** Flyway's history table. */
    public static final String HISTORY = "syn_schema_history";

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    private Migrations() {
    }

    /** Every version, in order, for a database of {@code vendor} (h2 or postgresql). */
    static List<JavaMigration> versions(String vendor) {
        return List.of(
                new SqlScript("1", "release 0.1 schema", vendor, "V1__release_0_1_schema"),
                new SchemaCleanup(new SqlScript("2", "checkpoints, dropouts, heartbeats, no enum checks, no large "
                        + "objects", vendor, "V2__reliability"), vendor));
    }

    /** Brings the database up to the newest version; returns how many versions were applied. */
    public static int migrate(DataSource dataSource) {
        String vendor = vendor(dataSource);
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY)
                .skipDefaultResolvers(true)
                .skipDefaultCallbacks(true)
                .javaMigrations(versions(vendor).toArray(JavaMigration[]::new))
                // a database of release 0.1 has its tables but no history: it is version 1
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("release 0.1 schema, made by Hibernate before migrations")
                .cleanDisabled(true)
                .load()
                .migrate();
        LOG.info(() -> "database schema (" + vendor + "): " + (result.migrationsExecuted == 0
                ? "up to date at version " + result.initialSchemaVersion
                : "migrated from version " + result.initialSchemaVersion + " to " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " version(s))"));
        return result.migrationsExecuted;
    }

    /** h2 or postgresql; any other database is refused, since the scripts are written for those two. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalStateException("Synergos' schema migrations are written for H2 and PostgreSQL; the "
                    + "datasource is " + connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate its schema: " + e.getMessage(), e);
        }
    }
}
