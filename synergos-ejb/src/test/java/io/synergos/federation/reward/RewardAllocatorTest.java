package io.synergos.federation.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every policy adds up exactly to the pool, treats flags as documented, and refuses bad input by name. */
class RewardAllocatorTest {

    private static final List<Claim> CLAIMS = List.of(
            new Claim("bank-a", 0.12, 0.40, false, false, null),
            new Claim("bank-b", 0.09, 0.30, false, false, null),
            new Claim("bank-c", 0.09, 0.30, false, false, null),
            new Claim("rider", -0.01, -0.03, true, false, "value not credibly above zero"));

    private static List<BigDecimal> amounts(Allocation allocation) {
        return allocation.shares().stream().map(RewardShare::amount).toList();
    }

    @Test
    void proportionalSplitsByShareAndRoundsToTheCentWithTheRemainderToTheLargestRemainders() {
        Allocation allocation = RewardAllocator.allocate(RewardPolicy.PROPORTIONAL, new BigDecimal("1000.00"), 2,
                List.of(new Claim("x", 1, 1.0 / 3, false, false, null), new Claim("y", 1, 1.0 / 3, false, false, null),
                        new Claim("z", 1, 1.0 / 3, false, false, null)), List.of());
        assertEquals(List.of(new BigDecimal("333.34"), new BigDecimal("333.33"), new BigDecimal("333.33")),
                amounts(allocation));
        assertEquals(new BigDecimal("1000.00"), allocation.total());
        assertTrue(allocation.rounding().contains("the 1 remaining step(s) of 0.01 went to the largest remainders (x)"),
                allocation.rounding());
    }

    @Test
    void aFlaggedFreeRiderGetsNothingUnlessTheFlagIsOverridden() {
        Allocation allocation = RewardAllocator.allocate(RewardPolicy.PROPORTIONAL, new BigDecimal("10000"), 0, CLAIMS,
                List.of());
        assertEquals(List.of(new BigDecimal("4000"), new BigDecimal("3000"), new BigDecimal("3000"), BigDecimal.ZERO),
                amounts(allocation));
        assertTrue(allocation.shares().get(3).reason().startsWith("flagged as a suspected free rider"));

        Allocation equal = RewardAllocator.allocate(RewardPolicy.EQUAL, new BigDecimal("100"), 2, List.of(CLAIMS.get(0),
                CLAIMS.get(1), CLAIMS.get(2), new Claim("rider", -0.01, -0.03, true, true, "overridden")), List.of());
        assertEquals(List.of(new BigDecimal("25.00"), new BigDecimal("25.00"), new BigDecimal("25.00"),
                new BigDecimal("25.00")), amounts(equal));
        assertTrue(equal.shares().get(3).reason().startsWith("flag overridden by an admin"));
    }

    @Test
    void tiersGiveEachMemberItsTierAmountScaledToThePool() {
        List<Tier> tiers = List.of(new Tier("gold", 0.35, new BigDecimal("500")),
                new Tier("silver", 0.2, new BigDecimal("300")), new Tier("bronze", 0.0, new BigDecimal("100")));
        Allocation exact = RewardAllocator.allocate(RewardPolicy.TIERED, new BigDecimal("1100"), 0, CLAIMS, tiers);
        assertEquals(List.of(new BigDecimal("500"), new BigDecimal("300"), new BigDecimal("300"), BigDecimal.ZERO),
                amounts(exact));
        assertEquals(List.of("gold", "silver", "silver"), exact.shares().subList(0, 3).stream().map(RewardShare::tier)
                .toList());
        Allocation scaled = RewardAllocator.allocate(RewardPolicy.TIERED, new BigDecimal("2200.00"), 2, CLAIMS, tiers);
        assertEquals(new BigDecimal("1000.00"), scaled.shares().get(0).amount());
        assertEquals(new BigDecimal("2200.00"), scaled.total());
    }

    @Test
    void badInputIsRefusedSayingWhatIsWrong() {
        List<Tier> overlapping = List.of(new Tier("gold", 0.3, BigDecimal.TEN), new Tier("silver", 0.3, BigDecimal.ONE));
        List<Tier> uncovering = List.of(new Tier("gold", 0.35, BigDecimal.TEN), new Tier("silver", 0.31, BigDecimal.ONE));
        assertMessage("pool must be a number of at least 0", () -> RewardAllocator.allocate(RewardPolicy.EQUAL,
                new BigDecimal("-1"), 2, CLAIMS, List.of()));
        assertMessage("more decimals than the unit's 2", () -> RewardAllocator.allocate(RewardPolicy.EQUAL,
                new BigDecimal("10.005"), 2, CLAIMS, List.of()));
        assertMessage("tiers overlap", () -> RewardAllocator.allocate(RewardPolicy.TIERED, BigDecimal.TEN, 0, CLAIMS,
                overlapping));
        assertMessage("the tiers do not cover bank-b's share 0.3000", () -> RewardAllocator.allocate(
                RewardPolicy.TIERED, BigDecimal.TEN, 0, CLAIMS, uncovering));
        assertMessage("needs tiers", () -> RewardAllocator.allocate(RewardPolicy.TIERED, BigDecimal.TEN, 0, CLAIMS,
                List.of()));
        assertMessage("every participant is flagged", () -> RewardAllocator.allocate(RewardPolicy.EQUAL, BigDecimal.TEN,
                0, List.of(CLAIMS.get(3)), List.of()));
        assertMessage("unknown policy 'shapley'", () -> RewardPolicy.of("shapley"));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
