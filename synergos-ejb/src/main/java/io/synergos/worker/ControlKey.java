package io.synergos.worker;

/**
 * How the TTP presents a Worker's control key on the Worker's control API: {@code Authorization: SynergosKey <key>}.
 * A scheme of its own, because the server's sign-in mechanisms (HTTP Basic, JWT bearer tokens) take over any
 * {@code Basic} or {@code Bearer} credentials they see, even on paths that need no sign-in, and a control key is
 * neither an account's password nor a JWT.
 */
public final class ControlKey {

    public static final String SCHEME = "SynergosKey";
    private static final String PREFIX = SCHEME + " ";

    private ControlKey() {
    }

    /** The value of the Authorization header that presents {@code key}. */
    public static String header(String key) {
        return PREFIX + key;
    }

    /** The key of an {@code Authorization: SynergosKey <key>} header, trimmed; null when absent or another scheme. */
    public static String of(String authorization) {
        return authorization != null && authorization.startsWith(PREFIX)
                ? authorization.substring(PREFIX.length()).trim() : null;
    }
}
