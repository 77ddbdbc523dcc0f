package io.synergos.federation.contribution;

import io.synergos.federation.alignment.Task;
import io.synergos.federation.metrics.ClassificationMetrics;
import java.util.Arrays;

/**
 * What one validator measured of one candidate model, as sums that add up across validators: adding two
 * validators' sums gives exactly the sums of their pooled data, so a utility over any set of validators is
 * computed without a row leaving its Worker.
 *
 * <p>Layout of {@link #values()}:
 * <ul>
 * <li>classification with {@code k} classes: {@code n, correct, logLossSum}, the confusion matrix
 * ({@code k x k}, true class by row), then for each scored class (class 1 when binary, every class otherwise)
 * a histogram of that class's predicted probability over {@value #BINS} equal bins for the rows of that class,
 * then one for the other rows (for a pooled ROC-AUC accurate to the bin width);</li>
 * <li>regression: {@code n, sse, sae, sumY, sumY2}, errors in the label's own unit.</li>
 * </ul>
 */
public record MetricSums(Task task, int classes, double[] values) {

    /** Histogram bins per scored class for ROC-AUC. */
    public static final int BINS = 100;

    private static final double EPS = 1e-15;
    private static final int N = 0;
    private static final int CORRECT = 1;
    private static final int LOG_LOSS = 2;
    private static final int CONFUSION = 3;

    public MetricSums {
        if (values.length != width(task, classes)) {
            throw new IllegalArgumentException("metric sums for " + task + " with " + classes + " classes have "
                    + width(task, classes) + " values, not " + values.length);
        }
    }

    /** How many values the sums of a task have. */
    public static int width(Task task, int classes) {
        if (task == Task.REGRESSION) {
            return 5;
        }
        return CONFUSION + classes * classes + 2 * scored(task, classes) * BINS;
    }

    private static int scored(Task task, int classes) {
        return task == Task.BINARY ? 1 : classes;
    }

    /** @param probabilities one row per sample, one column per class */
    public static MetricSums classification(Task task, int[] truth, double[][] probabilities, int classes) {
        double[] v = new double[width(task, classes)];
        int scored = scored(task, classes);
        int histograms = CONFUSION + classes * classes;
        for (int i = 0; i < truth.length; i++) {
            double[] p = probabilities[i];
            int predicted = ClassificationMetrics.argmax(p);
            v[N]++;
            v[CORRECT] += predicted == truth[i] ? 1 : 0;
            v[LOG_LOSS] -= Math.log(Math.max(p[truth[i]], EPS));
            v[CONFUSION + truth[i] * classes + predicted]++;
            for (int s = 0; s < scored; s++) {
                int c = task == Task.BINARY ? 1 : s;
                int bin = Math.min(BINS - 1, (int) (p[c] * BINS));
                int side = truth[i] == c ? 0 : 1;
                v[histograms + (2 * s + side) * BINS + bin]++;
            }
        }
        return new MetricSums(task, classes, v);
    }

    public static MetricSums regression(double[] truth, double[] predicted) {
        double[] v = new double[5];
        for (int i = 0; i < truth.length; i++) {
            double e = predicted[i] - truth[i];
            v[0]++;
            v[1] += e * e;
            v[2] += Math.abs(e);
            v[3] += truth[i];
            v[4] += truth[i] * truth[i];
        }
        return new MetricSums(Task.REGRESSION, 0, v);
    }

    /** The sums of both validators' data, as if it were pooled. */
    public MetricSums plus(MetricSums other) {
        if (other.task != task || other.classes != classes) {
            throw new IllegalArgumentException("cannot add metric sums of " + other.task + "/" + other.classes
                    + " to " + task + "/" + classes);
        }
        double[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new MetricSums(task, classes, sum);
    }

    public double samples() {
        return values[N];
    }

    public double accuracy() {
        return ratio(values[CORRECT], values[N]);
    }

    public double logLoss() {
        return ratio(values[LOG_LOSS], values[N]);
    }

    /** Macro-averaged F1 from the confusion matrix. */
    public double f1Macro() {
        double f1 = 0;
        for (int c = 0; c < classes; c++) {
            double truePositive = confusion(c, c);
            double predicted = 0;
            double actual = 0;
            for (int o = 0; o < classes; o++) {
                predicted += confusion(o, c);
                actual += confusion(c, o);
            }
            double precision = ratio(truePositive, predicted);
            double recall = ratio(truePositive, actual);
            f1 += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        return f1 / classes;
    }

    /** ROC-AUC of the pooled scores (macro one-vs-rest for several classes); NaN when a side has no row. */
    public double rocAuc() {
        int scored = scored(task, classes);
        int histograms = CONFUSION + classes * classes;
        double sum = 0;
        int counted = 0;
        for (int s = 0; s < scored; s++) {
            double[] positives = Arrays.copyOfRange(values, histograms + 2 * s * BINS, histograms + (2 * s + 1) * BINS);
            double[] negatives = Arrays.copyOfRange(values, histograms + (2 * s + 1) * BINS,
                    histograms + (2 * s + 2) * BINS);
            double auc = auc(positives, negatives);
            if (!Double.isNaN(auc)) {
                sum += auc;
                counted++;
            }
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** Probability that a positive scores above a negative, ties (same bin) counting one half. */
    private static double auc(double[] positives, double[] negatives) {
        double p = Arrays.stream(positives).sum();
        double n = Arrays.stream(negatives).sum();
        if (p == 0 || n == 0) {
            return Double.NaN;
        }
        double below = 0;
        double wins = 0;
        for (int b = 0; b < BINS; b++) {
            wins += positives[b] * (below + negatives[b] / 2);
            below += negatives[b];
        }
        return wins / (p * n);
    }

    public double mse() {
        return ratio(values[1], values[0]);
    }

    /** R² against the pooled label mean; NaN when the label does not vary. */
    public double r2() {
        double n = values[0];
        double sst = n == 0 ? 0 : values[4] - values[3] * values[3] / n;
        return sst <= 0 ? Double.NaN : 1 - values[1] / sst;
    }

    private double confusion(int truth, int predicted) {
        return values[CONFUSION + truth * classes + predicted];
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSums other && other.task == task && other.classes == classes
                && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * task.hashCode() + classes) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "MetricSums[" + task + ", " + classes + " classes, n=" + values[0] + "]";
    }
}
