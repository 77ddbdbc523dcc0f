package io.synergos.federation.contribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each participant's local updates behaved over the rounds, as evidence of free riding. Per round, with
 * {@code d_i = w_i - w} the step participant {@code i} took from the round's global model {@code w}:
 * <ul>
 * <li><b>step ratio</b>: |d_i| over the median |d_j| of the others. A participant that trained on data like
 * the others' moves about as far as they do; one that sends the global model back (plus noise) barely moves,
 * one that fits random labels or random rows moves much further.</li>
 * <li><b>agreement</b>: the median, over the others, of the cosine between d_i and their step. Participants
 * learning the same task move the same way; random features or shuffled labels pull elsewhere. A median, so
 * that one saboteur does not make the honest participants look disagreeable.</li>
 * </ul>
 * A participant's step ratio is its median over rounds. Its agreement is averaged over rounds weighted by how
 * far the global model moved in each: once training has converged the steps cancel out by construction (their
 * weighted mean is the global model's step, near zero), so they say nothing about who learns what.
 */
public final class UpdateStatistics {

    /** A participant's summary over the rounds. */
    public record Summary(String participant, int rounds, double stepRatio, double agreement, double meanStep) {
    }

    private final List<String> participants;
    private final List<double[]> ratios = new ArrayList<>();
    private final List<double[]> agreements = new ArrayList<>();
    private final List<double[]> steps = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();

    public UpdateStatistics(List<String> participants) {
        this.participants = List.copyOf(participants);
    }

    /**
     * Records a round. A participant with no samples took no part in it (it was absent or late): it has no step that
     * round, the others are compared among themselves, and its own figures are over the rounds it took part in.
     *
     * @param samples weigh the steps into the global model's step (the round's progress)
     */
    public void round(double[] global, double[][] updates, long[] samples) {
        int n = participants.size();
        double[][] d = new double[n][];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            if (samples[i] <= 0) {
                norm[i] = Double.NaN;
                continue;
            }
            d[i] = new double[global.length];
            for (int p = 0; p < global.length; p++) {
                d[i][p] = updates[i][p] - global[p];
            }
            norm[i] = norm(d[i]);
        }
        double[] ratio = new double[n];
        double[] agreement = new double[n];
        for (int i = 0; i < n; i++) {
            if (d[i] == null) {
                ratio[i] = Double.NaN;
                agreement[i] = Double.NaN;
                continue;
            }
            List<Double> otherNorms = new ArrayList<>();
            List<Double> cosines = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j == i || d[j] == null) {
                    continue;
                }
                otherNorms.add(norm[j]);
                cosines.add(norm[i] == 0 || norm[j] == 0 ? 0 : dot(d[i], d[j]) / (norm[i] * norm[j]));
            }
            if (n > 1 && otherNorms.isEmpty()) {
                // nobody else took part: nothing to compare it with this round
                ratio[i] = Double.NaN;
                agreement[i] = Double.NaN;
                continue;
            }
            double median = n > 1 ? median(otherNorms.stream().mapToDouble(Double::doubleValue).toArray()) : norm[i];
            ratio[i] = median == 0 ? (norm[i] == 0 ? 1 : Double.POSITIVE_INFINITY) : norm[i] / median;
            agreement[i] = n > 1 ? median(cosines.stream().mapToDouble(Double::doubleValue).toArray()) : 1;
        }
        double[] globalStep = new double[global.length];
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] == null) {
                continue;
            }
            total += samples[i];
            for (int p = 0; p < global.length; p++) {
                globalStep[p] += samples[i] * d[i][p];
            }
        }
        ratios.add(ratio);
        agreements.add(agreement);
        steps.add(norm);
        progress.add(total == 0 ? 0 : norm(globalStep) / total);
    }

    /** Each participant's figures over the rounds it took part in (and could be compared in). */
    public Map<String, Summary> summaries() {
        Map<String, Summary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            int p = i;
            double meanStep = steps.stream().mapToDouble(s -> s[p]).filter(v -> !Double.isNaN(v)).average().orElse(0);
            double[] taken = ratios.stream().mapToDouble(r -> r[p]).filter(v -> !Double.isNaN(v)).toArray();
            double[] agreed = agreements.stream().mapToDouble(a -> a[p]).filter(v -> !Double.isNaN(v)).toArray();
            double weighted = 0;
            double weights = 0;
            for (int r = 0; r < agreements.size(); r++) {
                if (!Double.isNaN(agreements.get(r)[p])) {
                    weighted += progress.get(r) * agreements.get(r)[p];
                    weights += progress.get(r);
                }
            }
            summaries.put(participants.get(i), new Summary(participants.get(i), taken.length,
                    taken.length == 0 ? 1 : median(taken),
                    weights == 0 ? (agreed.length == 0 ? 1 : median(agreed)) : weighted / weights, meanStep));
        }
        return summaries;
    }

    /**
     * The statistics' state, to continue exactly from it ({@link #restore}): little-endian, magic "SYUS", version 1,
     * participant count n, round count r, then per round n step ratios, n agreements, n step norms and the progress,
     * all float64 (NaN where a participant took no part).
     */
    public byte[] save() {
        int n = participants.size();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16 + ratios.size() * (3 * n + 1) * 8)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(1).putInt(n).putInt(ratios.size());
        for (int r = 0; r < ratios.size(); r++) {
            for (double[] values : List.of(ratios.get(r), agreements.get(r), steps.get(r))) {
                for (double v : values) {
                    buffer.putDouble(v);
                }
            }
            buffer.putDouble(progress.get(r));
        }
        return buffer.array();
    }

    /** Statistics that continue from a {@link #save saved} state of the same participants. */
    public static UpdateStatistics restore(List<String> participants, byte[] state) {
        UpdateStatistics statistics = new UpdateStatistics(participants);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(state).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int n = participants.size();
        if (state.length < 16 || buffer.getInt() != MAGIC || buffer.getInt() != 1 || buffer.getInt() != n) {
            throw new IllegalArgumentException("not the saved statistics of " + n + " participants");
        }
        int rounds = buffer.getInt();
        if (buffer.remaining() != (long) rounds * (3 * n + 1) * 8) {
            throw new IllegalArgumentException("saved statistics of " + rounds + " rounds are truncated");
        }
        for (int r = 0; r < rounds; r++) {
            double[][] values = new double[3][n];
            for (double[] row : values) {
                for (int i = 0; i < n; i++) {
                    row[i] = buffer.getDouble();
                }
            }
            statistics.ratios.add(values[0]);
            statistics.agreements.add(values[1]);
            statistics.steps.add(values[2]);
            statistics.progress.add(buffer.getDouble());
        }
        return statistics;
    }

    private static final int MAGIC = 'S' | 'Y' << 8 | 'U' << 16 | 'S' << 24;

    public int rounds() {
        return ratios.size();
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int p = 0; p < a.length; p++) {
            sum += a[p] * b[p];
        }
        return sum;
    }

    private static double norm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
