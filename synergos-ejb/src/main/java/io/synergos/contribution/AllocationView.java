package io.synergos.contribution;

import io.synergos.persistence.contribution.AllocationShare;
import io.synergos.persistence.contribution.RewardAllocation;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A reward allocation as an admin sees it: every share, with the policy, the pool, how amounts were rounded, the
 * contribution result it used (method, metric, parameters) and its audit (created, published: who and when).
 */
public record AllocationView(long id, long contributionId, long runId, String method, String metric,
                             JsonValue contributionParameters, String policy, BigDecimal pool, String unit,
                             int decimals, JsonValue tiers, String status, String rounding, String note,
                             String createdBy, Instant createdAt, Instant updatedAt, String publishedBy,
                             Instant publishedAt, BigDecimal total, List<Share> shares) {

    /** One participant's amount and why. */
    public record Share(String participant, BigDecimal amount, double fraction, String tier, String reason) {
        static Share of(AllocationShare s) {
            return new Share(s.getParticipant(), s.getAmount().setScale(s.getAllocation().getDecimals(),
                    java.math.RoundingMode.UNNECESSARY), s.getFraction(), s.getTier(), s.getReason());
        }
    }

    public static AllocationView of(RewardAllocation a) {
        List<Share> shares = a.getShares().stream().map(Share::of).toList();
        return new AllocationView(a.getId(), a.getContribution().getId(), a.getContribution().getRun().getId(),
                a.getContribution().getMethod(), a.getContribution().getMetric(), ContributionView.json(a.getContribution().getParameters()),
                a.getPolicy(), a.getPool().setScale(a.getDecimals(), java.math.RoundingMode.UNNECESSARY), a.getUnit(),
                a.getDecimals(), ContributionView.json(a.getTiers()), a.getStatus().name(), a.getRounding(), a.getNote(),
                a.getCreatedBy(), a.getCreatedAt(), a.getUpdatedAt(), a.getPublishedBy(), a.getPublishedAt(),
                shares.stream().map(Share::amount).reduce(BigDecimal.ZERO, BigDecimal::add), shares);
    }

}
