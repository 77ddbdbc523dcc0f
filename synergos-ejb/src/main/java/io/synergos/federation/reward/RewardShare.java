package io.synergos.federation.reward;

import java.math.BigDecimal;

/**
 * One participant's part of a pool, and why.
 *
 * @param fraction its part of the pool before rounding (0 to 1)
 * @param tier     its tier for the tiered policy, else null
 */
public record RewardShare(String participant, BigDecimal amount, double fraction, String tier, String reason) {
}
