package io.synergos.ops;

import io.synergos.ops.pki.LocalPki;
import io.synergos.ops.pki.NodeKit;
import io.synergos.ops.pki.Pem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * A Synergos node on this machine: its own server base dir (configuration, log, H2 file, exported models),
 * its role, its port offset, and whether it serves TLS. With TLS (the default) it serves HTTPS and WSS only, on
 * 8443 + offset; with TLS switched off, plain HTTP on 8080 + offset. Management listens on 9990 + offset.
 */
public record Node(String name, String role, int portOffset, Path baseDir, Path dataDir, boolean tls) {

    /** The port of its REST API, dashboard and grid endpoint. */
    public int httpPort() {
        return tls ? 8443 + portOffset : 8080 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    /** {@code https} or, with TLS off, {@code http}. */
    public String scheme() {
        return tls ? "https" : "http";
    }

    /** The node's root URL, e.g. {@code https://127.0.0.1:8543}. */
    public String rootUrl() {
        return scheme() + "://127.0.0.1:" + httpPort();
    }

    /** The base URL participants register and the TTP calls. */
    public String baseUrl() {
        return rootUrl() + "/synergos";
    }

    public Path log() {
        return baseDir.resolve("log").resolve("server.log");
    }

    public Path pidFile() {
        return baseDir.resolve("node.pid");
    }

    public Path configDir() {
        return baseDir.resolve("configuration");
    }

    /** Where the node's installed kit is: its key store, trust store and certificates. */
    public Path tlsDir() {
        return configDir().resolve("tls");
    }

    /** The node's credential store and its encrypted secrets. */
    public NodeSecrets secrets() {
        return NodeSecrets.of(configDir());
    }

    /** The password of the node's {@code admin} user, generated at its first start and kept in its credential store. */
    public String adminPassword() {
        return secrets().get(NodeSecrets.ADMIN_PASSWORD).orElseThrow(() -> new IllegalStateException(
                "node " + name + " has no admin password yet: start it once"));
    }

    /** The Worker's control key; empty for a TTP. */
    public String accessKey() {
        return Files.exists(configDir().resolve(NodeSecrets.STORE))
                ? secrets().get(NodeSecrets.WORKER_KEY).orElse("") : "";
    }

    /**
     * How the operator on this machine calls the node: with the node's own key (the operator's if the node's certificate
     * is not valid now), trusting exactly the certificate it presents, whatever host names its kit gives; null with TLS
     * off.
     */
    public SSLContext selfTls() {
        return tls ? NodeKit.selfContext(tlsDir(), secrets().get(NodeSecrets.TLS_PASSWORD).orElseThrow(
                () -> new IllegalStateException("node " + name + " has no kit installed")),
                // the nodes' directory is HOME/.synergos/nodes (Nodes.nodesDir), where HOME holds the local PKI
                () -> new LocalPki(baseDir.getParent().getParent().getParent()).operator()) : null;
    }

    /** The certificate the node presents, when it has a kit. */
    public Optional<X509Certificate> certificate() {
        Path pem = tlsDir().resolve("node.pem");
        try {
            return Files.isRegularFile(pem) ? Optional.of(Pem.certificates(Files.readString(pem)).get(0))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
