package io.synergos.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The application's secrets, which the server decrypts from the node's credential store and binds under
 * {@code java:global/synergos/secrets/} (wildfly-config's synergos.cli): a Worker's control key, the TTP's sealing key,
 * the OpenLineage API key. None is ever a system property, a file or a log line.
 */
@ApplicationScoped
public class ServerSecrets {

    public static final String WORKER_KEY = "worker-key";
    public static final String SEALING_KEY = "sealing-key";
    public static final String OPENLINEAGE_API_KEY = "openlineage-api-key";

    /** The secret bound under {@code name}; empty when the node has none ({@code none} is the server's default). */
    public Optional<String> get(String name) {
        try {
            Object value = new InitialContext().lookup("java:global/synergos/secrets/" + name);
            String text = value == null ? "" : value.toString().trim();
            return text.isEmpty() || text.equals("none") ? Optional.empty() : Optional.of(text);
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
