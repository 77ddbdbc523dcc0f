package io.synergos.federation.contribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Shapley values estimated from sampled permutations, as GTG-Shapley does within a round (Liu et al. 2022):
 * <ul>
 * <li><b>guided</b>: permutations come in waves of {@code n}; in a wave each participant leads one permutation,
 * the rest of the order being random, so every participant's value from small coalitions (where marginal gains
 * are largest) is sampled equally often;</li>
 * <li><b>truncated</b>: walking a permutation, once the coalition so far is within {@code truncation} of v(N),
 * the rest is not evaluated; its small remainder v(N) - v(S) is split equally among the participants not yet
 * added, so that every permutation's marginals still add up to v(N) - v(empty) (efficiency holds exactly);</li>
 * <li><b>batched</b>: the coalitions of a wave are asked for level by level, several levels per call, so a
 * grid evaluates many candidate models per message; values already known are never asked again;</li>
 * <li><b>converging</b>: after each wave, sampling stops when no participant's running mean moved by more than
 * {@code tolerance} times |v(N) - v(empty)|, and at {@code maxPermutations} in any case.</li>
 * </ul>
 * Each participant's standard error is that of the mean of its sampled marginals. The permutations and where
 * each was truncated are kept ({@link Trace}), so the same sample can be valued again with another utility (the
 * same coalitions measured on fewer validators) by {@link #replay}.
 */
public final class PermutationSampling {

    /** Batch access to coalition values: every coalition in the set, in one call. */
    @FunctionalInterface
    public interface CoalitionUtility {
        Map<Integer, Double> values(Set<Integer> coalitions);
    }

    /**
     * @param minPermutations sampled in any case (rounded up to whole waves of n)
     * @param maxPermutations the most sampled
     * @param tolerance       convergence: the largest move of a running mean in a wave, relative to |v(N) - v(empty)|
     * @param truncation      absolute: a coalition within this of v(N) ends its permutation
     * @param levelsPerCall   how many levels of the waves' permutations one call asks for
     */
    public record Options(int minPermutations, int maxPermutations, double tolerance, double truncation,
                          int levelsPerCall, long seed) {

        public Options {
            if (minPermutations < 1 || maxPermutations < minPermutations) {
                throw new IllegalArgumentException("permutations: need 1 <= min <= max, not " + minPermutations + " and "
                        + maxPermutations);
            }
            if (tolerance < 0 || truncation < 0 || levelsPerCall < 1) {
                throw new IllegalArgumentException("tolerance and truncation must not be negative, levels per call >= 1");
            }
        }

        public Options withTruncation(double threshold) {
            return new Options(minPermutations, maxPermutations, tolerance, threshold, levelsPerCall, seed);
        }
    }

    /** One sampled permutation, and the position from which it was truncated ({@code n} when it was not). */
    public record Trace(int[] order, int truncatedAt) {
    }

    /**
     * @param evaluations coalitions this estimate asked the utility for (excluding the two it was given)
     */
    public record Estimate(double[] values, double[] standardErrors, int permutations, int evaluations,
                           List<Trace> traces) {
    }

    private PermutationSampling() {
    }

    public static Estimate estimate(int n, double vEmpty, double vFull, CoalitionUtility utility, Options options) {
        int all = Coalitions.full(n);
        Map<Integer, Double> known = new HashMap<>();
        known.put(0, vEmpty);
        known.put(all, vFull);
        Random random = new Random(options.seed());
        List<Trace> traces = new ArrayList<>();
        Moments moments = new Moments(n);
        double[] previous = null;
        int evaluations = 0;
        double scale = Math.max(Math.abs(vFull - vEmpty), 1e-12);
        while (traces.size() < options.maxPermutations()) {
            int wave = Math.min(n, options.maxPermutations() - traces.size());
            int[][] orders = new int[wave][];
            for (int j = 0; j < wave; j++) {
                orders[j] = guided(n, (traces.size() + j) % n, random);
            }
            evaluations += walk(orders, vFull, known, utility, options);
            for (int[] order : orders) {
                Trace trace = truncate(order, known, vFull, options.truncation());
                traces.add(trace);
                moments.add(marginals(trace, known::get, vEmpty, vFull));
            }
            double[] mean = moments.mean();
            if (traces.size() >= options.minPermutations() && previous != null
                    && maxMove(previous, mean) <= options.tolerance() * scale) {
                break;
            }
            previous = mean;
        }
        return new Estimate(moments.mean(), moments.standardErrors(), traces.size(), evaluations, traces);
    }

    /** The same permutations and truncation points, valued with another utility (which must know their prefixes). */
    public static Estimate replay(int n, List<Trace> traces, IntToDoubleFunction v, double vEmpty, double vFull) {
        Moments moments = new Moments(n);
        for (Trace trace : traces) {
            moments.add(marginals(trace, v::applyAsDouble, vEmpty, vFull));
        }
        return new Estimate(moments.mean(), moments.standardErrors(), traces.size(), 0, traces);
    }

    /** A random order of the participants that starts with {@code first}. */
    private static int[] guided(int n, int first, Random random) {
        int[] order = new int[n];
        order[0] = first;
        for (int i = 1, p = 0; i < n; i++, p++) {
            order[i] = p == first ? ++p : p;
        }
        for (int i = n - 1; i > 1; i--) {
            int j = 1 + random.nextInt(i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /**
     * Evaluates the prefixes the wave needs, {@code levelsPerCall} levels per call, skipping permutations that
     * the values known so far already truncate. Returns how many coalitions were asked for.
     */
    private static int walk(int[][] orders, double vFull, Map<Integer, Double> known, CoalitionUtility utility,
                            Options options) {
        int n = orders[0].length;
        int asked = 0;
        for (int depth = 1; depth < n; depth += options.levelsPerCall()) {
            int until = Math.min(n - 1, depth + options.levelsPerCall() - 1);
            Set<Integer> needed = new LinkedHashSet<>();
            for (int[] order : orders) {
                int mask = 0;
                for (int length = 1; length <= until; length++) {
                    Double before = known.get(mask);
                    if (before == null && length - 1 < depth) {
                        throw new IllegalStateException("prefix " + mask + " of an earlier level is unknown");
                    }
                    if (before != null && length > 1 && Math.abs(vFull - before) <= options.truncation()) {
                        break;
                    }
                    mask |= 1 << order[length - 1];
                    if (length >= depth && !known.containsKey(mask)) {
                        needed.add(mask);
                    }
                }
            }
            if (!needed.isEmpty()) {
                Map<Integer, Double> values = utility.values(needed);
                for (int mask : needed) {
                    Double value = values.get(mask);
                    if (value == null) {
                        throw new IllegalStateException("the utility did not value coalition " + mask);
                    }
                    known.put(mask, value);
                }
                asked += needed.size();
            }
        }
        return asked;
    }

    /** Where the permutation is truncated, given the values known after the walk. */
    private static Trace truncate(int[] order, Map<Integer, Double> known, double vFull, double truncation) {
        int mask = 0;
        for (int d = 0; d < order.length; d++) {
            Double value = known.get(mask);
            if (value == null) {
                throw new IllegalStateException("coalition " + mask + " was neither evaluated nor truncated");
            }
            if (d > 0 && Math.abs(vFull - value) <= truncation) {
                return new Trace(order, d);
            }
            mask |= 1 << order[d];
        }
        return new Trace(order, order.length);
    }

    private static double[] marginals(Trace trace, java.util.function.IntFunction<Double> value, double vEmpty,
                                      double vFull) {
        int[] order = trace.order();
        int n = order.length;
        double[] marginal = new double[n];
        int mask = 0;
        double before = vEmpty;
        for (int d = 0; d < trace.truncatedAt(); d++) {
            mask |= 1 << order[d];
            double after = d == n - 1 ? vFull : value.apply(mask);
            marginal[order[d]] = after - before;
            before = after;
        }
        int rest = n - trace.truncatedAt();
        for (int d = trace.truncatedAt(); d < n; d++) {
            marginal[order[d]] = (vFull - before) / rest;
        }
        return marginal;
    }

    private static double maxMove(double[] before, double[] now) {
        double max = 0;
        for (int i = 0; i < now.length; i++) {
            max = Math.max(max, Math.abs(now[i] - before[i]));
        }
        return max;
    }

    /** Running mean and variance of each participant's marginals (Welford). */
    private static final class Moments {
        private final double[] mean;
        private final double[] m2;
        private int count;

        Moments(int n) {
            mean = new double[n];
            m2 = new double[n];
        }

        void add(double[] x) {
            count++;
            for (int i = 0; i < x.length; i++) {
                double delta = x[i] - mean[i];
                mean[i] += delta / count;
                m2[i] += delta * (x[i] - mean[i]);
            }
        }

        double[] mean() {
            return mean.clone();
        }

        double[] standardErrors() {
            double[] se = new double[mean.length];
            if (count < 2) {
                return se;
            }
            for (int i = 0; i < se.length; i++) {
                se[i] = Math.sqrt(m2[i] / (count - 1) / count);
            }
            return se;
        }
    }
}
