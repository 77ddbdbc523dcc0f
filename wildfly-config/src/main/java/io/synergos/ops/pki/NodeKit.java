package io.synergos.ops.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * What a node's organisation receives from the federation's operator to join it with TLS, like a FLARE startup kit but
 * in standard key stores that WildFly's Elytron reads: {@code node.p12} (the node's private key, its certificate and the
 * CA's, under the alias {@code node}), {@code trust.p12} (the CA certificates the node trusts), {@code node.pem} and
 * {@code ca.pem} (the same certificates as text) and {@code kit.password} (the key stores' password). A node's launcher
 * installs a kit ({@code node start --tls-kit DIR}) and keeps its password only in the node's credential store.
 */
public final class NodeKit {

    public static final String NODE_ALIAS = "node";
    public static final List<String> FILES = List.of("node.p12", "trust.p12", "node.pem", "ca.pem", "kit.password");

    private final Path dir;
    private final String password;
    private final X509Certificate certificate;
    private final List<X509Certificate> trusted;

    private NodeKit(Path dir, String password, X509Certificate certificate, List<X509Certificate> trusted) {
        this.dir = dir;
        this.password = password;
        this.certificate = certificate;
        this.trusted = List.copyOf(trusted);
    }

    static NodeKit write(Path dir, PrivateKey key, X509Certificate certificate, X509Certificate ca)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        String password = Secrets.randomPassword();
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(NODE_ALIAS, key, password.toCharArray(), new X509Certificate[] {certificate, ca});
        try (OutputStream out = Secrets.createPrivate(dir.resolve("node.p12"))) {
            store.store(out, password.toCharArray());
        }
        Secrets.writePrivate(dir.resolve("kit.password"), password + "\n");
        Files.writeString(dir.resolve("node.pem"), Pem.certificate(certificate));
        NodeKit kit = new NodeKit(dir, password, certificate, List.of(ca));
        kit.writeTrust();
        return kit;
    }

    /** Opens the kit in {@code dir}. */
    public static NodeKit open(Path dir) {
        for (String file : FILES) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new IllegalArgumentException(dir + " is not a node kit: it has no " + file
                        + " (make one with ./synergos certs node)");
            }
        }
        try {
            String password = Files.readString(dir.resolve("kit.password")).trim();
            KeyStore store = load(dir.resolve("node.p12"), password);
            if (!store.isKeyEntry(NODE_ALIAS)) {
                throw new IllegalArgumentException(dir.resolve("node.p12") + " has no key under the alias '" + NODE_ALIAS
                        + "'");
            }
            return new NodeKit(dir, password, (X509Certificate) store.getCertificate(NODE_ALIAS),
                    Pem.certificates(Files.readString(dir.resolve("ca.pem"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kit in " + dir + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open the kit in " + dir + " (wrong kit.password?): "
                    + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public String password() {
        return password;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificates this kit's node trusts. */
    public List<X509Certificate> trusted() {
        return trusted;
    }

    /** How long the certificate is still valid at {@code now} (negative once it has expired). */
    public Duration remaining(Instant now) {
        return Duration.between(now, certificate.getNotAfter().toInstant());
    }

    /**
     * Trusts these CA certificates as well as the kit's own, e.g. the next CA while a federation moves to it: nodes
     * with both accept certificates from either.
     */
    public NodeKit trustAlso(List<X509Certificate> more) {
        List<X509Certificate> all = new ArrayList<>(trusted);
        for (X509Certificate ca : more) {
            if (!all.contains(ca)) {
                all.add(ca);
            }
        }
        NodeKit kit = new NodeKit(dir, password, certificate, all);
        try {
            kit.writeTrust();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return kit;
    }

    /** Copies the kit's files into {@code target} (a node's TLS directory), replacing what is there. */
    public void copyTo(Path target) {
        try {
            Files.createDirectories(target);
            for (String file : FILES) {
                if (file.equals("kit.password")) {
                    continue;
                }
                Path to = target.resolve(file);
                if (file.endsWith(".p12")) {
                    try (OutputStream out = Secrets.createPrivate(to)) {
                        Files.copy(dir.resolve(file), out);
                    }
                } else {
                    Files.copy(dir.resolve(file), to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the kit from " + dir + " into " + target + ": "
                    + e.getMessage(), e);
        }
    }

    public KeyStore keyStore() {
        return load(dir.resolve("node.p12"));
    }

    public KeyStore trustStore() {
        return load(dir.resolve("trust.p12"));
    }

    /** A TLS client context that presents this kit's certificate and trusts its CAs (TLS 1.3, else 1.2). */
    public SSLContext clientContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context from the kit in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The context with which an operator on a node's own machine calls it: the node's own key and certificate (from
     * its installed {@code node.p12}, whose password is {@code password}), trusting exactly the certificate it presents.
     * A certificate that is not valid now cannot sign its own node in: {@code otherwise} (a key the node may trust, such
     * as the operator's) is presented instead.
     */
    public static SSLContext selfContext(Path tlsDir, String password,
                                         java.util.function.Supplier<NodeKit> otherwise) {
        try {
            KeyStore store = load(tlsDir.resolve("node.p12"), password);
            X509Certificate own = (X509Certificate) store.getCertificate(NODE_ALIAS);
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            try {
                own.checkValidity();
                keys.init(store, password.toCharArray());
            } catch (java.security.cert.CertificateException e) {
                NodeKit other = otherwise.get();
                keys.init(other.keyStore(), other.password().toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), new javax.net.ssl.TrustManager[] {new PinnedTrust(own)}, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the kit installed in " + tlsDir + ": " + e.getMessage(), e);
        }
    }

    private KeyStore load(Path file) {
        try {
            return load(file, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private void writeTrust() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        StringBuilder pem = new StringBuilder();
        for (int i = 0; i < trusted.size(); i++) {
            store.setCertificateEntry("ca-" + i, trusted.get(i));
            pem.append(Pem.certificate(trusted.get(i)));
        }
        try (OutputStream out = Secrets.createPrivate(dir.resolve("trust.p12"))) {
            store.store(out, password.toCharArray());
        }
        Files.writeString(dir.resolve("ca.pem"), pem.toString());
    }
}
