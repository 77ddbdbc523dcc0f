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

    /** @param samples weigh the steps into the global model's step (the round's progress) */
    public void round(double[] global, double[][] updates, long[] samples) {
        int n = participants.size();
        double[][] d = new double[n][];
        double[] norm = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = new double[global.length];
            for (int p = 0; p < global.length; p++) {
                d[i][p] = updates[i][p] - global[p];
            }
            norm[i] = norm(d[i]);
        }
        double[] ratio = new double[n];
        double[] agreement = new double[n];
        for (int i = 0; i < n; i++) {
            double[] otherNorms = new double[n - 1];
            double[] cosines = new double[n - 1];
            for (int j = 0, k = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                otherNorms[k] = norm[j];
                cosines[k++] = norm[i] == 0 || norm[j] == 0 ? 0 : dot(d[i], d[j]) / (norm[i] * norm[j]);
            }
            double median = n > 1 ? median(otherNorms) : norm[i];
            ratio[i] = median == 0 ? (norm[i] == 0 ? 1 : Double.POSITIVE_INFINITY) : norm[i] / median;
            agreement[i] = n > 1 ? median(cosines) : 1;
        }
        double[] globalStep = new double[global.length];
        long total = 0;
        for (int i = 0; i < n; i++) {
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

    public Map<String, Summary> summaries() {
        Map<String, Summary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < participants.size(); i++) {
            int p = i;
            double meanStep = steps.stream().mapToDouble(s -> s[p]).average().orElse(0);
            double weighted = 0;
            double weights = 0;
            for (int r = 0; r < agreements.size(); r++) {
                weighted += progress.get(r) * agreements.get(r)[p];
                weights += progress.get(r);
            }
            summaries.put(participants.get(i), new Summary(participants.get(i), ratios.size(),
                    median(ratios.stream().mapToDouble(r -> r[p]).toArray()),
                    weights == 0 ? median(agreements.stream().mapToDouble(a -> a[p]).toArray()) : weighted / weights,
                    meanStep));
        }
        return summaries;
    }

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
