package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Nodes;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Why runs failed with an OptimisticLockException on the Run row and why {@code GET /runs/{id}} could show
 * EVALUATING for minutes after the database held EVALUATED: the H2 that the provisioned WildFly ships reuses a
 * query's last result when it believes the table has not changed, and it can cache a result read from a
 * snapshot taken just before another connection committed (H2 issue #3894). That connection then serves the
 * stale row to every later run of the same query until the table changes again. Pooled connections carry it
 * from one request (or grid job) to the next.
 *
 * <p>This test drives the server's own H2 jar with the server's own datasource URL: one connection commits
 * increasing versions of a row, two others read it; a read that returns a version older than one already
 * committed before the read began is stale. With the URL of {@code standalone.xml} there must be none. The same
 * URL without {@code OPTIMIZE_REUSE_RESULTS=FALSE} is run too and its count printed, as the evidence that the
 * race exists in this H2.
 */
class DatabaseStaleReadIT {

    private static final String SETTING = ";OPTIMIZE_REUSE_RESULTS=FALSE";
    private static final long MILLIS = 2000;

    private final Nodes nodes = Nodes.fromSystemProperty();

    @Test
    void theServersH2UrlGivesNoStaleReads() throws Exception {
        String configured = configuredUrl();
        assertTrue(configured.contains(SETTING), "the datasource URL disables H2's result reuse: " + configured);
        Driver driver = serverH2Driver();
        Path dir = Files.createDirectories(Path.of("target/stale-read").toAbsolutePath());

        Race withoutSetting = race(driver, configured.replace(SETTING, ""), dir.resolve("reuse"));
        System.out.printf("H2 %s without %s: %d commits, %d reads, %d stale reads%n", driver.getMajorVersion() + "."
                + driver.getMinorVersion(), SETTING.substring(1), withoutSetting.commits(), withoutSetting.reads(),
                withoutSetting.stale());
        Race configuredRace = race(driver, configured, dir.resolve("configured"));
        System.out.printf("H2 with the server's URL: %d commits, %d reads, %d stale reads%n", configuredRace.commits(),
                configuredRace.reads(), configuredRace.stale());

        assertTrue(configuredRace.commits() > 1000 && configuredRace.reads() > 1000,
                "the race ran long enough to mean something: " + configuredRace);
        assertEquals(0, configuredRace.stale(), "no read returned a version older than one committed before it");
    }

    /** The SynergosDS URL of the provisioned standalone.xml, with its default and the base dir filled in. */
    private String configuredUrl() throws IOException {
        String xml = Files.readString(nodes.server().resolve("standalone/configuration/standalone.xml"));
        Matcher m = Pattern.compile("<connection-url>\\$\\{synergos\\.db\\.url:(.*)}</connection-url>").matcher(xml);
        assertTrue(m.find(), "standalone.xml defines SynergosDS with a default URL");
        return m.group(1).replace("${jboss.server.data.dir}/synergos", "%s");
    }

    /** The H2 driver from the server's own module, not a test dependency of some other version. */
    private Driver serverH2Driver() throws Exception {
        Path module = nodes.server().resolve("modules/system/layers/base/com/h2database/h2/main");
        List<Path> jars;
        try (Stream<Path> files = Files.list(module)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).toList();
        }
        assertEquals(1, jars.size(), "one H2 jar in " + module);
        URLClassLoader loader = new URLClassLoader(new URL[] {jars.get(0).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        return (Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
    }

    record Race(long commits, long reads, long stale) {
    }

    private static Race race(Driver driver, String urlTemplate, Path file) throws Exception {
        Nodes.deleteTree(file.getParent().resolve(file.getFileName() + ".mv.db"));
        String url = String.format(urlTemplate, file);
        Properties login = new Properties();
        login.setProperty("user", "sa");
        login.setProperty("password", "sa");
        try (Connection c = driver.connect(url, login)) {
            c.createStatement().execute("drop table if exists run_status");
            c.createStatement().execute("create table run_status(id bigint primary key, version bigint)");
            c.createStatement().execute("insert into run_status values (1, 0)");
        }
        AtomicLong committed = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicLong stale = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> readers = Stream.generate(() -> new Thread(() -> {
            try (Connection c = driver.connect(url, login)) {
                c.setAutoCommit(false);
                while (!stop.get()) {
                    long floor = committed.get();
                    try (PreparedStatement s = c.prepareStatement("select version from run_status where id = ?")) {
                        s.setLong(1, 1);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) < floor) {
                                stale.incrementAndGet();
                            }
                        }
                    }
                    c.commit();
                    reads.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        })).limit(2).toList();
        readers.forEach(Thread::start);
        long version = 0;
        long end = System.nanoTime() + MILLIS * 1_000_000;
        try (Connection c = driver.connect(url, login)) {
            c.setAutoCommit(false);
            while (System.nanoTime() < end) {
                try (PreparedStatement u = c.prepareStatement("update run_status set version = ? where id = 1")) {
                    u.setLong(1, ++version);
                    u.executeUpdate();
                }
                c.commit();
                committed.set(version);
            }
        } finally {
            stop.set(true);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        return new Race(version, reads.get(), stale.get());
    }
}
