package io.synergos.federation.reward;

import java.math.BigDecimal;

/**
 * A reward tier: a participant whose share of the gain is at least {@code minShare} (and below the next tier
 * up) is in it; each member receives {@code amount}, scaled with every other member's so that the allocation adds
 * up exactly to the pool.
 */
public record Tier(String name, double minShare, BigDecimal amount) {
}
