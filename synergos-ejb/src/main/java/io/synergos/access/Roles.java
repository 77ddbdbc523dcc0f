package io.synergos.access;

/**
 * The roles of the API and the dashboard (README, "Security"). A realm user gets them from the node's
 * application-roles.properties (or a token's groups); a participant's Worker gets {@link #PARTICIPANT} when it signs
 * in as its participant.
 */
public final class Roles {

    /** The TTP operator: may do everything. */
    public static final String ADMIN = "admin";
    /** Reads everything, changes nothing. */
    public static final String VIEWER = "viewer";
    /** Model serving only. */
    public static final String PREDICTOR = "predictor";
    /** One organisation's operator account, confined to its own participants (see {@link CallerScope}). */
    public static final String PARTICIPANT = "participant";

    private Roles() {
    }
}
