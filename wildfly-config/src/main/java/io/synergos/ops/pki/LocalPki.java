package io.synergos.ops.pki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * The certificate authority the launcher keeps for nodes it starts on this machine without a kit of their own
 * ({@code .synergos/pki/ca}), and the operator's client kit ({@code .synergos/pki/operator}) with which the launcher,
 * the demo, the benchmarks and the tests call those nodes: a Worker accepts no connection without a client certificate
 * of the CA. Both are made at first use. A federation across organisations uses its own CA instead
 * ({@code ./synergos certs}) and hands each node its kit.
 */
public final class LocalPki {

    private final Path dir;

    public LocalPki(Path home) {
        this.dir = home.resolve(".synergos/pki");
    }

    public Path dir() {
        return dir;
    }

    public CertificateAuthority ca() {
        return locked(() -> CertificateAuthority.openOrCreate(dir.resolve("ca"), "Synergos local"));
    }

    /** Issues a kit for a node on this machine (reached as localhost and 127.0.0.1). */
    public NodeKit issue(String name, String role, Path kitDir) {
        CertificateAuthority ca = ca();
        return locked(() -> ca.issue(KitRequest.local(name, role), kitDir));
    }

    /** The operator's client kit, issued by this CA (again if the CA was made anew since). */
    public NodeKit operator() {
        CertificateAuthority ca = ca();
        return locked(() -> {
            Path kit = dir.resolve("operator");
            if (Files.isRegularFile(kit.resolve("node.p12"))) {
                NodeKit existing = NodeKit.open(kit);
                if (existing.trusted().contains(ca.certificate())
                        && existing.remaining(java.time.Instant.now()).toDays() > 30) {
                    return existing;
                }
            }
            return ca.issue(KitRequest.local("operator", "operator"), kit);
        });
    }

    /** A TLS client context with the operator's certificate, trusting this CA. */
    public SSLContext operatorContext() {
        return operator().clientContext();
    }

    /** Whether {@code certificate} was issued by this machine's CA (as it is now). */
    public boolean issued(java.security.cert.X509Certificate certificate) {
        if (!Files.isRegularFile(dir.resolve("ca/ca.p12"))) {
            return false;
        }
        try {
            certificate.verify(ca().certificate().getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** Runs {@code action} holding a lock on the PKI directory, so that concurrent launchers make one CA. */
    private <T> T locked(Supplier<T> action) {
        synchronized (LocalPki.class) {
            return lockedInProcess(action);
        }
    }

    private <T> T lockedInProcess(Supplier<T> action) {
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the local PKI in " + dir + ": " + e.getMessage(), e);
        }
    }
}
