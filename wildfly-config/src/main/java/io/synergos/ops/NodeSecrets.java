package io.synergos.ops;

import io.synergos.ops.pki.Secrets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.SecretKey;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.encryption.CipherUtil;
import org.wildfly.security.encryption.SecretKeyUtil;

/**
 * A node's secrets, as its server reads them: the Elytron secret-key credential store {@code synergos-secrets.cs} in
 * the node's configuration directory (one AES-256 key, readable by the node's owner only), and
 * {@code synergos-node.properties} beside it, whose values are expressions encrypted with that key
 * ({@code ${ENC::synergos:...}}), which the server decrypts as it reads them (wildfly-config's synergos.cli). The
 * launcher passes the file with {@code standalone.sh -P}, so no secret is a clear system property, command-line
 * argument or file.
 */
public final class NodeSecrets {

    public static final String STORE = "synergos-secrets.cs";
    public static final String PROPERTIES = "synergos-node.properties";
    private static final String KEY_ALIAS = "key";
    private static final String PREFIX = "${ENC::synergos:";

    /** The names of the secrets a node may hold, as its server reads them. */
    public static final String DB_PASSWORD = "synergos.db.password";
    public static final String BROKER_PASSWORD = "synergos.broker.password";
    public static final String TLS_PASSWORD = "synergos.tls.password";
    public static final String WORKER_KEY = "synergos.worker.key";
    public static final String SEALING_KEY = "synergos.sealing.key";
    public static final String OPENLINEAGE_API_KEY = "synergos.openlineage.api-key";
    /** The password of the node's generated {@code admin} user, for the launcher (the server keeps a digest only). */
    public static final String ADMIN_PASSWORD = "synergos.launcher.admin-password";
    /** Every property that is a secret: given to a node, it is kept here, never passed as a system property. */
    public static final java.util.Set<String> SECRETS = java.util.Set.of(DB_PASSWORD, BROKER_PASSWORD, TLS_PASSWORD,
            WORKER_KEY, SEALING_KEY, OPENLINEAGE_API_KEY, ADMIN_PASSWORD);

    private final Path properties;
    private final SecretKey key;

    private NodeSecrets(Path properties, SecretKey key) {
        this.properties = properties;
        this.key = key;
    }

    /** The secrets of the node whose configuration directory is {@code config}, creating its store if it has none. */
    public static NodeSecrets of(Path config) {
        Path store = config.resolve(STORE);
        try {
            CredentialStore credentials = CredentialStore.getInstance("PropertiesCredentialStore",
                    WildFlyElytronCredentialStoreProvider.getInstance());
            boolean fresh = !Files.exists(store);
            if (fresh) {
                Files.createDirectories(config);
            }
            credentials.initialize(Map.of("location", store.toString(), "create", Boolean.toString(fresh),
                    "modifiable", Boolean.toString(fresh)));
            if (fresh) {
                credentials.store(KEY_ALIAS, new SecretKeyCredential(SecretKeyUtil.generateSecretKey(256)));
                credentials.flush();
                restrict(store);
            }
            SecretKeyCredential credential = credentials.retrieve(KEY_ALIAS, SecretKeyCredential.class);
            if (credential == null) {
                throw new IllegalStateException(store + " holds no key '" + KEY_ALIAS + "'");
            }
            return new NodeSecrets(config.resolve(PROPERTIES), credential.getSecretKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open the node's credential store " + store + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file the server reads with {@code -P}. */
    public Path propertiesFile() {
        return properties;
    }

    /** Keeps {@code value} under {@code name}, encrypted; {@code null} removes it. */
    public void put(String name, String value) {
        Properties all = read();
        if (value == null) {
            all.remove(name);
        } else {
            try {
                all.setProperty(name, PREFIX + CipherUtil.encrypt(value, key) + "}");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot encrypt " + name + ": " + e.getMessage(), e);
            }
        }
        write(all);
    }

    /** The clear value kept under {@code name}. */
    public Optional<String> get(String name) {
        String expression = read().getProperty(name);
        if (expression == null) {
            return Optional.empty();
        }
        if (!expression.startsWith(PREFIX) || !expression.endsWith("}")) {
            throw new IllegalStateException(properties + ": " + name + " is not an encrypted expression");
        }
        try {
            return Optional.of(CipherUtil.decrypt(expression.substring(PREFIX.length(), expression.length() - 1), key));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt " + name + " with the key in " + STORE + ": "
                    + e.getMessage(), e);
        }
    }

    /** Keeps {@code value} unless a value is kept already; returns the value kept. */
    public String putIfAbsent(String name, java.util.function.Supplier<String> value) {
        return get(name).orElseGet(() -> {
            String fresh = value.get();
            put(name, fresh);
            return fresh;
        });
    }

    private Properties read() {
        Properties all = new Properties();
        if (Files.exists(properties)) {
            try (Reader reader = Files.newBufferedReader(properties)) {
                all.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }

    private void write(Properties all) {
        try (OutputStream out = Secrets.createPrivate(properties)) {
            all.store(out, "Synergos node secrets: expressions encrypted with the key in " + STORE
                    + " (the server decrypts them). Do not edit; use ./synergos.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's permissions apply
        }
    }
}
