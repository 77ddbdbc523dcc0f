package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A database made by release 0.1 (Hibernate's {@code update} schema, before migrations), filled by that release with
 * projects, catalog entries, runs and their rounds, evaluations, predictions, a contribution and its allocation, model
 * versions with stage transitions, a search and its jobs (src/test/resources/upgrade, dumped from nodes of release 0.1),
 * is upgraded by a TTP of this release as it starts: the database is taken as version 1 and migrated. Every record of
 * every table is intact afterwards, column by column; the TTP serves them; and an enum column takes a value its check
 * constraint would have refused. On H2 and on PostgreSQL.
 */
class SchemaUpgradeIT {

    private static final Nodes NODES = Nodes.fromSystemProperty();

    @Test
    void aReleaseZeroOneH2DatabaseIsUpgradedWithEveryRecordIntact() throws Exception {
        Path dir = Path.of("target/upgrade/h2").toAbsolutePath();
        Nodes.deleteTree(dir);
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.resolve("synergos") + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", "sa"); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + Path.of("src/test/resources/upgrade/release-0.1-h2.sql").toAbsolutePath()
                    + "'");
        }
        upgradeAndCompare(new Nodes.Database("h2", url, "sa", "sa"), url, "sa", "it-upgrade-h2", 6000);
    }

    @Test
    void aReleaseZeroOnePostgresqlDatabaseIsUpgradedWithEveryRecordIntact() throws Exception {
        if (!Databases.postgresReachable()) {
            System.out.println("*** " + Databases.skipMessage() + "; the PostgreSQL upgrade was SKIPPED ***");
            Assumptions.abort(Databases.skipMessage());
        }
        String database = "synergos_upgrade_it";
        String admin = Databases.POSTGRES_URL.replaceFirst("/[^/]+$", "/postgres");
        try (Connection c = DriverManager.getConnection(admin, Databases.POSTGRES_USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
        String url = Databases.POSTGRES_URL.replaceFirst("/[^/]+$", "/" + database);
        boolean client;
        try {
            client = new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (java.io.IOException e) {
            client = false;
        }
        if (!client) {
            System.out.println("*** psql (PostgreSQL's client, which loads the release 0.1 dump) is not installed; the "
                    + "PostgreSQL upgrade was SKIPPED ***");
            Assumptions.abort("psql is not installed");
        }
        Process psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", Databases.POSTGRES_USER, "-d", database, "-q",
                "-v", "ON_ERROR_STOP=1", "-f", Path.of("src/test/resources/upgrade/release-0.1-postgresql.sql")
                .toAbsolutePath().toString()).redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes());
        assertTrue(psql.waitFor(2, TimeUnit.MINUTES) && psql.exitValue() == 0, "psql loaded the dump: " + output);
        upgradeAndCompare(new Nodes.Database("postgresql", url, Databases.POSTGRES_USER, ""), url,
                Databases.POSTGRES_USER, "it-upgrade-pg", 6100);
    }

    private static void upgradeAndCompare(Nodes.Database db, String url, String user, String name, int offset)
            throws Exception {
        Map<String, List<Map<String, Object>>> before = snapshot(url, user);
        if (db.driver().equals("postgresql")) {
            // release 0.1 kept these texts in PostgreSQL large objects, their numbers in the columns: what must be intact
            // is the text, which the upgrade moves into the column
            readLargeObjects(url, user, before);
        }
        assertTrue(before.get("syn_run").size() >= 5 && before.get("syn_job").size() >= 3
                && before.get("syn_model_version").size() >= 2 && before.get("syn_stage_transition").size() >= 2,
                "the release 0.1 database holds runs, jobs, versions and transitions: " + counts(before));
        assertTrue(before.keySet().stream().noneMatch(t -> t.equals("syn_schema_history")), "no migration history yet");

        Node ttp = NODES.start(name, "ttp", null, offset, db, true);
        try {
            SynergosClient client = SynergosClient.asAdmin(ttp);
            JsonArray projects = client.get("projects").asJsonArray();
            assertEquals(before.get("syn_project").size(), projects.size());
            for (JsonObject project : projects.getValuesAs(JsonObject.class)) {
                long id = project.getJsonNumber("id").longValue();
                JsonArray versions = client.get("registry/projects/" + id + "/versions").asJsonArray();
                assertEquals(before.get("syn_model_version").stream()
                        .filter(v -> ((Number) v.get("project_id")).longValue() == id).count(), versions.size());
            }
            for (Map<String, Object> row : before.get("syn_run")) {
                long run = ((Number) row.get("id")).longValue();
                JsonObject served = client.run(run);
                assertEquals(row.get("status"), served.getString("status"));
                assertEquals(((Number) row.get("completedrounds")).intValue(), client.rounds(run).size(),
                        "every round of run " + run + " is served");
            }
            JsonArray jobs = client.get("orchestration/jobs").asJsonArray();
            assertEquals(before.get("syn_job").size(), jobs.size());
            assertTrue(jobs.getValuesAs(JsonObject.class).stream().allMatch(j -> j.getString("status")
                    .equals("SUCCEEDED")), jobs.toString());
        } finally {
            NODES.stop(ttp.name());
        }

        Map<String, List<Map<String, Object>>> after = snapshot(url, user);
        for (Map.Entry<String, List<Map<String, Object>>> table : before.entrySet()) {
            List<Map<String, Object>> was = table.getValue();
            // the release 0.1 columns of each row, in the same order as before
            List<Map<String, Object>> is = after.get(table.getKey()).stream().map(row -> {
                Map<String, Object> old = new TreeMap<>(row);
                old.keySet().retainAll(was.isEmpty() ? row.keySet() : was.get(0).keySet());
                return old;
            }).sorted(java.util.Comparator.comparing(Object::toString)).toList();
            assertEquals(was.size(), is.size(), "rows of " + table.getKey());
            for (int i = 0; i < was.size(); i++) {
                assertEquals(was.get(i), is.get(i), table.getKey() + ", row " + (i + 1) + ": every column of release "
                        + "0.1 intact");
            }
        }
        List<String> history = after.get("syn_schema_history").stream().filter(r -> r.get("version") != null)
                .sorted(java.util.Comparator.comparing(r -> ((Number) r.get("installed_rank")).intValue()))
                .map(r -> r.get("version") + " " + r.get("type") + " " + r.get("success")).toList();
        assertEquals(List.of("1 BASELINE true", "2 JDBC true"), history);
        // no check constraint is left on an enum column: a status this release does not know is stored
        try (Connection c = DriverManager.getConnection(url, user, user.equals("sa") ? "sa" : "");
             Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("update syn_job set status = 'SOME_NEW_STATE' where id = "
                    + before.get("syn_job").get(0).get("id")));
        }
        System.out.println("schema upgrade (" + db.driver() + "): " + counts(before));
    }

    private static void readLargeObjects(String url, String user, Map<String, List<Map<String, Object>>> tables)
            throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, "");
             java.sql.PreparedStatement text = c.prepareStatement("select convert_from(lo_get(?::oid), 'UTF8')")) {
            int moved = 0;
            for (Map.Entry<String, List<String>> table
                    : io.synergos.persistence.migration.SchemaCleanup.LARGE_OBJECT_COLUMNS.entrySet()) {
                for (Map<String, Object> row : tables.get(table.getKey())) {
                    for (String column : table.getValue()) {
                        Object value = row.get(column);
                        if (value instanceof String number && number.matches("[0-9]+")) {
                            text.setString(1, number);
                            try (ResultSet rs = text.executeQuery()) {
                                rs.next();
                                row.put(column, rs.getString(1));
                                moved++;
                            }
                        }
                    }
                }
            }
            assertTrue(moved > 0, "release 0.1 kept its JSON texts in large objects on PostgreSQL");
        }
        for (List<Map<String, Object>> rows : tables.values()) {
            rows.sort(java.util.Comparator.comparing(Object::toString));
        }
    }

    private static String counts(Map<String, List<Map<String, Object>>> tables) {
        Map<String, Integer> counts = new TreeMap<>();
        tables.forEach((t, rows) -> counts.put(t, rows.size()));
        return counts.toString();
    }

    /** Every Synergos table's rows, ordered by all their columns, each row its columns by lower-case name. */
    private static Map<String, List<Map<String, Object>>> snapshot(String url, String user) throws Exception {
        Map<String, List<Map<String, Object>>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, user.equals("sa") ? "sa" : "")) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    String schema = rs.getString("TABLE_SCHEM");
                    if (table.toLowerCase(Locale.ROOT).startsWith("syn_") && !"INFORMATION_SCHEMA".equals(schema)) {
                        names.add(table);
                    }
                }
            }
            for (String table : names) {
                List<Map<String, Object>> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        Map<String, Object> row = new TreeMap<>();
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            Object value = rs.getObject(i);
                            if (value instanceof byte[] bytes) {
                                value = java.util.HexFormat.of().formatHex(bytes);
                            } else if (value instanceof java.sql.Blob blob) {
                                value = java.util.HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
                            } else if (value instanceof java.sql.Clob clob) {
                                value = clob.getSubString(1, (int) clob.length());
                            } else if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
                                value = value.toString();
                            }
                            row.put(columns.getColumnName(i).toLowerCase(Locale.ROOT), value);
                        }
                        rows.add(row);
                    }
                }
                rows.sort(java.util.Comparator.comparing(Object::toString));
                tables.put(table.toLowerCase(Locale.ROOT), rows);
            }
        }
        return tables;
    }
}
