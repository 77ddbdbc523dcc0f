package io.synergos.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 2's script, then two repairs of what Hibernate's {@code update} schema of release 0.1 left behind.
 * <ul>
 * <li>Every check constraint of Synergos' tables is dropped. Hibernate made one for each enum column (the list of its
 * values), so that adding a value needed a migration; the values are checked by the application (Java enums, Bean
 * Validation). Their names were made up by the database, so they are looked up.</li>
 * <li>On PostgreSQL, the JSON texts of release 0.1 are moved out of large objects into their columns: its {@code @Lob}
 * strings were written as PostgreSQL large objects whose number stood in the text column, which dumps, searches and
 * deletions (a deleted row's large object was never removed) got wrong. Release 0.2 maps them as plain text.</li>
 * </ul>
 */
public class SchemaCleanup implements JavaMigration {

    /** The text columns release 0.1 wrote as large objects on PostgreSQL, by table. */
    public static final Map<String, List<String>> LARGE_OBJECT_COLUMNS = Map.of(
            "syn_contribution", List.of("parameters", "details"),
            "syn_contribution_value", List.of("evidence"),
            "syn_reward_allocation", List.of("tiers"),
            "syn_search", List.of("space"),
            "syn_model_version", List.of("lineage", "metrics", "artefact"),
            "syn_evaluation_result", List.of("metrics"),
            "syn_run", List.of("alignment", "datasetversions", "artefact", "updatestatistics"));

    private final SqlScript script;
    private final String vendor;

    SchemaCleanup(SqlScript script, String vendor) {
        this.script = script;
        this.vendor = vendor;
    }

    @Override
    public MigrationVersion getVersion() {
        return script.getVersion();
    }

    @Override
    public String getDescription() {
        return script.getDescription();
    }

    @Override
    public Integer getChecksum() {
        return script.getChecksum();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        script.run(connection);
        dropChecks(connection);
        if (vendor.equals("postgresql")) {
            for (Map.Entry<String, List<String>> table : LARGE_OBJECT_COLUMNS.entrySet()) {
                for (String column : table.getValue()) {
                    moveLargeObjects(connection, table.getKey(), column);
                }
            }
        }
    }

    private void dropChecks(Connection connection) throws SQLException {
        List<String[]> checks = new ArrayList<>();
        String query = vendor.equals("postgresql")
                ? "select t.relname, c.conname from pg_constraint c join pg_class t on c.conrelid = t.oid "
                + "join pg_namespace n on n.oid = t.relnamespace where c.contype = 'c' and n.nspname = current_schema() "
                + "and t.relname like 'syn\\_%'"
                : "select table_name, constraint_name from information_schema.table_constraints "
                + "where constraint_type = 'CHECK' and table_schema = schema() and upper(table_name) like 'SYN\\_%'";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                checks.add(new String[]{rows.getString(1), rows.getString(2)});
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String[] check : checks) {
                statement.execute("alter table " + check[0] + " drop constraint \"" + check[1].replace("\"", "\"\"")
                        + "\"");
            }
        } catch (SQLException e) {
            throw new SQLException("dropping the enum check constraints: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** Replaces each large object's number in the column by the object's text (UTF-8), and removes the object. */
    private static void moveLargeObjects(Connection connection, String table, String column) throws SQLException {
        String stored = "select distinct " + column + "::oid from " + table + " where " + column + " ~ '^[0-9]+$' and "
                + column + "::oid in (select oid from pg_largeobject_metadata)";
        List<Long> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(stored)) {
            while (rows.next()) {
                objects.add(rows.getLong(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update " + table + " set " + column + " = convert_from(lo_get(" + column
                    + "::oid), 'UTF8') where " + column + " ~ '^[0-9]+$' and " + column + "::oid in (select oid from "
                    + "pg_largeobject_metadata)");
        }
        try (PreparedStatement unlink = connection.prepareStatement("select lo_unlink(?)")) {
            for (long object : objects) {
                unlink.setLong(1, object);
                unlink.execute();
            }
        }
    }
}
