package io.synergos.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@code node start --jwt-...} turns an identity provider's PEM key into the node's system properties. */
class LauncherJwtTest {

    private static final String PEM = """
            -----BEGIN PUBLIC KEY-----
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuMhQe1m2GYl005WcF8ZA
            ngFVdqi8fzEPX5gHat/ylVMBip/DLpOior8CBEI7820F7pgAMndzmNreYfuOg8UB
            -----END PUBLIC KEY-----
            """;

    @Test
    void aPemFileBecomesOneLineWithTheIssuerAndTheDefaultAudience(@TempDir Path dir) throws Exception {
        Path key = Files.writeString(dir.resolve("idp.pem"), PEM);
        Map<String, String> properties = Launcher.jwt(Map.of("jwt-public-key", key.toString(),
                "jwt-issuer", "https://idp.example"));
        assertEquals("-----BEGIN PUBLIC KEY-----MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuMhQe1m2GYl005WcF8ZA"
                + "ngFVdqi8fzEPX5gHat/ylVMBip/DLpOior8CBEI7820F7pgAMndzmNreYfuOg8UB-----END PUBLIC KEY-----",
                properties.get("synergos.jwt.public-key"));
        assertEquals("https://idp.example", properties.get("synergos.jwt.issuer"));
        assertEquals("synergos", properties.get("synergos.jwt.audience"));
    }

    @Test
    void withoutAKeyNoTokenIsTrustedAndHalfAConfigurationIsRefused(@TempDir Path dir) throws Exception {
        assertEquals(Map.of(), Launcher.jwt(Map.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.jwt(Map.of("jwt-issuer", "x")))
                .getMessage().contains("need --jwt-public-key"));
        Path notPem = Files.writeString(dir.resolve("key.txt"), "ssh-rsa AAAA");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.jwt(Map.of("jwt-public-key",
                notPem.toString(), "jwt-issuer", "x"))).getMessage().contains("is not a PEM public key"));
        Path key = Files.writeString(dir.resolve("idp.pem"), PEM);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Launcher.jwt(Map.of("jwt-public-key",
                key.toString()))).getMessage().contains("jwt-issuer"), "a key needs its issuer");
    }
}
