package io.synergos.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeSecretsTest {

    @TempDir
    Path config;

    @Test
    void aSecretIsKeptOnlyEncryptedAndReadBackWithTheNodesKey() throws Exception {
        NodeSecrets secrets = NodeSecrets.of(config);
        secrets.put(NodeSecrets.DB_PASSWORD, "correct horse battery staple");
        String file = Files.readString(secrets.propertiesFile());
        assertFalse(file.contains("correct horse"), file);
        assertTrue(file.contains("synergos.db.password=$\\{ENC\\:\\:synergos\\:") || file.contains(
                "synergos.db.password=${ENC\\:\\:synergos\\:"), "an expression the server decrypts: " + file);
        assertEquals(Optional.of("correct horse battery staple"), NodeSecrets.of(config).get(NodeSecrets.DB_PASSWORD));
        for (Path owned : new Path[] {config.resolve(NodeSecrets.STORE), secrets.propertiesFile()}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(owned)));
        }
        secrets.put(NodeSecrets.DB_PASSWORD, null);
        assertEquals(Optional.empty(), secrets.get(NodeSecrets.DB_PASSWORD));
        assertEquals("first", secrets.putIfAbsent(NodeSecrets.WORKER_KEY, () -> "first"));
        assertEquals("first", secrets.putIfAbsent(NodeSecrets.WORKER_KEY, () -> "second"));
    }

    @Test
    void anotherNodesKeyCannotReadTheSecrets(@TempDir Path other) throws Exception {
        NodeSecrets.of(config).put(NodeSecrets.TLS_PASSWORD, "s3cret");
        Files.copy(config.resolve(NodeSecrets.PROPERTIES), other.resolve(NodeSecrets.PROPERTIES));
        NodeSecrets stranger = NodeSecrets.of(other);
        assertThrows(IllegalStateException.class, () -> stranger.get(NodeSecrets.TLS_PASSWORD));
    }

    @Test
    void theLaunchersTlsOptionsSayWhatTheyMean() {
        assertEquals(Nodes.Tls.LOCAL, Launcher.tls(Map.of()));
        assertEquals(Nodes.Tls.OFF, Launcher.tls(Map.of("tls", "off")));
        assertEquals(Nodes.Tls.kit(Path.of("kits/a")), Launcher.tls(Map.of("tls-kit", "kits/a")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.tls(Map.of("tls", "maybe")))
                .getMessage().contains("on or off"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.tls(Map.of("tls", "off",
                "tls-kit", "kits/a"))).getMessage().contains("contradict"));
    }
}
