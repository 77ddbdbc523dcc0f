package io.synergos.persistence.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of a registered model version. Allowed moves: NONE to STAGING, PRODUCTION or ARCHIVED; STAGING to
 * PRODUCTION, ARCHIVED or NONE; PRODUCTION to STAGING or ARCHIVED; ARCHIVED to STAGING or NONE (an archived
 * version is reviewed again before production). Staying in the same stage is not a transition.
 */
public enum Stage {
    NONE, STAGING, PRODUCTION, ARCHIVED;

    public Set<Stage> next() {
        return switch (this) {
            case NONE -> EnumSet.of(STAGING, PRODUCTION, ARCHIVED);
            case STAGING -> EnumSet.of(PRODUCTION, ARCHIVED, NONE);
            case PRODUCTION -> EnumSet.of(STAGING, ARCHIVED);
            case ARCHIVED -> EnumSet.of(STAGING, NONE);
        };
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }
}
