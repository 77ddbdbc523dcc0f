package io.synergos.federation.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contribution measured during one training run, with no retraining (GTG-Shapley, Liu et al. 2022; in the
 * spirit of MR-Shapley, Wei et al. 2020). Each round the TTP holds the round's starting global model w and
 * every participant's local update; the model of a coalition S is the sample-weighted average of S's updates
 * (FedAvg over S), the empty coalition's model is w and the grand coalition's is the round's new global model.
 * A round's Shapley values distribute the round's gain v(N) - v(empty); a participant's value is the sum over
 * rounds, so the values add up to the gain of the whole run, U(final model) - U(starting model).
 *
 * <ul>
 * <li>A round whose gain is within {@code skip} times the largest round gain so far is not valued coalition by
 * coalition (between-round truncation); its small gain is split equally.</li>
 * <li>A round with at most {@code exactRoundLimit} proper coalitions is valued exactly: all of them in one
 * batch. Above that, guided Monte Carlo permutation sampling with truncation ({@link PermutationSampling}).</li>
 * <li>Every validator's measurements are kept, so the result can be computed over a subset of the validators
 * ({@link #result(Set)}) without evaluating again.</li>
 * </ul>
 */
public final class InTrainingValuation {

    /** Measures candidate models on the validators: for each model, each validator's sums, in validator order. */
    @FunctionalInterface
    public interface CandidateEvaluator {
        List<MetricSums[]> evaluate(List<double[]> models);
    }

    /**
     * @param exactRoundLimit rounds with at most this many proper coalitions (2^n - 2) are valued exactly
     * @param sampling        for sampled rounds; its truncation is replaced by {@code truncation} times the largest
     *                        round gain so far, its seed is offset by the round
     * @param truncation      relative within-round truncation (see {@link PermutationSampling})
     * @param skip            relative between-round truncation
     */
    public record Settings(ContributionMetric metric, int exactRoundLimit, PermutationSampling.Options sampling,
                           double truncation, double skip) {

        /** The defaults: exact rounds up to 5 participants, else sampling; 1 % truncation, rounds under 1 % skipped. */
        public static Settings defaults(ContributionMetric metric, long seed) {
            return new Settings(metric, 30, new PermutationSampling.Options(10, 100, 0.01, 0, 3, seed), 0.01, 0.01);
        }
    }

    /** How a round was valued. */
    public enum RoundMethod { EXACT, SAMPLED, SKIPPED }

    private record Round(UtilityTable table, RoundMethod method, List<PermutationSampling.Trace> traces) {
    }

    private final List<String> participants;
    private final List<String> validators;
    private final Settings settings;
    private final List<Round> rounds = new ArrayList<>();
    private MetricSums[] current;
    private double largestGain;
    private long evaluations;

    public InTrainingValuation(List<String> participants, List<String> validators, Settings settings) {
        if (participants.isEmpty() || participants.size() > Coalitions.MAX_PLAYERS) {
            throw new IllegalArgumentException("in-training contribution needs 1 to " + Coalitions.MAX_PLAYERS
                    + " participants, not " + participants.size());
        }
        this.participants = List.copyOf(participants);
        this.validators = List.copyOf(validators);
        this.settings = settings;
        new UtilityTable(validators, settings.metric());
    }

    public List<String> participants() {
        return participants;
    }

    public List<String> validators() {
        return validators;
    }

    /**
     * Values one round.
     *
     * @param global  the round's starting global parameters
     * @param updates each participant's parameters after local training, in {@link #participants()} order
     * @param samples each participant's sample count
     * @return how the round was valued
     */
    public RoundMethod round(double[] global, double[][] updates, long[] samples, CandidateEvaluator evaluator) {
        int n = participants.size();
        int all = Coalitions.full(n);
        if (updates.length != n || samples.length != n) {
            throw new IllegalArgumentException("a round needs one update per participant (" + n + "), not "
                    + updates.length);
        }
        UtilityTable table = new UtilityTable(validators, settings.metric());
        List<double[]> firstModels = new ArrayList<>();
        if (current == null) {
            firstModels.add(global);
        }
        firstModels.add(coalitionModel(global, updates, samples, all));
        List<MetricSums[]> first = measure(evaluator, firstModels);
        if (current == null) {
            current = first.get(0);
        }
        MetricSums[] next = first.get(first.size() - 1);
        table.put(0, current);
        table.put(all, next);
        current = next;
        double v0 = table.value(0);
        double vN = table.value(all);
        double gain = Math.abs(vN - v0);
        largestGain = Math.max(largestGain, gain);
        if (n == 1 || gain <= settings.skip() * largestGain) {
            rounds.add(new Round(table, RoundMethod.SKIPPED, null));
            return RoundMethod.SKIPPED;
        }
        List<Integer> proper = Coalitions.proper(n);
        if (proper.size() <= settings.exactRoundLimit()) {
            evaluate(table, new LinkedHashSet<>(proper), global, updates, samples, evaluator);
            rounds.add(new Round(table, RoundMethod.EXACT, null));
            return RoundMethod.EXACT;
        }
        PermutationSampling.Options sampling = settings.sampling().withTruncation(settings.truncation() * largestGain);
        sampling = new PermutationSampling.Options(sampling.minPermutations(), sampling.maxPermutations(),
                sampling.tolerance(), sampling.truncation(), sampling.levelsPerCall(), sampling.seed() + rounds.size());
        PermutationSampling.Estimate estimate = PermutationSampling.estimate(n, v0, vN, masks -> {
            evaluate(table, masks, global, updates, samples, evaluator);
            Map<Integer, Double> values = new HashMap<>();
            masks.forEach(mask -> values.put(mask, table.value(mask)));
            return values;
        }, sampling);
        rounds.add(new Round(table, RoundMethod.SAMPLED, estimate.traces()));
        return RoundMethod.SAMPLED;
    }

    /** The values over every validator. */
    public ContributionResult result() {
        return result(Set.of());
    }

    /**
     * The values with the utility measured on every validator except {@code excluded} (all of them if that
     * would leave none). Efficient: they add up to U(final) - U(start) on those validators.
     */
    public ContributionResult result(Set<String> excluded) {
        int n = participants.size();
        int all = Coalitions.full(n);
        Set<Integer> use = new LinkedHashSet<>();
        List<String> used = new ArrayList<>();
        for (int v = 0; v < validators.size(); v++) {
            if (!excluded.contains(validators.get(v))) {
                use.add(v);
                used.add(validators.get(v));
            }
        }
        if (use.isEmpty()) {
            use = new UtilityTable(validators, settings.metric()).all();
            used = validators;
        }
        double[] values = new double[n];
        double[] variance = new double[n];
        Set<Integer> validatorsUsed = use;
        for (Round round : rounds) {
            UtilityTable table = round.table();
            double v0 = table.value(0, validatorsUsed);
            double vN = table.value(all, validatorsUsed);
            double[] roundValues;
            double[] errors = null;
            switch (round.method()) {
                case SKIPPED -> {
                    roundValues = new double[n];
                    java.util.Arrays.fill(roundValues, (vN - v0) / n);
                }
                case EXACT -> roundValues = ShapleyValues.exact(n, mask -> table.value(mask, validatorsUsed));
                default -> {
                    PermutationSampling.Estimate replay = PermutationSampling.replay(n, round.traces(),
                            mask -> table.value(mask, validatorsUsed), v0, vN);
                    roundValues = replay.values();
                    errors = replay.standardErrors();
                }
            }
            for (int i = 0; i < n; i++) {
                values[i] += roundValues[i];
                variance[i] += errors == null ? 0 : errors[i] * errors[i];
            }
        }
        double vEmpty = rounds.isEmpty() ? Double.NaN : rounds.get(0).table().value(0, validatorsUsed);
        double vFull = rounds.isEmpty() ? Double.NaN : rounds.get(rounds.size() - 1).table().value(all, validatorsUsed);
        double[] errors = new double[n];
        for (int i = 0; i < n; i++) {
            errors[i] = Math.sqrt(variance[i]);
        }
        return new ContributionResult("in-training", settings.metric(), participants, used, vEmpty, vFull, values,
                errors, null, evaluations);
    }

    public int rounds() {
        return rounds.size();
    }

    /** How many rounds were valued each way. */
    public Map<RoundMethod, Integer> roundMethods() {
        Map<RoundMethod, Integer> counts = new java.util.EnumMap<>(RoundMethod.class);
        rounds.forEach(r -> counts.merge(r.method(), 1, Integer::sum));
        return counts;
    }

    public long evaluations() {
        return evaluations;
    }

    private void evaluate(UtilityTable table, Set<Integer> masks, double[] global, double[][] updates, long[] samples,
                          CandidateEvaluator evaluator) {
        List<Integer> order = masks.stream().filter(m -> !table.has(m)).toList();
        if (order.isEmpty()) {
            return;
        }
        List<double[]> models = order.stream().map(m -> coalitionModel(global, updates, samples, m)).toList();
        List<MetricSums[]> sums = measure(evaluator, models);
        for (int i = 0; i < order.size(); i++) {
            table.put(order.get(i), sums.get(i));
        }
    }

    private List<MetricSums[]> measure(CandidateEvaluator evaluator, List<double[]> models) {
        List<MetricSums[]> sums = evaluator.evaluate(models);
        if (sums.size() != models.size()) {
            throw new IllegalStateException("asked for " + models.size() + " candidates' metrics, got " + sums.size());
        }
        evaluations += models.size();
        return sums;
    }

    /** FedAvg over the coalition's updates; the starting model when its members trained on no sample. */
    public static double[] coalitionModel(double[] global, double[][] updates, long[] samples, int mask) {
        double[] sum = new double[global.length];
        long total = 0;
        for (int i = 0; i < updates.length; i++) {
            if ((mask & (1 << i)) != 0 && samples[i] > 0) {
                for (int p = 0; p < sum.length; p++) {
                    sum[p] += samples[i] * updates[i][p];
                }
                total += samples[i];
            }
        }
        if (total == 0) {
            return global.clone();
        }
        for (int p = 0; p < sum.length; p++) {
            sum[p] /= total;
        }
        return sum;
    }
}
