package io.synergos.contribution;

import jakarta.json.JsonValue;
import java.util.List;

/**
 * A reward pool to split from a contribution result.
 *
 * @param policy   proportional, tiered or equal
 * @param pool     the amount to split (a number, or a string holding one), at least 0
 * @param unit     what it is counted in: a currency code (EUR), credits, model-access days... (default EUR)
 * @param decimals the unit's decimals, 0 to 6 (default 2): amounts are rounded to 10^-decimals
 * @param tiers    for the tiered policy: name, minShare (of the gain, 0 to 1) and amount per member
 */
public record AllocationRequest(String policy, JsonValue pool, String unit, Integer decimals, List<TierRequest> tiers,
                                String note) {

    /** One tier of the tiered policy. */
    public record TierRequest(String name, Double minShare, JsonValue amount) {
    }
}
