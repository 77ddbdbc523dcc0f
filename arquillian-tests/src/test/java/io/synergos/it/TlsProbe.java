package io.synergos.it;

import io.synergos.ops.pki.NodeKit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;

/**
 * A TLS client that offers exactly the protocol and suite it is told, even ones the JDK no longer offers by default (its
 * own restrictions are lifted, in a JVM of its own), so that a test sees what the server accepts rather than what
 * this client would send. It prints {@code negotiated PROTOCOL SUITE} or {@code refused REASON}.
 */
public final class TlsProbe {

    private TlsProbe() {
    }

    /** Usage: TlsProbe KIT_DIR PORT PROTOCOL [SUITE]. */
    public static void main(String[] args) throws Exception {
        Security.setProperty("jdk.tls.disabledAlgorithms", "");
        NodeKit kit = NodeKit.open(Path.of(args[0]));
        try (SSLSocket socket = (SSLSocket) kit.clientContext().getSocketFactory().createSocket("127.0.0.1",
                Integer.parseInt(args[1]))) {
            socket.setSoTimeout(5000);
            socket.setEnabledProtocols(new String[] {args[2]});
            if (args.length > 3) {
                socket.setEnabledCipherSuites(new String[] {args[3]});
            }
            socket.startHandshake();
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes());
            socket.getOutputStream().flush();
            int first = socket.getInputStream().read();
            System.out.println(first < 0 ? "refused the server closed the connection"
                    : "negotiated " + socket.getSession().getProtocol() + " " + socket.getSession().getCipherSuite());
        } catch (IOException e) {
            System.out.println("refused " + e.getMessage());
        }
    }

    /** Runs the probe in a JVM of its own and returns what it printed. */
    static String run(Path kit, int port, String protocol, String suite) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TlsProbe.class.getName(), kit.toString(),
                Integer.toString(port), protocol));
        if (suite != null) {
            command.add(suite);
        }
        Path out = Files.createTempFile("tls-probe", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the TLS probe did not finish");
        }
        List<String> lines = Files.readAllLines(out);
        Files.delete(out);
        return lines.stream().filter(l -> l.startsWith("negotiated") || l.startsWith("refused")).findFirst()
                .orElse(String.join("\n", lines));
    }
}
