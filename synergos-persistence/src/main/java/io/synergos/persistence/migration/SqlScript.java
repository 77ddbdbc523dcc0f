package io.synergos.persistence.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A versioned migration whose statements are a SQL script of the database's own dialect,
 * {@code db/migration/VENDOR/NAME.sql} in this jar, read as a resource (no class-path scanning, which the server's
 * virtual file system makes unreliable). A statement ends with a semicolon at the end of a line; lines starting with
 * {@code --} are comments. The checksum is the script's CRC-32, so that an edited script is noticed.
 */
class SqlScript implements JavaMigration {

    private final MigrationVersion version;
    private final String description;
    private final String resource;
    private final String sql;

    SqlScript(String version, String description, String vendor, String name) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
        this.resource = "db/migration/" + vendor + "/" + name + ".sql";
        try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the migration script " + resource + " is missing");
            }
            this.sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(sql.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        run(context.getConnection());
    }

    void run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String each : statements(sql)) {
                try {
                    statement.execute(each);
                } catch (SQLException e) {
                    throw new SQLException(resource + ": " + e.getMessage() + " in: " + each, e.getSQLState(), e);
                }
            }
        }
    }

    /** The script's statements: each ends with ';' at the end of a line; '--' lines are left out. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("the script ends without a ';' after: " + current.toString().strip());
        }
        return statements;
    }
}
