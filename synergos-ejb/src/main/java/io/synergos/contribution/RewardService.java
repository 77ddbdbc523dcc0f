package io.synergos.contribution;

import io.synergos.federation.reward.Allocation;
import io.synergos.federation.reward.Claim;
import io.synergos.federation.reward.RewardAllocator;
import io.synergos.federation.reward.RewardPolicy;
import io.synergos.federation.reward.RewardShare;
import io.synergos.federation.reward.Tier;
import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.contribution.AllocationShare;
import io.synergos.persistence.contribution.AllocationStatus;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.contribution.ContributionStatus;
import io.synergos.persistence.contribution.ContributionValue;
import io.synergos.persistence.contribution.RewardAllocation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reward allocation: a pool split by a policy from a completed contribution result, kept as a draft that can be
 * changed or deleted until an admin publishes it; a published allocation is immutable. Exports for finance (CSV,
 * JSON) and each participant's own view of its shares.
 */
@Stateless
public class RewardService {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;


    public AllocationView allocate(long contributionId, AllocationRequest request, String actor) {
        Contribution contribution = contribution(contributionId);
        if (contribution.getStatus() != ContributionStatus.COMPLETED) {
            throw new ConflictException("contribution " + contributionId + " is " + contribution.getStatus()
                    + "; a reward is allocated from a COMPLETED result");
        }
        RewardAllocation allocation = new RewardAllocation(contribution, actor);
        define(allocation, request);
        em.persist(allocation);
        em.flush();
        return AllocationView.of(allocation);
    }

    /** Changes a draft (policy, pool, tiers...): its shares are computed again. */
    public AllocationView update(long allocationId, AllocationRequest request) {
        RewardAllocation allocation = allocation(allocationId);
        requireDraft(allocation, "changed");
        define(allocation, request);
        return AllocationView.of(allocation);
    }

    public void delete(long allocationId) {
        RewardAllocation allocation = allocation(allocationId);
        requireDraft(allocation, "deleted");
        em.remove(allocation);
    }

    public AllocationView publish(long allocationId, String actor) {
        RewardAllocation allocation = allocation(allocationId);
        if (allocation.getStatus() == AllocationStatus.PUBLISHED) {
            throw new ConflictException("allocation " + allocationId + " was already published by "
                    + allocation.getPublishedBy() + " at " + allocation.getPublishedAt());
        }
        allocation.publish(actor);
        return AllocationView.of(allocation);
    }

    public AllocationView view(long allocationId) {
        return AllocationView.of(allocation(allocationId));
    }

    public List<AllocationView> ofContribution(long contributionId) {
        contribution(contributionId);
        return em.createQuery("select a from RewardAllocation a where a.contribution.id = :c order by a.id",
                RewardAllocation.class).setParameter("c", contributionId).getResultStream().map(AllocationView::of)
                .toList();
    }

    /** The allocation for finance, one line per participant: participant, amount, unit, tier, fraction, reason. */
    public String csv(long allocationId) {
        AllocationView a = view(allocationId);
        StringBuilder csv = new StringBuilder("allocation,status,participant,amount,unit,tier,fraction,reason\n");
        for (AllocationView.Share s : a.shares()) {
            csv.append(a.id()).append(',').append(a.status()).append(',').append(quote(s.participant())).append(',')
                    .append(s.amount().toPlainString()).append(',').append(quote(a.unit())).append(',')
                    .append(s.tier() == null ? "" : quote(s.tier())).append(',')
                    .append(String.format(Locale.ROOT, "%.6f", s.fraction())).append(',').append(quote(s.reason()))
                    .append('\n');
        }
        csv.append(a.id()).append(',').append(a.status()).append(",TOTAL,").append(a.total().toPlainString())
                .append(',').append(quote(a.unit())).append(",,1,").append(quote(a.rounding())).append('\n');
        return csv.toString();
    }

    /** A participant's shares of published allocations (the caller is the participant or an admin; see CallerScope). */
    public List<ParticipantShare> sharesOf(String participantName) {
        List<ParticipantShare> shares = new ArrayList<>();
        for (AllocationShare s : em.createQuery("select s from AllocationShare s where s.participant = :n "
                + "and s.allocation.status = :p order by s.allocation.id", AllocationShare.class)
                .setParameter("n", participantName).setParameter("p", AllocationStatus.PUBLISHED).getResultList()) {
            RewardAllocation a = s.getAllocation();
            ContributionValue v = a.getContribution().getValues().stream()
                    .filter(x -> x.getParticipant().equals(participantName)).findFirst().orElse(null);
            shares.add(new ParticipantShare(a.getId(), a.getContribution().getId(), a.getContribution().getRun().getId(),
                    participantName, a.getPolicy(), inUnits(a.getPool(), a), a.getUnit(), inUnits(s.getAmount(), a),
                    s.getTier(), s.getReason(),
                    a.getContribution().getMethod(), a.getContribution().getMetric(), v == null ? 0 : v.getValue(),
                    v == null ? 0 : v.getShare(), v != null && v.isFlagged(), v != null && v.isOverridden(),
                    a.getPublishedAt()));
        }
        return shares;
    }

