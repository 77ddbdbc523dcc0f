package io.synergos.ops;

import io.synergos.ops.pki.LocalPki;
import io.synergos.ops.pki.NodeKit;
import io.synergos.ops.pki.Secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Starts, stops and lists nodes, each a separate WildFly process on the server the build provisioned, with
 * the EAR deployed. The launcher, the demo, the benchmark and the multi-node tests all start nodes here, so
 * they start them the same way.
 */
public final class Nodes {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("synergos.start.timeout", 300));

    private final Path home;

    /** @param home the project checkout: it holds the provisioned server, the EAR and {@code .synergos/nodes} */
    public Nodes(Path home) {
        this.home = home;
    }

    public static Nodes fromSystemProperty() {
        return new Nodes(Path.of(System.getProperty("synergos.home", ".")).toAbsolutePath().normalize());
    }

    public Path home() {
        return home;
    }

    public Path server() {
        return home.resolve("wildfly-config/target/server");
    }

    public Path ear() {
        return home.resolve("synergos-ear/target/synergos.ear");
    }

    public Path nodesDir() {
        return home.resolve(".synergos/nodes");
    }

    /** Database settings for a node; null url means the embedded H2 file. The password is kept encrypted. */
    public record Database(String driver, String url, String user, String password) {
        public static final Database H2 = new Database(null, null, null, null);
    }

    /**
     * A node's TLS: {@link #LOCAL} (a kit from this machine's CA, {@link LocalPki}, made at its first start), a kit of
     * the federation's CA installed from {@code kit} (./synergos certs node), or {@link #OFF}: plain HTTP, which a node
     * announces at every start.
     */
    public record Tls(boolean on, Path kit) {
        public static final Tls LOCAL = new Tls(true, null);
        public static final Tls OFF = new Tls(false, null);

        public static Tls kit(Path dir) {
            return new Tls(true, dir);
        }
    }

    /** Starts the node's server process and returns without waiting; see {@link #awaitReady}. */
    public Node launch(String name, String role, Path dataDir, int portOffset, Database db, boolean fresh) {
        return launch(name, role, dataDir, portOffset, db, fresh, Map.of());
    }

    /**
     * As {@link #launch(String, String, Path, int, Database, boolean)}, with extra system properties for the
     * server (e.g. {@code synergos.ttp.parallel-runs}, {@code synergos.jobs.max-attempts}).
     */
    public Node launch(String name, String role, Path dataDir, int portOffset, Database db, boolean fresh,
                       Map<String, String> properties) {
        return launch(name, role, dataDir, portOffset, db, fresh, properties, Tls.LOCAL);
    }

    /**
     * As above, with the node's TLS. Properties named like a node secret ({@link NodeSecrets#SECRETS}: a broker
     * password, an OpenLineage API key, a shared sealing key) go into the node's credential store, never onto the
     * command line.
     */
    public Node launch(String name, String role, Path dataDir, int portOffset, Database db, boolean fresh,
                       Map<String, String> properties, Tls tls) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("node name '" + name + "' must be letters, digits, '.', '_' or '-'");
        }
        if (name.length() > 23) {
            // WildFly's transaction node identifier is the node's name, and may have at most 23 bytes
            throw new IllegalArgumentException("node name '" + name + "' has " + name.length() + " characters; a node's "
                    + "name may have at most 23");
        }
        if (!role.equals("ttp") && !role.equals("worker")) {
            throw new IllegalArgumentException("role must be ttp or worker, not '" + role + "'");
        }
        if (!Files.isExecutable(server().resolve("bin/standalone.sh")) || !Files.isRegularFile(ear())) {
            throw new IllegalStateException("the server or the EAR is not built; run ./mvnw install -DskipTests");
        }
        Node node = new Node(name, role, portOffset, nodesDir().resolve(name), dataDir == null ? null
                : dataDir.toAbsolutePath().normalize(), tls.on());
        if (alive(node)) {
            throw new IllegalStateException("node " + name + " is already running (pid " + pid(node).orElse(-1L) + ")");
        }
        try {
            if (fresh) {
                deleteTree(node.baseDir());
            }
            if (!Files.isDirectory(node.configDir())) {
                copyTree(server().resolve("standalone/configuration"), node.configDir());
            }
            Files.createDirectories(node.baseDir().resolve("deployments"));
            Files.copy(ear(), node.baseDir().resolve("deployments/synergos.ear"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(node.pidFile());
            Files.deleteIfExists(node.log());
            writeDescriptor(node);
            NodeSecrets secrets = node.secrets();
            List<String> command = new ArrayList<>(List.of("setsid", server().resolve("bin/standalone.sh").toString(),
                    "-Djboss.server.base.dir=" + node.baseDir(),
                    "-Djboss.socket.binding.port-offset=" + portOffset,
                    "-Djboss.bind.address=127.0.0.1",
                    "-Djboss.bind.address.management=127.0.0.1",
                    "-Dsynergos.role=" + role,
                    "-Dsynergos.node.name=" + name,
                    "-Dsynergos.work.dir=" + node.baseDir().resolve("work")));
            if (node.dataDir() != null) {
                command.add("-Dsynergos.data.dir=" + node.dataDir());
            }
            properties.forEach((key, value) -> {
                if (NodeSecrets.SECRETS.contains(key)) {
                    secrets.put(key, value);
                } else {
                    command.add("-D" + key + "=" + value);
                }
            });
            if (properties.containsKey("synergos.broker.host")) {
                applyRemoteBroker(node);
            }
            ensureAdmin(node, secrets);
            if (role.equals("worker")) {
                secrets.putIfAbsent(NodeSecrets.WORKER_KEY, Secrets::randomPassword);
            } else {
                secrets.putIfAbsent(NodeSecrets.SEALING_KEY, Secrets::randomPassword);
            }
            if (db != null && db.url() != null) {
                command.add("-Dsynergos.db.driver=" + db.driver());
                command.add("-Dsynergos.db.url=" + db.url());
                command.add("-Dsynergos.db.user=" + db.user());
                secrets.put(NodeSecrets.DB_PASSWORD, db.password() == null || db.password().isEmpty() ? null
                        : db.password());
            }
            if (tls.on()) {
                installKit(node, tls, secrets);
                if (role.equals("worker")) {
                    command.add("-Dsynergos.tls.need-client-auth=true");
                }
            } else {
                command.add("--server-config=standalone-plaintext.xml");
            }
            command.add("--properties=" + secrets.propertiesFile());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(node.baseDir().resolve("console.log").toFile());
            Map<String, String> env = builder.environment();
            env.put("JBOSS_PIDFILE", node.pidFile().toString());
            env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
            // ND4J's OpenMP (and OpenBLAS) threads: one, unless the operator says otherwise. With the default (one per
            // core) they spin for work on cores that other nodes share, and a local step on ND4J took 2 to 3 times as
            // long (README, Performance); small models train in plain loops anyway (DenseKernel)
            env.putIfAbsent("OMP_NUM_THREADS", "1");
            env.put("JAVA_OPTS", System.getProperty("synergos.node.java.opts",
                    // an idle node gives back heap it no longer needs: a periodic concurrent cycle after a minute
                    // without GC, shrinking the heap to 30 % free (README, Performance: 760 -> 600 MB resident)
                    "-Xms128m -Xmx1g -XX:MaxMetaspaceSize=512m -XX:G1PeriodicGCInterval=60000 "
                            + "-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Djava.net.preferIPv4Stack=true "
                            + "-Djava.awt.headless=true -Djboss.modules.system.pkgs=org.jboss.byteman "
                            // SIGTERM suspends the server gracefully first: its runs pause, checkpointed
                            + "-Dorg.wildfly.sigterm.suspend.timeout=30"));
            builder.start();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the node's REST API answers; fails with the log's tail if the process dies first. */
    public void awaitReady(Node node) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2));
        HttpRequest probe = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/node"))
                .header("Authorization", SynergosClient.basic("admin", node.adminPassword()))
                .timeout(Duration.ofSeconds(2)).build();
        boolean seenPid = false;
        HttpClient http = node.tls() ? null : client.build();
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http == null) {
                    // the node's own key and certificate, pinned: whatever names its kit gives
                    http = client.sslContext(node.selfTls()).build();
                }
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting " + node.name());
            }
            Optional<Long> pid = pid(node);
            seenPid |= pid.isPresent();
            if (seenPid && !alive(node)) {
                throw new IllegalStateException("node " + node.name() + " exited during start-up; its log ends:\n"
                        + tail(node, 30));
            }
            if (startedWithErrors(node)) {
                kill(node.name());
                throw new IllegalStateException("node " + node.name() + " started with errors and was stopped; "
                        + "its errors:\n" + errors(node));
            }
            pause();
        }
        kill(node.name());
        throw new IllegalStateException("node " + node.name() + " did not become ready within "
                + START_TIMEOUT.toSeconds() + " s and was stopped; its log ends:\n" + tail(node, 30));
    }

    /** WildFly's WFLYSRV0026: the server is up but a deployment or a subsystem resource failed. */
    private static boolean startedWithErrors(Node node) {
        try {
            return Files.isRegularFile(node.log()) && Files.readString(node.log()).contains("WFLYSRV0026");
        } catch (IOException e) {
            return false;
        }
    }

    private static String errors(Node node) {
        try {
            return String.join("\n", Files.readAllLines(node.log()).stream()
                    .filter(line -> line.contains(" ERROR ") || line.contains("failure description")).limit(10).toList());
        } catch (IOException e) {
            return "(no log at " + node.log() + ")";
        }
    }

    public Node start(String name, String role, Path dataDir, int portOffset, Database db, boolean fresh) {
        return start(name, role, dataDir, portOffset, db, fresh, Map.of());
    }

    public Node start(String name, String role, Path dataDir, int portOffset, Database db, boolean fresh,
                      Map<String, String> properties) {
        return start(name, role, dataDir, portOffset, db, fresh, properties, Tls.LOCAL);
    }

    public Node start(String name, String role, Path dataDir, int portOffset, Database db, boolean fresh,
                      Map<String, String> properties, Tls tls) {
        Node node = launch(name, role, dataDir, portOffset, db, fresh, properties, tls);
        awaitReady(node);
        return node;
    }

    /** Stops the node's process (graceful SIGTERM, then SIGKILL after 60 s); false if it was not running. */
    public boolean stop(String name) {
        Node node = find(name).orElseThrow(() -> new IllegalArgumentException("no node named " + name));
        Optional<ProcessHandle> process = pid(node).flatMap(ProcessHandle::of);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        process.get().destroy();
        try {
            process.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.get().destroyForcibly();
        }
        return true;
    }

    /** Kills the node's process at once, as a crash would. */
    /** Kills the node's process at once (SIGKILL, as a crash would) and waits until it is gone. */
    public void kill(String name) {
        find(name).flatMap(this::pid).flatMap(ProcessHandle::of).ifPresent(process -> {
            process.destroyForcibly();
            try {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("node " + name + " did not die within 30 s of SIGKILL", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public List<Node> list() {
        if (!Files.isDirectory(nodesDir())) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(nodesDir())) {
            return dirs.map(d -> find(d.getFileName().toString())).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Node::portOffset)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Node> find(String name) {
        Path descriptor = nodesDir().resolve(name).resolve("node.properties");
        if (!Files.isRegularFile(descriptor)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (var reader = Files.newBufferedReader(descriptor)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String data = p.getProperty("data", "");
        return Optional.of(new Node(name, p.getProperty("role"), Integer.parseInt(p.getProperty("offset")),
                descriptor.getParent(), data.isEmpty() ? null : Path.of(data), !"off".equals(p.getProperty("tls"))));
    }

    public boolean alive(Node node) {
        return pid(node).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    Optional<Long> pid(Node node) {
        try {
            String text = Files.readString(node.pidFile()).trim();
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String tail(Node node, int lines) {
        Path log = Files.isRegularFile(node.log()) ? node.log() : node.baseDir().resolve("console.log");
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /**
     * Applies wildfly-config's remote-broker.cli to the node's own configuration, once (offline, with an
     * embedded server), so that it uses a shared remote Artemis broker instead of its in-server one.
     */
    private void applyRemoteBroker(Node node) throws IOException {
        Path marker = node.baseDir().resolve("remote-broker.applied");
        if (Files.exists(marker)) {
            return;
        }
        Path script = node.baseDir().resolve("remote-broker-apply.cli");
        // admin-only: the configuration is edited without starting services (the realms need the database, which
        // an embedded server does not start); its own log dir keeps the node's server.log for the node
        Files.writeString(script, "embed-server --server-config=standalone.xml --admin-only=true\nbatch\n"
                + Files.readString(home.resolve("wildfly-config/src/main/cli/remote-broker.cli"))
                + "\nrun-batch\nstop-embedded-server\n");
        Path log = node.baseDir().resolve("remote-broker-cli.log");
        Process cli = new ProcessBuilder(server().resolve("bin/jboss-cli.sh").toString(),
                "-Djboss.server.base.dir=" + node.baseDir(),
                "-Djboss.server.log.dir=" + node.baseDir().resolve("log/remote-broker-cli"), "--file=" + script)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!cli.waitFor(3, java.util.concurrent.TimeUnit.MINUTES) || cli.exitValue() != 0) {
                cli.destroyForcibly();
                throw new IllegalStateException("remote-broker.cli failed on node " + node.name() + ":\n"
                        + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Files.writeString(marker, "applied " + java.time.Instant.now() + "\n");
    }

    /** Every node gets a user {@code admin} (role admin) with a random password kept in its credential store. */
    private static void ensureAdmin(Node node, NodeSecrets secrets) throws IOException {
        if (secrets.get(NodeSecrets.ADMIN_PASSWORD).isEmpty()) {
            String password = Secrets.randomPassword();
            addUser(node, "admin", password, List.of("admin"));
            secrets.put(NodeSecrets.ADMIN_PASSWORD, password);
        }
    }

    /**
     * Installs the node's kit into its configuration/tls: the one given (a new kit replaces the old one, a rotation:
     * the node's data stays), else the one installed before, else one from this machine's CA ({@link Tls#LOCAL}; made
     * again if that CA was made anew since).
     */
    private void installKit(Node node, Tls tls, NodeSecrets secrets) throws IOException {
        Path origin = node.tlsDir().resolve("origin");
        if (tls.kit() != null) {
            NodeKit kit = NodeKit.open(tls.kit());
            kit.copyTo(node.tlsDir());
            secrets.put(NodeSecrets.TLS_PASSWORD, kit.password());
            Files.writeString(origin, "kit " + tls.kit().toAbsolutePath().normalize() + "\n");
            return;
        }
        boolean installed = node.certificate().isPresent() && secrets.get(NodeSecrets.TLS_PASSWORD).isPresent();
        boolean local = Files.isRegularFile(origin) && Files.readString(origin).startsWith("local");
        if (installed && (!local || node.certificate().filter(pki()::issued).isPresent())) {
            return;
        }
        // issued into a scratch directory: the kit's password file is not kept, only its encrypted copy
        Path scratch = Files.createTempDirectory(nodesDir(), ".kit-");
        try {
            NodeKit kit = pki().issue(node.name(), node.role(), scratch);
            kit.copyTo(node.tlsDir());
            secrets.put(NodeSecrets.TLS_PASSWORD, kit.password());
            Files.writeString(origin, "local " + pki().dir() + "\n");
        } finally {
            deleteTree(scratch);
        }
    }

    /** This machine's CA and operator kit, for nodes started without a kit of their own. */
    public LocalPki pki() {
        return new LocalPki(home);
    }

    /**
     * Adds (or replaces) a user of the node's ApplicationRealm, as WildFly's add-user.sh does: the digest
     * HEX(MD5(user:ApplicationRealm:password)) in application-users.properties and the roles in
     * application-roles.properties. The server reads these files when it starts.
     */
    public static void addUser(Node node, String user, String password, List<String> roles) throws IOException {
        if (!user.matches("[A-Za-z0-9._@-]+")) {
            throw new IllegalArgumentException("user name '" + user + "' must be letters, digits, '.', '_', '@' or '-'");
        }
        Path config = node.baseDir().resolve("configuration");
        String digest;
        try {
            digest = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest((user + ":ApplicationRealm:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        replaceLine(config.resolve("application-users.properties"), user, digest);
        replaceLine(config.resolve("application-roles.properties"), user, String.join(",", roles));
    }

    private static void replaceLine(Path file, String user, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file) : List.of());
        lines.removeIf(line -> line.startsWith(user + "="));
        lines.add(user + "=" + value);
        Files.write(file, lines);
    }

    private static void writeDescriptor(Node node) throws IOException {
        Properties p = new Properties();
        p.setProperty("role", node.role());
        p.setProperty("offset", Integer.toString(node.portOffset()));
        p.setProperty("data", node.dataDir() == null ? "" : node.dataDir().toString());
        p.setProperty("tls", node.tls() ? "on" : "off");
        try (var writer = Files.newBufferedWriter(node.baseDir().resolve("node.properties"))) {
            p.store(writer, "Synergos node " + node.name());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a directory and everything below it; nothing if it does not exist. */
    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
