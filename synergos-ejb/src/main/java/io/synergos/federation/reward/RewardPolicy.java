package io.synergos.federation.reward;

import java.util.Locale;

/** How a reward pool is split among a run's participants. */
public enum RewardPolicy {
    /** By non-negative contribution shares; a flagged free rider gets nothing unless its flag is overridden. */
    PROPORTIONAL,
    /** By tier: each participant's share of the gain puts it in a tier, and each tier has its own amount. */
    TIERED,
    /** Equal parts among the participants not flagged (a baseline). */
    EQUAL;

    public static RewardPolicy of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("unknown policy '" + name + "'; use proportional, tiered or equal");
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
