package io.synergos.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.SaltedSimpleDigestPassword;
import org.wildfly.security.password.spec.SaltedHashPasswordSpec;

class SecretSealTest {

    private static final String KEY = "0f".repeat(32);
    private static final String CONTROL_KEY = "a1b2".repeat(16);

    @Test
    void aSealedSecretOpensWithTheSameKeyAndPurposeOnly() {
        SecretSeal seal = new SecretSeal(KEY, "control-keys");
        String sealed = seal.seal(CONTROL_KEY);
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains(CONTROL_KEY));
        assertNotEquals(sealed, seal.seal(CONTROL_KEY), "a fresh nonce each time");
        assertEquals(CONTROL_KEY, seal.open(sealed));
        assertThrows(IllegalArgumentException.class, () -> new SecretSeal("1e".repeat(32), "control-keys").open(sealed));
        assertThrows(IllegalArgumentException.class, () -> new SecretSeal(KEY, "other").open(sealed));
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length / 2] ^= 1; // one bit of the ciphertext
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalArgumentException.class, () -> seal.open(altered));
        assertThrows(IllegalArgumentException.class, () -> seal.open(CONTROL_KEY));
        assertThrows(IllegalArgumentException.class, () -> new SecretSeal("short", "control-keys"));
    }

    /** The participants' JDBC realm (synergos.cli) verifies sign-ins with Elytron against exactly this digest. */
    @Test
    void theDigestIsTheOneElytronsSaltedSimpleDigestMapperVerifies() throws Exception {
        SecretSeal.Digest digest = SecretSeal.digest(CONTROL_KEY);
        PasswordFactory factory = PasswordFactory.getInstance(SaltedSimpleDigestPassword.ALGORITHM_PASSWORD_SALT_DIGEST_SHA_256,
                WildFlyElytronPasswordProvider.getInstance());
        Password stored = factory.generatePassword(new SaltedHashPasswordSpec(Base64.getDecoder().decode(digest.hash()),
                Base64.getDecoder().decode(digest.salt())));
        assertTrue(factory.verify(stored, CONTROL_KEY.toCharArray()));
        assertFalse(factory.verify(stored, (CONTROL_KEY + "x").toCharArray()));
        assertNotEquals(digest.salt(), SecretSeal.digest(CONTROL_KEY).salt());
    }
}
