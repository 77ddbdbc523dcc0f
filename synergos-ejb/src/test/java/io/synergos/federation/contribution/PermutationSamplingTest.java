package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Guided Monte Carlo sampling with truncation against exact Shapley values on synthetic games. */
class PermutationSamplingTest {

    /** A smooth game like a model's quality: concave in the weighted data a coalition holds, plus interactions. */
    static IntToDoubleFunction qualityGame(double[] weight) {
        return mask -> {
            double data = 0;
            for (int i = 0; i < weight.length; i++) {
                data += (mask & (1 << i)) != 0 ? weight[i] : 0;
            }
            double pair = (mask & 3) == 3 ? 0.05 : 0; // players 0 and 1 complement each other
            return 0.5 + 0.4 * (1 - Math.exp(-data)) + pair;
        };
    }

    private static PermutationSampling.CoalitionUtility counting(IntToDoubleFunction v, Set<Integer> asked,
                                                                 int[] calls) {
        return masks -> {
            calls[0]++;
            Map<Integer, Double> values = new HashMap<>();
            for (int mask : masks) {
                assertTrue(asked.add(mask), "coalition " + mask + " asked for twice");
                values.put(mask, v.applyAsDouble(mask));
            }
            return values;
        };
    }

    @Test
    void everyEstimateIsEfficientWithAndWithoutTruncation() {
        double[] weight = {0.8, 0.3, 1.2, 0.05, 0.6, 0.4, 0.9};
        IntToDoubleFunction v = qualityGame(weight);
        int n = weight.length;
        for (double truncation : new double[] {0, 0.01}) {
            var options = new PermutationSampling.Options(14, 70, 0.001, truncation, 2, 7);
            var estimate = PermutationSampling.estimate(n, v.applyAsDouble(0), v.applyAsDouble(Coalitions.full(n)),
                    counting(v, new HashSet<>(), new int[1]), options);
            assertEquals(v.applyAsDouble(Coalitions.full(n)) - v.applyAsDouble(0), ShapleyValuesTest.sum(
                    estimate.values()), 1e-12, "truncation " + truncation);
        }
    }

    @Test
    void theEstimatorConvergesToTheExactValuesWithinItsInterval() {
        double[] weight = {0.8, 0.3, 1.2, 0.05, 0.6, 0.4, 0.9, 0.2};
        IntToDoubleFunction v = qualityGame(weight);
        int n = weight.length;
        double[] exact = ShapleyValues.exact(n, v);
        int covered = 0;
        int pairs = 0;
        double errorFew = 0;
        double errorMany = 0;
        for (long seed = 1; seed <= 40; seed++) {
            var estimate = sample(v, n, 200, seed, 0);
            for (int i = 0; i < n; i++) {
                double half = ContributionResult.Z95 * estimate.standardErrors()[i];
                covered += Math.abs(estimate.values()[i] - exact[i]) <= half ? 1 : 0;
                pairs++;
            }
            errorMany += maxError(estimate.values(), exact);
            errorFew += maxError(sample(v, n, 16, seed, 0).values(), exact);
        }
        double coverage = (double) covered / pairs;
        System.out.printf("95%% intervals held the exact value in %.1f %% of %d cases; mean max error %.5f with 16 "
                + "permutations, %.5f with 200%n", 100 * coverage, pairs, errorFew / 40, errorMany / 40);
        assertTrue(coverage >= 0.88, "coverage " + coverage);
        assertTrue(errorMany < errorFew / 2, "more permutations, smaller error: " + errorFew + " -> " + errorMany);
        assertTrue(errorMany / 40 < 0.02 * (v.applyAsDouble(Coalitions.full(n)) - v.applyAsDouble(0)),
                "with 200 permutations the largest error is under 2 % of the gain");
    }

