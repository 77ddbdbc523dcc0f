package io.synergos.ops.pki;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    @TempDir
    static Path dir;
    static CertificateAuthority ca;
    static NodeKit ttp;
    static NodeKit worker;

    @BeforeAll
    static void issue() {
        ca = CertificateAuthority.create(dir.resolve("ca"), "Test federation", Duration.ofDays(30));
        ttp = ca.issue(KitRequest.local("ttp-1", "ttp"), dir.resolve("ttp-1"));
        worker = ca.issue(KitRequest.of("bank-a", "worker", List.of("bank-a.example", "localhost"),
                List.of("127.0.0.1"), Duration.ofDays(10)), dir.resolve("bank-a"));
    }

    @Test
    void aKitsCertificateIsSignedByTheCaAndNamesItsNodeHostsAndUses() throws Exception {
        X509Certificate cert = worker.certificate();
        cert.verify(ca.certificate().getPublicKey());
        assertEquals("CN=bank-a,OU=worker,O=Test federation", cert.getSubjectX500Principal().getName());
        assertEquals(ca.certificate().getSubjectX500Principal(), cert.getIssuerX500Principal());
        List<String> names = cert.getSubjectAlternativeNames().stream().map(n -> n.get(1).toString()).toList();
        assertEquals(List.of("bank-a.example", "localhost", "127.0.0.1"), names);
        assertEquals(List.of("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2"), cert.getExtendedKeyUsage());
        assertEquals(-1, cert.getBasicConstraints(), "a node certificate is not a CA");
        assertEquals(0, ca.certificate().getBasicConstraints(), "the CA signs node certificates only");
        Duration left = worker.remaining(Instant.now());
        assertTrue(left.toDays() == 9 || left.toDays() == 10, left.toString());
        assertEquals("EC", cert.getPublicKey().getAlgorithm());
    }

    @Test
    void keysAndPasswordsAreReadableByTheirOwnerOnly() throws IOException {
        for (Path file : List.of(dir.resolve("ca/ca.p12"), dir.resolve("ca/ca.password"),
                dir.resolve("bank-a/node.p12"), dir.resolve("bank-a/kit.password"))) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file.toString());
        }
    }

    @Test
    void aKitAndTheCaReopenFromTheirDirectories() {
        NodeKit reopened = NodeKit.open(dir.resolve("bank-a"));
        assertEquals(worker.certificate(), reopened.certificate());
        assertEquals(List.of(ca.certificate()), reopened.trusted());
        assertEquals(ca.certificate(), CertificateAuthority.open(dir.resolve("ca")).certificate());
        assertThrows(IllegalArgumentException.class, () -> NodeKit.open(dir.resolve("ca")));
        assertThrows(IllegalArgumentException.class,
                () -> CertificateAuthority.create(dir.resolve("ca"), "again", Duration.ofDays(1)));
    }

    @Test
    void mutualTlsBetweenKitsOfOneCaSucceedsWithTls13() throws Exception {
        assertEquals("TLSv1.3", handshake(worker.clientContext(), ttp.clientContext()));
    }

    @Test
    void aServerThatNeedsAClientCertificateRefusesNoneAndAnotherCasAndAnExpiredOne() throws Exception {
        CertificateAuthority other = CertificateAuthority.create(dir.resolve("other-ca"), "Elsewhere", Duration.ofDays(30));
        NodeKit stranger = other.issue(KitRequest.local("ttp-1", "ttp"), dir.resolve("stranger"));
        Instant now = Instant.now();
        NodeKit expired = ca.issue(new KitRequest("ttp-old", "ttp", List.of("localhost"), List.of("127.0.0.1"),
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))), dir.resolve("expired"));

        SSLContext trustOnly = SSLContext.getInstance("TLS");
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance("PKIX");
        tmf.init(ttp.trustStore());
        trustOnly.init(null, tmf.getTrustManagers(), null);

        assertThrows(SSLException.class, () -> handshake(worker.clientContext(), trustOnly));
        assertThrows(SSLException.class, () -> handshake(worker.clientContext(), stranger.clientContext()));
        assertThrows(SSLException.class, () -> handshake(worker.clientContext(), expired.clientContext()));
    }

    @Test
    void aNodeThatAlsoTrustsTheNextCaAcceptsItsCertificates() throws Exception {
        CertificateAuthority next = CertificateAuthority.create(dir.resolve("next-ca"), "Test federation 2",
                Duration.ofDays(30));
        // during the move every node trusts both CAs; then each gets a certificate from the next one
        NodeKit renewed = next.issue(KitRequest.local("ttp-1", "ttp"), dir.resolve("renewed"))
                .trustAlso(List.of(ca.certificate()));
        NodeKit moving = ca.issue(KitRequest.local("bank-b", "worker"), dir.resolve("bank-b"))
                .trustAlso(List.of(next.certificate()));
        assertEquals(List.of(ca.certificate(), next.certificate()), NodeKit.open(dir.resolve("bank-b")).trusted());
        assertDoesNotThrow(() -> handshake(moving.clientContext(), renewed.clientContext()));
        assertDoesNotThrow(() -> handshake(moving.clientContext(), ttp.clientContext()));
        assertThrows(SSLException.class, () -> handshake(ttp.clientContext(), renewed.clientContext()),
                "a node that trusts the old CA only refuses the next CA's certificates");
    }

    @Test
    void badRequestsAreRefusedWithWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KitRequest.local("bad name", "worker"))
                .getMessage().contains("'bad name'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KitRequest.local("n", "admin"))
                .getMessage().contains("ttp, worker or operator"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KitRequest.of("n", "worker", List.of("a b"),
                List.of(), Duration.ofDays(1))).getMessage().contains("'a b' is not a host name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ca.issue(KitRequest.of("n", "worker", List.of(),
                List.of("bank.example"), Duration.ofDays(1)), dir.resolve("n"))).getMessage()
                .contains("'bank.example' is not an IP address"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KitRequest.of("n", "worker", List.of(), List.of(),
                Duration.ofDays(-1))).getMessage().contains("end after it begins"));
    }

    /** A TLS 1.3/1.2 handshake on loopback; the server needs a client certificate. Returns the protocol. */
    private static String handshake(SSLContext server, SSLContext client) throws Exception {
        try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setNeedClientAuth(true);
            CompletableFuture<Void> accepted = CompletableFuture.runAsync(() -> {
                try (SSLSocket socket = (SSLSocket) listener.accept()) {
                    socket.getOutputStream().write(42);
                    socket.getOutputStream().flush();
                } catch (IOException e) {
                    // the client sees the failure
                }
            });
            try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(),
                    listener.getLocalPort())) {
                socket.setSoTimeout(5000);
                var parameters = socket.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                socket.setSSLParameters(parameters);
                socket.startHandshake();
                // TLS 1.3 reports a refused client certificate at the first read
                int read = socket.getInputStream().read();
                if (read != 42) {
                    throw new SSLException("the server closed the connection (read " + read + ")");
                }
                String protocol = socket.getSession().getProtocol();
                accepted.get(5, TimeUnit.SECONDS);
                return protocol;
            }
        }
    }
}
