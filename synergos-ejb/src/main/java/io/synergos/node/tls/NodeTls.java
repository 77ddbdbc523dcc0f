package io.synergos.node.tls;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.wildfly.security.auth.client.AuthenticationContext;
import org.wildfly.security.auth.client.AuthenticationContextConfigurationClient;

/**
 * This node's TLS, as the server configures it (wildfly-config's tls.cli): whether it is on, the context with which the
 * node calls other nodes (its own certificate, the federation's CA only, and the host-name check), and the certificate
 * it presents. With TLS off (standalone-plaintext.xml) the node speaks plain HTTP and refuses https peers, so that a
 * federation is either encrypted throughout or visibly not at all.
 */
@ApplicationScoped
public class NodeTls {

    private volatile SSLContext client;

    /** Whether this node serves HTTPS (system property {@code synergos.tls}, set by the server's configuration). */
    public boolean enabled() {
        return "on".equals(System.getProperty("synergos.tls", "off"));
    }

    /**
     * The TLS context for calls to {@code peer}, or null for a plain {@code http} peer. A peer's scheme must match this
     * node's: a TLS node calls no plain-HTTP node, and a node with TLS off has no certificate to call an https one.
     */
    public SSLContext contextFor(URI peer) {
        boolean secure = "https".equalsIgnoreCase(peer.getScheme()) || "wss".equalsIgnoreCase(peer.getScheme());
        if (secure != enabled()) {
            throw new TlsMismatchException(enabled()
                    ? "this node requires TLS, but " + peer + " is plain HTTP: register the node's https:// address "
                    + "(or switch TLS off on every node, explicitly)"
                    : "this node has TLS switched off, so it cannot call " + peer + "; call its http:// address, or "
                    + "switch TLS on here");
        }
        return secure ? clientContext() : null;
    }

    /** The context this node presents as a client: its kit's certificate, trusting the federation's CA only. */
    public SSLContext clientContext() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    try {
                        client = HostCheckingSslContext.wrap(AuthenticationContextConfigurationClient.ACTION.run()
                                .getSSLContext(URI.create("https://federation"), AuthenticationContext.captureCurrent()));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("this node's TLS client context is not available: "
                                + e.getMessage(), e);
                    }
                }
            }
        }
        return client;
    }

    /** The certificate this node presents (its kit's {@code node.pem}); empty with TLS off. */
    public Optional<X509Certificate> certificate() {
        if (!enabled()) {
            return Optional.empty();
        }
        Path pem = Path.of(System.getProperty("jboss.server.config.dir", "."), "tls", "node.pem");
        if (!Files.isRegularFile(pem)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(pem)) {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read this node's certificate " + pem + ": " + e.getMessage(), e);
        }
    }

    /** How long before expiry the node warns ({@code synergos.tls.warn-days}, default 30). */
    public Duration warnBefore() {
        return Duration.ofDays(Long.getLong("synergos.tls.warn-days", 30));
    }

    /** A warning when the certificate has expired or expires within {@link #warnBefore()}; empty otherwise. */
    public Optional<String> expiryWarning(Instant now) {
        return certificate().flatMap(certificate -> {
            Instant end = certificate.getNotAfter().toInstant();
            Duration left = Duration.between(now, end);
            if (left.isNegative()) {
                return Optional.of("this node's TLS certificate expired on " + end + "; other nodes refuse it: install "
                        + "a new kit (./synergos certs node, then node start --tls-kit DIR)");
            }
            if (left.compareTo(warnBefore()) < 0) {
                return Optional.of("this node's TLS certificate expires in " + left.toDays() + " days (" + end
                        + "): install a new kit before then (./synergos certs node, then node start --tls-kit DIR)");
            }
            return Optional.empty();
        });
    }
}