    @Test
    void identicalPlayersGetValuesEqualWithinTheirIntervals() {
        double[] weight = {0.5, 0.5, 0.5, 1.0, 0.2, 0.5};
        IntToDoubleFunction v = mask -> qualityGame(weight).applyAsDouble(mask) - ((mask & 3) == 3 ? 0.05 : 0);
        var estimate = sample(v, weight.length, 300, 11, 0);
        for (int i : new int[] {1, 2, 5}) {
            double half = ContributionResult.Z95 * Math.hypot(estimate.standardErrors()[0], estimate.standardErrors()[i]);
            assertTrue(Math.abs(estimate.values()[0] - estimate.values()[i]) <= half,
                    "players 0 and " + i + ": " + estimate.values()[0] + " vs " + estimate.values()[i]);
        }
    }

    @Test
    void aNullPlayerGetsAtMostTheTruncationThreshold() {
        double[] weight = {0.8, 0.0, 1.2, 0.6, 0.4};
        IntToDoubleFunction v = mask -> qualityGame(weight).applyAsDouble(mask) - ((mask & 3) == 3 ? 0.05 : 0);
        assertEquals(0, sample(v, 5, 100, 3, 0).values()[1], 1e-12, "without truncation, exactly nothing");
        double truncation = 0.002;
        assertTrue(Math.abs(sample(v, 5, 100, 3, truncation).values()[1]) <= truncation);
    }

    @Test
    void truncationSavesEvaluationsAndBatchesAskInFewCallsWithoutRepeats() {
        double[] weight = {2.0, 1.5, 1.8, 2.2, 1.9, 2.1, 1.7, 2.4, 1.6, 2.0};
        // saturating quickly, without the pair term: a few participants already reach v(N)
        IntToDoubleFunction v = mask -> qualityGame(weight).applyAsDouble(mask) - ((mask & 3) == 3 ? 0.05 : 0);
        int n = weight.length;
        int[] callsFull = new int[1];
        var full = PermutationSampling.estimate(n, v.applyAsDouble(0), v.applyAsDouble(Coalitions.full(n)),
                counting(v, new HashSet<>(), callsFull), new PermutationSampling.Options(20, 20, 0, 0, 3, 5));
        int[] callsTruncated = new int[1];
        var truncated = PermutationSampling.estimate(n, v.applyAsDouble(0), v.applyAsDouble(Coalitions.full(n)),
                counting(v, new HashSet<>(), callsTruncated), new PermutationSampling.Options(20, 20, 0, 0.005, 3, 5));
        System.out.printf("20 permutations of 10 players: %d evaluations in %d calls; truncated: %d in %d calls%n",
                full.evaluations(), callsFull[0], truncated.evaluations(), callsTruncated[0]);
        assertTrue(truncated.evaluations() < full.evaluations() * 0.7, "truncation saved evaluations");
        assertEquals(2 * 3, callsFull[0], "two waves of 10, three levels per call over 9 levels");
        assertTrue(callsTruncated[0] <= callsFull[0]);
    }

    @Test
    void aReplayWithTheSameUtilityGivesTheSameEstimate() {
        double[] weight = {0.8, 0.3, 1.2, 0.05, 0.6, 0.4, 0.9};
        IntToDoubleFunction v = qualityGame(weight);
        var estimate = sample(v, weight.length, 50, 2, 0.003);
        var replay = PermutationSampling.replay(weight.length, estimate.traces(), v, v.applyAsDouble(0),
                v.applyAsDouble(Coalitions.full(weight.length)));
        assertArrayEquals(estimate.values(), replay.values(), 1e-15);
        assertArrayEquals(estimate.standardErrors(), replay.standardErrors(), 1e-15);
    }

    private static PermutationSampling.Estimate sample(IntToDoubleFunction v, int n, int permutations, long seed,
                                                       double truncation) {
        return PermutationSampling.estimate(n, v.applyAsDouble(0), v.applyAsDouble(Coalitions.full(n)),
                counting(v, new HashSet<>(), new int[1]),
                new PermutationSampling.Options(permutations, permutations, 0, truncation, 2, seed));
    }

    private static double maxError(double[] estimate, double[] exact) {
        double max = 0;
        for (int i = 0; i < exact.length; i++) {
            max = Math.max(max, Math.abs(estimate[i] - exact[i]));
        }
        return max;
    }
}
