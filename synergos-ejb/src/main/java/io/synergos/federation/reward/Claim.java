package io.synergos.federation.reward;

/**
 * What a participant brings to an allocation: its contribution (value and share of the gain), whether it was
 * flagged as a suspected free rider, and whether an admin overrode that flag.
 */
public record Claim(String participant, double value, double share, boolean flagged, boolean overridden,
                    String flagReason) {

    /** Not flagged, or its flag overridden. */
    public boolean eligible() {
        return !flagged || overridden;
    }
}
