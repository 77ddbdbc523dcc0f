package io.synergos.contribution;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What one participant sees of a published allocation: its own amount and why (its value, share of the gain,
 * flag and the policy), never another participant's.
 */
public record ParticipantShare(long allocationId, long contributionId, long runId, String participant,
                               String policy, BigDecimal pool, String unit, BigDecimal amount, String tier,
                               String reason, String method, String metric, double value, double share,
                               boolean flagged, boolean overridden, Instant publishedAt) {
}
