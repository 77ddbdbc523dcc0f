package io.synergos.ops.pki;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a node's certificate says: its name (the certificate's CN), its role ({@code ttp}, {@code worker} or
 * {@code operator}, the OU), the host names and IP addresses it is reached at (subject alternative names, which
 * TLS clients check), and when it is valid.
 */
public record KitRequest(String name, String role, List<String> dnsNames, List<String> ipAddresses, Instant notBefore,
                         Instant notAfter) {

    /** How long a node certificate is valid unless told otherwise (the browsers' limit for server certificates). */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(397);

    public KitRequest {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("a node name must be 1 to 100 letters, digits, '.', '_' or '-', not '"
                    + name + "'");
        }
        if (!List.of("ttp", "worker", "operator").contains(role)) {
            throw new IllegalArgumentException("a kit's role must be ttp, worker or operator, not '" + role + "'");
        }
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("a certificate must end after it begins");
        }
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
        for (String dns : dnsNames) {
            if (!dns.matches("(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")) {
                throw new IllegalArgumentException("'" + dns + "' is not a host name");
            }
        }
    }

    /** A certificate valid from a few minutes ago (clocks differ) for {@code validity}. */
    public static KitRequest of(String name, String role, List<String> dnsNames, List<String> ipAddresses,
                                Duration validity) {
        Instant now = Instant.now();
        return new KitRequest(name, role, dnsNames, ipAddresses, now.minus(Duration.ofMinutes(5)), now.plus(validity));
    }

    /** A node on this machine: reached as {@code localhost} and 127.0.0.1. */
    public static KitRequest local(String name, String role) {
        return of(name, role, List.of("localhost"), List.of("127.0.0.1"), DEFAULT_VALIDITY);
    }
}
