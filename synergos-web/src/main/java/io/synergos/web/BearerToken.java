package io.synergos.web;

/** The token of an {@code Authorization: Bearer <token>} header: how Workers and participants present their key. */
public final class BearerToken {

    private static final String PREFIX = "Bearer ";

    private BearerToken() {
    }

    /** The token, trimmed; null when the header is absent or of another scheme. */
    public static String of(String authorization) {
        return authorization != null && authorization.startsWith(PREFIX)
                ? authorization.substring(PREFIX.length()).trim() : null;
    }
}
