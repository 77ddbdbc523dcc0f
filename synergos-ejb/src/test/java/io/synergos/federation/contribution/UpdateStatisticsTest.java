package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Free-rider statistics when trainers miss rounds (late or absent): finite, and over the rounds each took part in. */
class UpdateStatisticsTest {

    private static final double[] GLOBAL = {0, 0, 0};

    @Test
    void aParticipantThatMissesRoundsIsJudgedOnTheRoundsItTookPartIn() {
        UpdateStatistics statistics = new UpdateStatistics(List.of("a", "b", "c"));
        // round 1: everyone; round 2: c is absent (no samples, the global model as its "update"); round 3: everyone
        statistics.round(GLOBAL, new double[][]{{1, 0, 0}, {1, 0.1, 0}, {0.9, 0, 0.1}}, new long[]{10, 10, 10});
        statistics.round(GLOBAL, new double[][]{{1, 0, 0}, {1, 0.1, 0}, GLOBAL}, new long[]{10, 10, 0});
        statistics.round(GLOBAL, new double[][]{{1, 0, 0}, {1, 0.1, 0}, {0.9, 0, 0.1}}, new long[]{10, 10, 10});
        Map<String, UpdateStatistics.Summary> summaries = statistics.summaries();

        assertEquals(3, summaries.get("a").rounds());
        assertEquals(2, summaries.get("c").rounds(), "c is judged on the two rounds it trained in");
        for (UpdateStatistics.Summary s : summaries.values()) {
            assertTrue(Double.isFinite(s.stepRatio()) && Double.isFinite(s.agreement())
                    && Double.isFinite(s.meanStep()), s.toString());
        }
        // c's absence does not make it look like a copier (a step ratio near 0): it moved like the others
        assertTrue(summaries.get("c").stepRatio() > 0.8, summaries.get("c").toString());
        assertTrue(summaries.get("c").agreement() > 0.9, summaries.get("c").toString());
    }

    @Test
    void aRoundWithOneParticipantComparesNobody() {
        UpdateStatistics statistics = new UpdateStatistics(List.of("a", "b"));
        statistics.round(GLOBAL, new double[][]{{1, 0, 0}, GLOBAL}, new long[]{10, 0});
        Map<String, UpdateStatistics.Summary> summaries = statistics.summaries();
        assertEquals(0, summaries.get("a").rounds(), "alone in a round, a has no one to be compared with");
        assertEquals(0, summaries.get("b").rounds());
        assertTrue(Double.isFinite(summaries.get("a").stepRatio()));
    }

    @Test
    void savedStatisticsContinueExactly() {
        UpdateStatistics whole = new UpdateStatistics(List.of("a", "b", "c"));
        UpdateStatistics first = new UpdateStatistics(List.of("a", "b", "c"));
        double[][][] rounds = {
            {{1, 0, 0}, {1, 0.1, 0}, {0.9, 0, 0.1}},
            {{0.5, 0.2, 0}, {0.4, 0.1, 0}, GLOBAL},
            {{0.2, 0, 0.3}, {0.1, 0.1, 0.2}, {0.3, 0, 0.1}}};
        long[][] samples = {{10, 20, 30}, {10, 20, 0}, {10, 20, 30}};
        for (int r = 0; r < 3; r++) {
            whole.round(GLOBAL, rounds[r], samples[r]);
            if (r < 2) {
                first.round(GLOBAL, rounds[r], samples[r]);
            }
        }
        UpdateStatistics resumed = UpdateStatistics.restore(List.of("a", "b", "c"), first.save());
        resumed.round(GLOBAL, rounds[2], samples[2]);
        assertEquals(whole.summaries(), resumed.summaries(), "two rounds saved and restored, then the third");
        assertEquals(whole.rounds(), resumed.rounds());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> UpdateStatistics.restore(List.of("a", "b"), first.save()), "another set of participants");
    }
}
