package io.synergos.federation.reward;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pool split among participants. The amounts add up exactly to the pool; {@code rounding} says how they were
 * rounded to the unit's smallest step.
 */
public record Allocation(RewardPolicy policy, BigDecimal pool, int scale, List<RewardShare> shares, String rounding) {

    public BigDecimal total() {
        return shares.stream().map(RewardShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
