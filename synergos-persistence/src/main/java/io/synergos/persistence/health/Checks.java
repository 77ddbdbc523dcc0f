package io.synergos.persistence.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

/**
 * What the health checks share: the node's role, reaching a host and port within a bound, and a failure's root
 * message. The checks live in the EAR's library jar: in an EAR, WildFly's MicroProfile Health finds the checks of the
 * library only, not those of its modules. They read the node's role and name from the system properties the launcher
 * sets ({@code synergos.role}, {@code synergos.node.name}), as {@code io.synergos.node.NodeConfig} does.
 */
final class Checks {

    static final int CONNECT_MILLIS = 2000;

    private Checks() {
    }

    /** Whether this node is a TTP (a Worker has no broker and no Workers of its own). */
    static boolean ttp() {
        return !"worker".equalsIgnoreCase(System.getProperty("synergos.role", "ttp"));
    }

    /** Whether a TCP connection to {@code host:port} opens within 2 s. */
    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the host and port of a base URL (https://host:port/synergos) can be reached. */
    static boolean reachable(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return uri.getHost() != null && reachable(uri.getHost(), port);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
