package io.synergos.ops;

import io.synergos.ops.pki.CertificateAuthority;
import io.synergos.ops.pki.KitRequest;
import io.synergos.ops.pki.NodeKit;
import io.synergos.ops.pki.Pem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code ./synergos certs ca|node|show}: the federation's certificate authority and each node's kit. The federation's
 * operator makes the CA once, issues a kit per node with the names the node is reached at, and hands each organisation
 * its kit; the organisation starts its node with {@code node start --tls-kit DIR}. A new kit for a node (before its
 * certificate expires, or with new names) is installed the same way: the node keeps its data.
 */
final class CertsCommands {

    /** A node warns this long before its certificate expires. */
    static final Duration WARN_BEFORE = Duration.ofDays(Long.getLong("synergos.tls.warn-days", 30));

    private CertsCommands() {
    }

    static int run(Nodes nodes, String action, List<String> words, Map<String, String> options) throws IOException {
        switch (action) {
            case "ca" -> {
                Path dir = Path.of(Launcher.required(options, "dir"));
                CertificateAuthority ca = CertificateAuthority.create(dir, options.getOrDefault("name", "Synergos"),
                        Duration.ofDays(days(options, CertificateAuthority.DEFAULT_VALIDITY.toDays())));
                System.out.printf("certificate authority '%s' in %s (valid until %s)%n  hand out %s; keep ca.p12 and "
                                + "ca.password with the federation's operator only%n",
                        ca.certificate().getSubjectX500Principal().getName(), dir, ca.certificate().getNotAfter().toInstant(),
                        dir.resolve("ca.pem"));
                return 0;
            }
            case "node" -> {
                CertificateAuthority ca = CertificateAuthority.open(Path.of(Launcher.required(options, "ca")));
                String name = Launcher.required(options, "name");
                List<String> dns = list(options.getOrDefault("dns", "localhost"));
                List<String> ips = list(options.getOrDefault("ip", options.containsKey("dns") ? "" : "127.0.0.1"));
                KitRequest request = KitRequest.of(name, options.getOrDefault("role", "worker"), dns, ips,
                        Duration.ofDays(days(options, KitRequest.DEFAULT_VALIDITY.toDays())));
                Path out = Path.of(Launcher.required(options, "out"));
                if (Files.exists(out.resolve("node.p12"))) {
                    throw new IllegalArgumentException(out + " already holds a kit; give another --out");
                }
                NodeKit kit = ca.issue(request, out);
                System.out.printf("kit for %s in %s%n", name, out);
                describe(kit.certificate());
                System.out.printf("  start the node with: ./synergos node start ... --tls-kit %s%n", out);
                return 0;
            }
            case "show" -> {
                String what = words.size() > 2 ? words.get(2) : Launcher.required(options, "kit");
                X509Certificate certificate = certificate(nodes, what);
                describe(certificate);
                return 0;
            }
            default -> throw new IllegalArgumentException("unknown command 'certs " + action
                    + "'; there are: certs ca, certs node, certs show");
        }
    }

    /** What an operator checks: the certificate's subject, issuer, names and validity, and a warning near expiry. */
    static void describe(X509Certificate certificate) {
        System.out.printf("  subject: %s%n  issuer:  %s%n  names:   %s%n  valid:   %s to %s%n",
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                names(certificate), certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
        String warning = expiry(certificate, Instant.now());
        if (!warning.isEmpty()) {
            System.out.println("  " + warning);
        }
    }

    /** {@code WARNING: ...} when the certificate has expired or expires within {@link #WARN_BEFORE}; empty otherwise. */
    static String expiry(X509Certificate certificate, Instant now) {
        Duration left = Duration.between(now, certificate.getNotAfter().toInstant());
        if (left.isNegative()) {
            return "WARNING: the certificate expired on " + certificate.getNotAfter().toInstant() + "; peers refuse it";
        }
        if (left.compareTo(WARN_BEFORE) < 0) {
            return "WARNING: the certificate expires in " + left.toDays() + " days (" + certificate.getNotAfter().toInstant()
                    + "); install a new kit: ./synergos certs node ..., then node start --tls-kit DIR";
        }
        return "";
    }

    private static X509Certificate certificate(Nodes nodes, String what) throws IOException {
        Path path = Path.of(what);
        if (Files.isDirectory(path)) {
            return NodeKit.open(path).certificate();
        }
        if (Files.isRegularFile(path)) {
            return Pem.certificates(Files.readString(path)).get(0);
        }
        Node node = nodes.find(what).orElseThrow(() -> new IllegalArgumentException("'" + what
                + "' is neither a kit directory, a PEM file nor a node"));
        return node.certificate().orElseThrow(() -> new IllegalArgumentException("node " + what + " has no certificate "
                + "(TLS is off)"));
    }

    private static String names(X509Certificate certificate) {
        try {
            return certificate.getSubjectAlternativeNames() == null ? "(none)"
                    : String.join(", ", certificate.getSubjectAlternativeNames().stream()
                    .map(n -> n.get(1).toString()).toList());
        } catch (CertificateParsingException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static long days(Map<String, String> options, long otherwise) {
        String text = options.get("days");
        if (text == null) {
            return otherwise;
        }
        try {
            long days = Long.parseLong(text);
            if (days < 1) {
                throw new NumberFormatException();
            }
            return days;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--days must be a whole number of days, at least 1, not '" + text + "'");
        }
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
