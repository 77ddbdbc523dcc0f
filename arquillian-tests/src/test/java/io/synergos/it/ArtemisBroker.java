package io.synergos.it;

import io.synergos.ops.Nodes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A real, separate Apache ActiveMQ Artemis broker process (the distribution the build unpacks from Maven
 * Central), standing for the broker an enterprise already runs: created fresh with a user and login required,
 * listening on 127.0.0.1:{@link #PORT}.
 */
final class ArtemisBroker implements AutoCloseable {

    static final int PORT = 61700;
    static final String USER = "synergos";
    static final String PASSWORD = "broker-pass-7f3a";

    private Process process;
    private final Path instance;

    private ArtemisBroker(Process process, Path instance) {
        this.process = process;
        this.instance = instance;
    }

    /** Stops the broker (its journal stays) and starts it again on the same instance. */
    void restart() throws IOException, InterruptedException {
        close();
        process = run(instance);
    }

    static ArtemisBroker start(Path instance) throws IOException, InterruptedException {
        Path home = Path.of(System.getProperty("synergos.test.artemis.home", "target/artemis/apache-artemis"));
        Nodes.deleteTree(instance);
        Files.createDirectories(instance.getParent());
        Path createLog = instance.getParent().resolve(instance.getFileName() + "-create.log");
        Process create = new ProcessBuilder(home.resolve("bin/artemis").toString(), "create", instance.toString(),
                "--user", USER, "--password", PASSWORD, "--require-login", "--silent", "--no-web", "--nio",
                "--no-autotune", "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor",
                "--no-hornetq-acceptor", "--host", "127.0.0.1", "--default-port", Integer.toString(PORT),
                "--java-memory", "512M")
                .redirectErrorStream(true).redirectOutput(createLog.toFile()).start();
        if (!create.waitFor(2, TimeUnit.MINUTES) || create.exitValue() != 0) {
            throw new IllegalStateException("artemis create failed:\n" + Files.readString(createLog));
        }
        return new ArtemisBroker(run(instance), instance);
    }

    private static Process run(Path instance) throws IOException, InterruptedException {
        Path log = instance.resolve("console.log");
        Process run = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!listening()) {
            if (!run.isAlive() || Instant.now().isAfter(deadline)) {
                run.destroyForcibly();
                throw new IllegalStateException("the Artemis broker did not start:\n" + Files.readString(log));
            }
            Thread.sleep(300);
        }
        return run;
    }

    private static boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", PORT), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Path instance() {
        return instance;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (listening() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }
}
