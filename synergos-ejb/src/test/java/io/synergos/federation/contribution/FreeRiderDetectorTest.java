package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is flagged, and that every verdict carries every check with its figures. */
class FreeRiderDetectorTest {

    private static ContributionResult result(double[] values, double[] errors) {
        return new ContributionResult("in-training", ContributionMetric.NEG_LOG_LOSS, List.of("a", "b", "c", "d"),
                List.of("a", "b"), -0.69, -0.29, values, errors, null, 100);
    }

    @Test
    void aValueNotCrediblyAboveZeroIsFlaggedWithItsFigures() {
        // gain 0.4; c's value 0.03 is positive but its interval reaches below 2 % of the gain (0.008)
        ContributionResult result = result(new double[] {0.2, 0.17, 0.03, 0.0}, new double[] {0.01, 0.01, 0.012, 0});
        var verdicts = FreeRiderDetector.detect(result, Map.of(), FreeRiderDetector.Thresholds.DEFAULTS);
        assertEquals(List.of(false, false, true, true), verdicts.stream().map(FreeRiderDetector.Verdict::flagged).toList());
        var c = verdicts.get(2);
        assertEquals(1, c.evidence().size(), "only the value could be checked");
        assertEquals("value", c.evidence().get(0).check());
        assertEquals(0.008, c.evidence().get(0).threshold(), 1e-12);
        assertTrue(c.reason().contains("not credibly above zero"), c.reason());
        assertTrue(verdicts.get(0).reason().contains("no check failed"));
    }

    @Test
    void updatesThatBarelyMoveOrPullAgainstTheOthersAreFlaggedEvenWithSomeValue() {
        ContributionResult result = result(new double[] {0.1, 0.1, 0.1, 0.1}, new double[4]);
        Map<String, UpdateStatistics.Summary> stats = Map.of(
                "a", new UpdateStatistics.Summary("a", 10, 1.0, 0.8, 0.3),
                "b", new UpdateStatistics.Summary("b", 10, 0.9, 0.7, 0.3),
                "c", new UpdateStatistics.Summary("c", 10, 0.01, 0.05, 0.003),
                "d", new UpdateStatistics.Summary("d", 10, 1.1, -0.4, 0.3));
        var verdicts = FreeRiderDetector.detect(result, stats, FreeRiderDetector.Thresholds.DEFAULTS);
        assertFalse(verdicts.get(0).flagged());
        assertTrue(verdicts.get(2).flagged());
        assertTrue(verdicts.get(2).evidence().stream().anyMatch(e -> e.check().equals("step") && e.failed()));
        assertTrue(verdicts.get(3).flagged());
        assertTrue(verdicts.get(3).evidence().stream().anyMatch(e -> e.check().equals("agreement") && e.failed()));
        assertEquals(3, verdicts.get(3).evidence().size(), "value, step and agreement, each with its figures");
    }

    @Test
    void aFlaggedValidatorsOwnDataIsLeftOutOfEveryonesValueAndTheVerdictsAreMadeAgain() {
        java.util.List<java.util.Set<String>> asked = new java.util.ArrayList<>();
        // with c's own (dishonest) evaluate data c looks fine; without it, its value is nil
        Assessment assessment = Assessment.of(excluded -> {
            asked.add(excluded);
            return excluded.contains("c")
                    ? new ContributionResult("in-training", ContributionMetric.NEG_LOG_LOSS, List.of("a", "b", "c"),
                    List.of("a", "b"), -0.7, -0.3, new double[] {0.22, 0.18, 0.0}, new double[3], null, 10)
                    : new ContributionResult("in-training", ContributionMetric.NEG_LOG_LOSS, List.of("a", "b", "c"),
                    List.of("a", "b", "c"), -0.7, -0.2, new double[] {0.2, 0.15, 0.15}, new double[3], null, 10);
        }, Map.of("c", new UpdateStatistics.Summary("c", 5, 0.01, 0.5, 0.001)), FreeRiderDetector.Thresholds.DEFAULTS);
        assertEquals(List.of(java.util.Set.of(), java.util.Set.of("c")), asked, "valued again without c's data");
        assertEquals(java.util.Set.of("c"), assessment.excludedValidators());
        assertEquals(List.of("a", "b"), assessment.result().validators());
        assertTrue(assessment.verdicts().get(2).flagged());
        assertEquals(2, assessment.verdicts().get(2).evidence().stream().filter(FreeRiderDetector.Evidence::failed)
                .count(), "on trusted data its value fails too, besides its step");
    }

    @Test
    void aFlaggedParticipantThatIsTheOnlyValidatorKeepsItsDataAndTheResultSaysSo() {
        Assessment assessment = Assessment.of(excluded -> new ContributionResult("exact", ContributionMetric.ACCURACY,
                List.of("a", "b"), List.of("b"), 0.5, 0.9, new double[] {0.4, 0.0}, new double[2], null, 4), Map.of(),
                FreeRiderDetector.Thresholds.DEFAULTS);
        assertTrue(assessment.verdicts().get(1).flagged());
        assertEquals(java.util.Set.of(), assessment.excludedValidators());
        assertEquals(List.of("b"), assessment.result().validators());
    }

    @Test
    void aLeaveOneOutMarginalNearZeroIsNotAFlagButItsUpdatesStillAre() {
        // b and c hold similar data: leaving either out costs almost nothing, yet both trained honestly
        double[] marginals = {0.2, 0.001, -0.002};
        ContributionResult result = new ContributionResult("leave-one-out", ContributionMetric.ACCURACY,
                List.of("a", "b", "c"), List.of("a", "b", "c"), 0.5, 0.9, marginals, new double[3], marginals, 4);
        var verdicts = FreeRiderDetector.detect(result, Map.of(
                "a", new UpdateStatistics.Summary("a", 5, 1.0, 0.8, 0.3),
                "b", new UpdateStatistics.Summary("b", 5, 0.9, 0.7, 0.3),
                "c", new UpdateStatistics.Summary("c", 5, 0.01, 0.7, 0.003)), FreeRiderDetector.Thresholds.DEFAULTS);
        assertEquals(List.of(false, false, true), verdicts.stream().map(FreeRiderDetector.Verdict::flagged).toList());
        var value = verdicts.get(1).evidence().get(0);
        assertEquals("value", value.check());
        assertFalse(value.failed());
        assertTrue(Double.isNaN(value.threshold()), "no threshold was applied");
        assertTrue(value.explanation().startsWith("not checked"), value.explanation());
        assertTrue(verdicts.get(2).reason().contains("step"), "c is flagged for its updates alone: "
                + verdicts.get(2).reason());
    }

    @Test
    void updateStatisticsSeeWhoSendsTheGlobalModelBackAndWhoPullsAway() {
        UpdateStatistics statistics = new UpdateStatistics(List.of("honest-1", "honest-2", "honest-3", "copy",
                "against"));
        double[] global = {0, 0, 0};
        for (int r = 0; r < 5; r++) {
            statistics.round(global, new double[][] {{1, 1, 0.1}, {0.9, 1.2, 0}, {1.1, 0.8, 0.2}, {0.001, 0, 0.002},
                {-1, -0.8, 0}}, new long[] {100, 80, 120, 100, 90});
        }
        var summaries = statistics.summaries();
        assertTrue(summaries.get("honest-1").agreement() > 0.5, "two honest peers outvote copy and against");
        assertTrue(summaries.get("copy").stepRatio() < 0.01);
        assertTrue(summaries.get("against").agreement() < -0.5);
        assertEquals(5, summaries.get("copy").rounds());
    }
}