    private void define(RewardAllocation allocation, AllocationRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "is required: {\"policy\", \"pool\", \"unit\"?, \"decimals\"?, "
                    + "\"tiers\"?}");
        }
        RewardPolicy policy;
        try {
            policy = RewardPolicy.of(request.policy() == null ? "" : request.policy());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("policy", e.getMessage());
        }
        BigDecimal pool = amount("pool", request.pool());
        String unit = request.unit() == null || request.unit().isBlank() ? "EUR" : request.unit().trim();
        if (unit.length() > 40) {
            throw new InvalidInputException("unit", "must be at most 40 characters");
        }
        int decimals = request.decimals() == null ? 2 : request.decimals();
        List<Tier> tiers = new ArrayList<>();
        JsonArrayBuilder tiersJson = Json.createArrayBuilder();
        if (request.tiers() != null) {
            for (int i = 0; i < request.tiers().size(); i++) {
                AllocationRequest.TierRequest t = request.tiers().get(i);
                if (t == null || t.minShare() == null) {
                    throw new InvalidInputException("tiers[" + i + "].minShare", "is required: the lowest share of the "
                            + "gain in this tier, 0 to 1");
                }
                BigDecimal amount = amount("tiers[" + i + "].amount", t.amount());
                tiers.add(new Tier(t.name(), t.minShare(), amount));
                tiersJson.add(Json.createObjectBuilder().add("name", t.name() == null ? "" : t.name())
                        .add("minShare", t.minShare()).add("amount", amount));
            }
        }
        if (request.note() != null && request.note().length() > 2000) {
            throw new InvalidInputException("note", "must be at most 2000 characters");
        }
        List<Claim> claims = allocation.getContribution().getValues().stream().map(v -> new Claim(v.getParticipant(),
                v.getValue(), v.getShare(), v.isFlagged(), v.isOverridden(), flagReason(v))).toList();
        Allocation result;
        try {
            result = RewardAllocator.allocate(policy, pool, decimals, claims, tiers);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            String field = message.contains("tier") ? "tiers" : message.contains("pool") ? "pool"
                    : message.contains("decimals") ? "decimals" : "policy";
            for (String lead : List.of("the " + field + " ", field + " ")) {
                if (message.startsWith(lead)) {
                    message = message.substring(lead.length());
                }
            }
            throw new InvalidInputException(field, message);
        }
        List<AllocationShare> shares = new ArrayList<>();
        for (RewardShare share : result.shares()) {
            shares.add(new AllocationShare(allocation, share.participant(), share.amount(), share.fraction(),
                    share.tier(), share.reason()));
        }
        allocation.define(policy.wireName(), pool, unit, decimals, policy == RewardPolicy.TIERED
                ? tiersJson.build().toString() : null, result.rounding(), request.note(), shares);
    }

    /** An amount with the allocation's unit's decimals, as finance reads it (stored with 6). */
    private static java.math.BigDecimal inUnits(java.math.BigDecimal amount, RewardAllocation a) {
        return amount.setScale(a.getDecimals(), java.math.RoundingMode.UNNECESSARY);
    }

    /** The first failed check's explanation, from the evidence JSON. */
    private static String flagReason(ContributionValue v) {
        if (!v.isFlagged() || v.getEvidence() == null) {
            return null;
        }
        try (var reader = Json.createReader(new java.io.StringReader(v.getEvidence()))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(e -> e.getBoolean("failed", false)).map(e -> e.getString("explanation", ""))
                    .reduce((a, b) -> a + "; " + b).orElse("flagged");
        }
    }

    private static BigDecimal amount(String field, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException(field, "is required: a number of at least 0");
        }
        BigDecimal amount;
        if (value instanceof JsonNumber number) {
            amount = number.bigDecimalValue();
        } else if (value instanceof JsonString text) {
            try {
                amount = new BigDecimal(text.getString().trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "must be a number, not '" + text.getString() + "'");
            }
        } else {
            throw new InvalidInputException(field, "must be a number, not " + value);
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, "must not be negative, not " + amount.toPlainString());
        }
        if (amount.compareTo(new BigDecimal("1e15")) > 0) {
            throw new InvalidInputException(field, "must be below 10^15, not " + amount.toPlainString());
        }
        return amount;
    }

    private static void requireDraft(RewardAllocation allocation, String change) {
        if (allocation.getStatus() == AllocationStatus.PUBLISHED) {
            throw new ConflictException("allocation " + allocation.getId() + " was published by "
                    + allocation.getPublishedBy() + " at " + allocation.getPublishedAt() + " and cannot be " + change
                    + "; allocate again from the contribution for a new draft");
        }
    }

    private static String quote(String text) {
        if (text == null) {
            return "";
        }
        String escaped = text.replace("\"", "\"\"");
        return escaped.contains(",") || escaped.contains("\"") || escaped.contains("\n") ? "\"" + escaped + "\""
                : escaped;
    }

    private Contribution contribution(long id) {
        Contribution c = em.find(Contribution.class, id);
        if (c == null) {
            throw new NotFoundException("no contribution with id " + id);
        }
        return c;
    }

    private RewardAllocation allocation(long id) {
        RewardAllocation a = em.find(RewardAllocation.class, id);
        if (a == null) {
            throw new NotFoundException("no reward allocation with id " + id);
        }
        return a;
    }
}
