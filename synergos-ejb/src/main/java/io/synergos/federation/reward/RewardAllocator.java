package io.synergos.federation.reward;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a reward pool among participants by a {@link RewardPolicy}. Every policy first computes each
 * participant's weight, then the exact amounts {@code pool * weight / total weight}; these are rounded down to
 * the unit's smallest step ({@code 10^-scale}, e.g. 0.01 for money in cents, 1 for credits) and the steps left
 * over go one each to the largest remainders (ties: the larger weight, then the name), so the amounts add up
 * exactly to the pool (the largest-remainder method). Bad input is refused with an
 * {@link IllegalArgumentException} that names what is wrong.
 */
public final class RewardAllocator {

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private RewardAllocator() {
    }

    public static Allocation allocate(RewardPolicy policy, BigDecimal pool, int scale, List<Claim> claims,
                                      List<Tier> tiers) {
        if (pool == null || pool.signum() < 0) {
            throw new IllegalArgumentException("pool must be a number of at least 0, not " + pool);
        }
        if (scale < 0 || scale > 6) {
            throw new IllegalArgumentException("the unit's decimals must be 0 to 6, not " + scale);
        }
        if (pool.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("pool " + pool.toPlainString() + " has more decimals than the unit's "
                    + scale);
        }
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("there is no participant to reward");
        }
        List<RewardShare> draft = new ArrayList<>();
        double[] weights = new double[claims.size()];
        switch (policy) {
            case PROPORTIONAL -> {
                for (int i = 0; i < claims.size(); i++) {
                    Claim c = claims.get(i);
                    weights[i] = c.eligible() ? Math.max(0, c.share()) : 0;
                }
                if (java.util.Arrays.stream(weights).sum() <= 0) {
                    throw new IllegalArgumentException("no eligible participant has a positive contribution; the "
                            + "proportional policy has nothing to split by (use equal)");
                }
            }
            case EQUAL -> {
                for (int i = 0; i < claims.size(); i++) {
                    weights[i] = claims.get(i).eligible() ? 1 : 0;
                }
                if (java.util.Arrays.stream(weights).sum() <= 0) {
                    throw new IllegalArgumentException("every participant is flagged; override a flag to reward it");
                }
            }
            case TIERED -> weights = tierWeights(claims, tiers);
        }
        List<Tier> sorted = policy == RewardPolicy.TIERED ? sortedTiers(tiers) : List.of();
        double total = java.util.Arrays.stream(weights).sum();
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal[] exact = new BigDecimal[claims.size()];
        BigDecimal[] amounts = new BigDecimal[claims.size()];
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < claims.size(); i++) {
            exact[i] = total == 0 ? BigDecimal.ZERO
                    : pool.multiply(BigDecimal.valueOf(weights[i]), EXACT).divide(BigDecimal.valueOf(total), EXACT);
            amounts[i] = exact[i].setScale(scale, RoundingMode.FLOOR);
            assigned = assigned.add(amounts[i]);
        }
        int left = pool.subtract(assigned).divide(step, EXACT).intValueExact();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            order.add(i);
        }
        double[] w = weights;
        order.sort(Comparator.<Integer, BigDecimal>comparing(i -> exact[i].subtract(amounts[i])).reversed()
                .thenComparing(i -> -w[i]).thenComparing(i -> claims.get(i).participant()));
        List<String> extra = new ArrayList<>();
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            amounts[i] = amounts[i].add(step);
            extra.add(claims.get(i).participant());
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String tier = policy == RewardPolicy.TIERED && c.eligible() ? tierOf(sorted, c.share()).name() : null;
            draft.add(new RewardShare(c.participant(), amounts[i], total == 0 ? 0 : weights[i] / total, tier,
                    reason(policy, c, weights[i], total, tier)));
        }
        String rounding = String.format(Locale.ROOT, "exact amounts rounded down to %s; the %d remaining step(s) of %s "
                + "went to the largest remainders%s", step.toPlainString(), left, step.toPlainString(),
                extra.isEmpty() ? "" : " (" + String.join(", ", extra) + ")");
        return new Allocation(policy, pool, scale, List.copyOf(draft), rounding);
    }

    private static double[] tierWeights(List<Claim> claims, List<Tier> tiers) {
        List<Tier> sorted = sortedTiers(tiers);
        double[] weights = new double[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (!c.eligible()) {
                continue;
            }
            Tier lowest = sorted.get(sorted.size() - 1);
            if (c.share() < lowest.minShare()) {
                throw new IllegalArgumentException(String.format(Locale.ROOT, "the tiers do not cover %s's share %.4f: "
                        + "the lowest tier '%s' starts at %.4f", c.participant(), c.share(), lowest.name(),
                        lowest.minShare()));
            }
            weights[i] = tierOf(sorted, c.share()).amount().doubleValue();
        }
        if (java.util.Arrays.stream(weights).sum() <= 0) {
            throw new IllegalArgumentException("no eligible participant is in a tier with an amount above 0");
        }
        return weights;
    }

    /** The tiers, highest threshold first, checked: named, distinct, thresholds in [0, 1] and not overlapping. */
    static List<Tier> sortedTiers(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty()) {
            throw new IllegalArgumentException("the tiered policy needs tiers: name, minShare and amount each");
        }
        Set<String> names = new HashSet<>();
        Set<Double> thresholds = new HashSet<>();
        for (Tier t : tiers) {
            if (t.name() == null || t.name().isBlank()) {
                throw new IllegalArgumentException("every tier needs a name");
            }
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("two tiers are named '" + t.name() + "'");
            }
            if (!(t.minShare() >= 0 && t.minShare() <= 1)) {
                throw new IllegalArgumentException("tier '" + t.name() + "': minShare must be between 0 and 1, not "
                        + t.minShare());
            }
            if (!thresholds.add(t.minShare())) {
                throw new IllegalArgumentException("tiers overlap: two tiers start at the share " + t.minShare());
            }
            if (t.amount() == null || t.amount().signum() < 0) {
                throw new IllegalArgumentException("tier '" + t.name() + "': amount must be a number of at least 0");
            }
        }
        List<Tier> sorted = new ArrayList<>(tiers);
        sorted.sort(Comparator.comparingDouble(Tier::minShare).reversed());
        return sorted;
    }

    private static Tier tierOf(List<Tier> sorted, double share) {
        return sorted.stream().filter(t -> share >= t.minShare()).findFirst().orElseThrow();
    }

    private static String reason(RewardPolicy policy, Claim c, double weight, double total, String tier) {
        if (!c.eligible()) {
            return "flagged as a suspected free rider, so nothing: " + c.flagReason();
        }
        String override = c.flagged() ? "flag overridden by an admin; " : "";
        return override + switch (policy) {
            case PROPORTIONAL -> String.format(Locale.ROOT, "share %.4f of the gain (value %.4g): %.2f %% of the pool",
                    c.share(), c.value(), 100 * weight / total);
            case EQUAL -> String.format(Locale.ROOT, "an equal part: 1 of %d eligible participants", (int) total);
            case TIERED -> String.format(Locale.ROOT, "share %.4f of the gain puts it in tier '%s'", c.share(), tier);
        };
    }
}
