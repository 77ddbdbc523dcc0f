package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.training.TrainingConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contribution methods on the shipped contribution split, simulated in this JVM with the nodes' own core:
 * in-training values agree with exact (retrained) values, and the three kinds of free rider are caught while no
 * honest participant is flagged. ContributionIT proves the same across real nodes, over 20 seeds.
 */
class ShippedSplitContributionTest {

    /** The settings the contribution tests and demo use: 5 rounds of 20 local epochs, neg log loss. */
    static final TrainingConfig CONFIG = new TrainingConfig(20, 32, 0.1, 0.01, 0, 42);
    static final int ROUNDS = 5;
    static final ContributionMetric METRIC = ContributionMetric.NEG_LOG_LOSS;

    private static FederatedSimulation simulation(Map<String, String> train, long seed) {
        return new FederatedSimulation(FederatedSimulation.align(train), new TrainingConfig(CONFIG.localEpochs(),
                CONFIG.batchSize(), CONFIG.learningRate(), CONFIG.lambda(), 0, seed), ROUNDS);
    }

    private static Map<String, String> honest(int n) {
        Map<String, String> train = new LinkedHashMap<>();
        for (int i = 1; i <= n; i++) {
            train.put("h" + i, "contribution-train");
        }
        return train;
    }

    @Test
    void inTrainingRanksThePartiesAsExactDoesWithinATenthOfTheGain() {
        for (int n : new int[] {3, 4}) {
            FederatedSimulation sim = simulation(honest(n), 42);
            List<FederatedSimulation.Party> parties = new ArrayList<>();
            honest(n).forEach((p, d) -> parties.add(sim.party(p, d, true)));
            ContributionResult exact = sim.exact(parties, parties, METRIC, 42);
            ContributionResult inTraining = sim.inTraining(parties, parties,
                    InTrainingValuation.Settings.defaults(METRIC, 42), 42).result();
            assertEquals(exact.gain(), inTraining.gain(), 1e-9, "both value the same run from the same start");
            double worst = 0;
            for (int i = 0; i < n; i++) {
                worst = Math.max(worst, Math.abs(exact.values()[i] - inTraining.values()[i]) / exact.gain());
                System.out.printf("n=%d %s: exact %.4f, in-training %.4f%n", n, parties.get(i).name(), exact.values()[i],
                        inTraining.values()[i]);
            }
            assertEquals(1.0, Ranking.spearman(exact.values(), inTraining.values()), 1e-12, "n = " + n);
            assertTrue(worst <= 0.10, "every value within 10 % of the gain; worst " + worst);
        }
    }

    @Test
    void eachKindOfFreeRiderIsRankedLastAndFlaggedAndNoHonestParticipantIs() {
        for (String kind : List.of("dummy", "shuffled", "copier")) {
            Map<String, String> train = honest(4);
            if (!kind.equals("copier")) {
                train.put("fr", "contribution-" + kind + "-train");
            }
            for (long seed = 1; seed <= 3; seed++) {
                FederatedSimulation sim = simulation(train, seed);
                List<FederatedSimulation.Party> honest = new ArrayList<>();
                honest(4).forEach((p, d) -> honest.add(sim.party(p, d, true)));
                List<FederatedSimulation.Party> parties = new ArrayList<>(honest);
                parties.add(kind.equals("copier") ? FederatedSimulation.copier("fr", 100)
                        : sim.party("fr", train.get("fr"), false));
                var run = sim.inTraining(parties, honest, InTrainingValuation.Settings.defaults(METRIC, seed), seed);
                var verdicts = FreeRiderDetector.detect(run.result(), run.statistics().summaries(),
                        FreeRiderDetector.Thresholds.DEFAULTS);
                double[] v = run.result().values();
                for (int i = 0; i < 4; i++) {
                    assertTrue(v[4] < v[i], kind + " seed " + seed + ": the free rider is last " + List.of(v));
                    assertTrue(!verdicts.get(i).flagged(), kind + " seed " + seed + ": " + verdicts.get(i));
                }
                assertTrue(verdicts.get(4).flagged(), kind + " seed " + seed + " flagged");
            }
        }
    }
}
