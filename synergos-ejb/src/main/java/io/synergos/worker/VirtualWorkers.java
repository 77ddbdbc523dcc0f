package io.synergos.worker;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The virtual Workers a Worker node can host for load and scale tests ({@code synergos.worker.virtual=N}): {@code v1}
 * to {@code vN}, each a real participant of the federation with its own base URL ({@code NODE/virtual/vK/}, under
 * which it has its own control API and its own grid socket), its own control key, and its own slice of the node's data
 * (row {@code r} of every dataset belongs to {@code v(r mod N + 1)}). Nothing of the protocol is simulated: the TTP
 * cannot tell a virtual Worker from a node of its own.
 *
 * <p>A virtual Worker's control key is derived from the node's ({@link #key}), so that the node stores nothing more and
 * its operator (who holds the node's key) can register each virtual Worker with the TTP; one virtual Worker's key
 * opens neither the node's control API nor another virtual Worker's.
 */
public final class VirtualWorkers {

    /** The system property that sets how many virtual Workers a Worker node hosts (default 0, at most {@link #MAX}). */
    public static final String PROPERTY = "synergos.worker.virtual";

    public static final int MAX = 1000;

    /** The path segment under a node's base URL that holds its virtual Workers. */
    public static final String SEGMENT = "virtual";

    private static final Pattern NAME = Pattern.compile("v([1-9][0-9]{0,3})");

    private VirtualWorkers() {
    }

    /** The name of the {@code index}th virtual Worker, counted from 1. */
    public static String name(int index) {
        if (index < 1 || index > MAX) {
            throw new IllegalArgumentException("a virtual Worker's index runs from 1 to " + MAX + ", not " + index);
        }
        return "v" + index;
    }

    /** The index (from 1) of the virtual Worker {@code name} on a node hosting {@code count}; empty if it has none. */
    public static Optional<Integer> index(String name, int count) {
        Matcher m = name == null ? null : NAME.matcher(name);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(m.group(1));
        return index <= count ? Optional.of(index) : Optional.empty();
    }

    /** How messages and exported models name a Worker: the node's name, or {@code NODE/vK} for a virtual Worker. */
    public static String qualified(String node, String virtual) {
        return virtual == null ? node : node + "/" + virtual;
    }

    /** The base URL of virtual Worker {@code name} on the node at {@code nodeBaseUrl} (which ends with a slash). */
    public static String baseUrl(String nodeBaseUrl, String name) {
        return (nodeBaseUrl.endsWith("/") ? nodeBaseUrl : nodeBaseUrl + "/") + SEGMENT + "/" + name + "/";
    }

    /**
     * The control key of virtual Worker {@code name}: HMAC-SHA256 of its name under the node's key, in URL-safe Base64.
     * Whoever knows the node's key can compute it; nobody can go from it back to the node's key or to another's.
     */
    public static String key(String nodeKey, String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nodeKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("synergos virtual worker " + name).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
