package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * In-training contribution on a small federated linear regression simulated here: honest participants step
 * towards the true weights, a free rider sends the global model back with a little noise, a saboteur steps
 * away. Validators measure candidate models on their own data, as Workers do.
 */
class InTrainingValuationTest {

    private static final double[] TRUTH = {1.0, -2.0, 0.5, 0.0};

    /** A validator's data, and how it measures a candidate. */
    record Validator(double[][] x, double[] y) {
        static Validator of(int rows, long seed, boolean garbage) {
            Random random = new Random(seed);
            double[][] x = new double[rows][TRUTH.length];
            double[] y = new double[rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < TRUTH.length; c++) {
                    x[r][c] = random.nextGaussian();
                    y[r] += x[r][c] * TRUTH[c];
                }
                y[r] = garbage ? -y[r] : y[r] + 0.1 * random.nextGaussian();
            }
            return new Validator(x, y);
        }

        MetricSums measure(double[] w) {
            double[] f = new double[y.length];
            for (int r = 0; r < y.length; r++) {
                for (int c = 0; c < w.length; c++) {
                    f[r] += x[r][c] * w[c];
                }
            }
            return MetricSums.regression(y, f);
        }
    }

    enum Kind { HONEST, FREE_RIDER, SABOTEUR }

    static InTrainingValuation.CandidateEvaluator evaluator(List<Validator> validators) {
        return models -> models.stream().map(m -> validators.stream().map(v -> v.measure(m))
                .toArray(MetricSums[]::new)).toList();
    }

    /** Rounds of FedAvg over the kinds of participants, valued in training. */
    static InTrainingValuation train(List<Kind> kinds, List<Validator> validators, int rounds, int exactLimit,
                                     long seed) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            names.add(kinds.get(i).name().toLowerCase() + "-" + i);
        }
        List<String> validatorNames = new ArrayList<>();
        for (int v = 0; v < validators.size(); v++) {
            validatorNames.add("validator-" + v);
        }
        var settings = new InTrainingValuation.Settings(ContributionMetric.NEG_MSE, exactLimit,
                new PermutationSampling.Options(20, 200, 0.001, 0, 3, seed), 0.0, 0.0);
        InTrainingValuation valuation = new InTrainingValuation(names, validatorNames, settings);
        Random random = new Random(seed);
        double[] global = new double[TRUTH.length];
        long[] samples = new long[kinds.size()];
        java.util.Arrays.fill(samples, 100);
        for (int r = 0; r < rounds; r++) {
            double[][] updates = new double[kinds.size()][];
            for (int i = 0; i < kinds.size(); i++) {
                updates[i] = new double[TRUTH.length];
                for (int c = 0; c < TRUTH.length; c++) {
                    double noise = 0.05 * random.nextGaussian();
                    double toTruth = TRUTH[c] - global[c];
                    updates[i][c] = switch (kinds.get(i)) {
                        case HONEST -> global[c] + 0.3 * toTruth + noise;
                        case FREE_RIDER -> global[c] + 0.001 * random.nextGaussian();
                        case SABOTEUR -> global[c] - 0.3 * toTruth + noise;
                    };
                }
            }
            valuation.round(global, updates, samples, evaluator(validators));
            global = InTrainingValuation.coalitionModel(global, updates, samples, Coalitions.full(kinds.size()));
        }
        return valuation;
    }

    private static List<Validator> validators(int count) {
        List<Validator> list = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            list.add(Validator.of(80, 100 + v, false));
        }
        return list;
    }

    @Test
    void valuesAddUpToTheGainOfTheWholeRunAndRankTheParticipants() {
        List<Kind> kinds = List.of(Kind.HONEST, Kind.HONEST, Kind.FREE_RIDER, Kind.SABOTEUR);
        InTrainingValuation valuation = train(kinds, validators(2), 12, 30, 1);
        ContributionResult result = valuation.result();
        assertEquals(result.vFull() - result.vEmpty(), result.sum(), 1e-9, "efficiency over the rounds");
        double[] v = result.values();
        System.out.printf("honest %.4f %.4f, free rider %.4f, saboteur %.4f; gain %.4f; %s rounds; %d evaluations%n",
                v[0], v[1], v[2], v[3], result.gain(), valuation.roundMethods(), result.evaluations());
        assertTrue(v[0] > 0 && v[1] > 0, "honest participants add value");
        assertTrue(v[3] < v[2] && v[2] < Math.min(v[0], v[1]), "saboteur below free rider below honest");
        assertEquals(12 * (14 + 1) + 1, result.evaluations(), "per round: 14 proper coalitions and the new model");
    }

    @Test
    void sampledRoundsAgreeWithExactRoundsWithinTheirIntervals() {
        List<Kind> kinds = List.of(Kind.HONEST, Kind.HONEST, Kind.HONEST, Kind.FREE_RIDER, Kind.SABOTEUR, Kind.HONEST);
        ContributionResult exact = train(kinds, validators(2), 6, 62, 4).result();
        InTrainingValuation sampledValuation = train(kinds, validators(2), 6, 0, 4);
        ContributionResult sampled = sampledValuation.result();
        assertEquals(sampled.vFull() - sampled.vEmpty(), sampled.sum(), 1e-9, "sampling is efficient too");
        assertEquals(6, sampledValuation.roundMethods().get(InTrainingValuation.RoundMethod.SAMPLED));
        for (int i = 0; i < kinds.size(); i++) {
            double half = 3 * sampled.standardErrors()[i] + 1e-3 * Math.abs(exact.gain());
            assertTrue(Math.abs(sampled.values()[i] - exact.values()[i]) <= half,
                    "participant " + i + ": sampled " + sampled.values()[i] + " vs exact " + exact.values()[i]);
        }
    }

    @Test
    void resultsCanLeaveAValidatorsDataOutWithoutEvaluatingAgain() {
        List<Validator> validators = new ArrayList<>(validators(2));
        validators.add(Validator.of(200, 7, true)); // a validator whose labels are the negated truth
        List<Kind> kinds = List.of(Kind.HONEST, Kind.HONEST, Kind.HONEST);
        InTrainingValuation valuation = train(kinds, validators, 8, 30, 2);
        long evaluations = valuation.evaluations();
        ContributionResult all = valuation.result();
        ContributionResult trusted = valuation.result(Set.of("validator-2"));
        assertEquals(List.of("validator-0", "validator-1"), trusted.validators());
        assertEquals(evaluations, valuation.evaluations(), "nothing was evaluated again");
        assertEquals(trusted.vFull() - trusted.vEmpty(), trusted.sum(), 1e-9);
        assertTrue(trusted.gain() > 0, "on trusted data training gained: " + trusted.gain());
        assertTrue(all.gain() < trusted.gain(), "the garbage validator made the same training look worse");
        for (double value : trusted.values()) {
            assertTrue(value > 0, "every honest participant adds value on trusted data");
        }
    }

    @Test
    void roundsWithoutGainAreSkippedAndTheirGainSplitEqually() {
        var settings = new InTrainingValuation.Settings(ContributionMetric.NEG_MSE, 30,
                new PermutationSampling.Options(10, 50, 0.01, 0, 2, 1), 0.01, 0.05);
        InTrainingValuation valuation = new InTrainingValuation(List.of("a", "b"), List.of("v"), settings);
        List<Validator> validators = validators(1);
        double[] global = {0, 0, 0, 0};
        long[] samples = {10, 10};
        valuation.round(global, new double[][] {TRUTH.clone(), TRUTH.clone()}, samples, evaluator(validators));
        var method = valuation.round(TRUTH.clone(), new double[][] {TRUTH.clone(), TRUTH.clone()}, samples,
                evaluator(validators));
        assertEquals(InTrainingValuation.RoundMethod.SKIPPED, method, "the model did not change");
        ContributionResult result = valuation.result();
        assertEquals(result.values()[0], result.values()[1], 1e-12);
        assertEquals(result.gain(), result.sum(), 1e-12);
    }
}
