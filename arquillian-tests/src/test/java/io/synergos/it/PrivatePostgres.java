package io.synergos.it;

import io.synergos.ops.Nodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (the machine's PostgreSQL binaries, a fresh cluster under target/, its own
 * port, trust authentication), so that a test can stop and restart the database under a running TTP without touching
 * the machine's server. As root, the cluster runs as the {@code postgres} user (PostgreSQL refuses to run as root).
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgres;

    private PrivatePostgres(Path bin, Path data, int port, boolean asPostgres) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The newest PostgreSQL server binaries on this machine, if any. */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))
                    && Files.isExecutable(b.resolve("pg_ctl"))).max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Said loudly, since a skipped fault is a gap in the proof. */
    static String skipMessage() {
        return "SKIPPED: no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb): the database-restart fault "
                + "was not tried";
    }

    /** A fresh cluster in {@code data}, started on {@code port}. */
    static PrivatePostgres start(Path data, int port) throws IOException, InterruptedException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(skipMessage()));
        boolean root = "root".equals(System.getProperty("user.name"));
        Nodes.deleteTree(data);
        Files.createDirectories(data);
        PrivatePostgres pg = new PrivatePostgres(bin, data.toAbsolutePath(), port, root);
        if (root) {
            pg.exec(List.of("chown", "-R", "postgres:postgres", data.toString()), false);
            // the postgres user must reach the directory through every parent
            for (Path p = data.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                pg.exec(List.of("chmod", "o+x", p.toString()), false);
            }
        }
        pg.exec(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("cluster").toString(), "-A", "trust",
                "-U", "postgres", "--no-sync", "-E", "UTF8"), true);
        pg.startServer();
        return pg;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    void startServer() throws IOException, InterruptedException {
        exec(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-l",
                data.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100", "start"),
                true);
    }

    /** Stops the server; {@code immediate} as a crash would (no checkpoint), otherwise fast (connections cut). */
    void stopServer(boolean immediate) throws IOException, InterruptedException {
        exec(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("cluster").toString(), "-w", "-m",
                immediate ? "immediate" : "fast", "stop"), true);
    }

    private void exec(List<String> command, boolean asServerUser) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServerUser && asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path log = data.resolve("commands.log");
        Process process = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + Files.readString(log));
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer(false);
        } catch (IllegalStateException e) {
            // not running
        }
    }
}
