package io.synergos.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret for storage (AES-256-GCM, a fresh 96-bit nonce each time) under a key derived for one purpose from a
 * node's sealing key, and makes the salted digests an Elytron JDBC realm verifies passwords against. Plain Java: the
 * key comes from the node's credential store ({@link ServerSecrets}).
 */
public final class SecretSeal {

    private static final String VERSION = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** {@code sealingKey}: 64 hex digits (256 bits); {@code purpose} names what is sealed, so keys are not shared. */
    public SecretSeal(String sealingKey, String purpose) {
        if (sealingKey == null || !sealingKey.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("a sealing key must be 64 hex digits (256 bits)");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(sealingKey), "HmacSHA256"));
            this.key = new SecretKeySpec(mac.doFinal(("synergos/" + purpose).getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] all = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, all, 0, nonce.length);
            System.arraycopy(sealed, 0, all, nonce.length, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(all);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret: " + e.getMessage(), e);
        }
    }

    /** The secret {@link #seal} sealed; refused when it was sealed under another key or changed since. */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot open a sealed secret: it was sealed under another node's key, "
                    + "or changed since", e);
        }
    }

    /** A salted digest, base64: SHA-256 of the password's UTF-8 bytes, then the salt. */
    public record Digest(String hash, String salt) {
    }

    /**
     * The digest Elytron's {@code salted-simple-digest-mapper} with {@code password-salt-digest-sha-256} checks a
     * presented password against. A control key has 256 random bits, so one SHA-256 round is enough.
     */
    public static Digest digest(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new Digest(Base64.getEncoder().encodeToString(digest(password, salt)),
                Base64.getEncoder().encodeToString(salt));
    }

    static byte[] digest(String password, byte[] salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            sha.update(salt);
            return sha.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
