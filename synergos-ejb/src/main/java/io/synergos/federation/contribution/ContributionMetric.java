package io.synergos.federation.contribution;

import io.synergos.federation.alignment.Task;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The quality a coalition's model is valued by: higher is better for every one of them, so losses are negated.
 * The utility of a coalition is this metric of its model on the validators' pooled evaluate data.
 */
public enum ContributionMetric {
    ACCURACY("accuracy", false),
    F1("f1", false),
    ROC_AUC("roc_auc", false),
    NEG_LOG_LOSS("neg_log_loss", false),
    R2("r2", true),
    NEG_MSE("neg_mse", true);

    private final String wireName;
    private final boolean regression;

    ContributionMetric(String wireName, boolean regression) {
        this.wireName = wireName;
        this.regression = regression;
    }

    public String wireName() {
        return wireName;
    }

    public boolean fits(Task task) {
        return regression == (task == Task.REGRESSION);
    }

    /** The metric's value from pooled sums; NaN where it is undefined (a ROC-AUC without both classes). */
    public double of(MetricSums sums) {
        return value(parts(sums), sums);
    }

    /**
     * Only the sums this metric needs (two numbers for accuracy, log loss and MSE, the confusion matrix for F1,
     * the histograms for ROC-AUC), so that many coalitions' sums can be kept per validator. Parts add up across
     * validators like the full sums.
     */
    public double[] parts(MetricSums sums) {
        double[] v = sums.values();
        return switch (this) {
            case ACCURACY -> new double[] {v[0], v[1]};
            case NEG_LOG_LOSS -> new double[] {v[0], v[2]};
            case F1 -> java.util.Arrays.copyOfRange(v, 3, 3 + sums.classes() * sums.classes());
            case ROC_AUC -> java.util.Arrays.copyOfRange(v, 3 + sums.classes() * sums.classes(), v.length);
            case NEG_MSE -> new double[] {v[0], v[1]};
            case R2 -> new double[] {v[0], v[1], v[3], v[4]};
        };
    }

    /** The metric's value from pooled {@link #parts}; {@code shape} tells the task and the number of classes. */
    public double value(double[] parts, MetricSums shape) {
        double[] full = new double[shape.values().length];
        switch (this) {
            case ACCURACY -> {
                full[0] = parts[0];
                full[1] = parts[1];
            }
            case NEG_LOG_LOSS -> {
                full[0] = parts[0];
                full[2] = parts[1];
            }
            case F1 -> System.arraycopy(parts, 0, full, 3, parts.length);
            case ROC_AUC -> System.arraycopy(parts, 0, full, full.length - parts.length, parts.length);
            case NEG_MSE -> {
                full[0] = parts[0];
                full[1] = parts[1];
            }
            case R2 -> {
                full[0] = parts[0];
                full[1] = parts[1];
                full[3] = parts[2];
                full[4] = parts[3];
            }
        }
        MetricSums sums = new MetricSums(shape.task(), shape.classes(), full);
        return switch (this) {
            case ACCURACY -> sums.accuracy();
            case F1 -> sums.f1Macro();
            case ROC_AUC -> sums.rocAuc();
            case NEG_LOG_LOSS -> -sums.logLoss();
            case R2 -> sums.r2();
            case NEG_MSE -> -sums.mse();
        };
    }

    /** The project's default: negative log loss for classification (smooth, so small gains register), R². */
    public static ContributionMetric defaultFor(Task task) {
        return task == Task.REGRESSION ? R2 : NEG_LOG_LOSS;
    }

    /** By wire name ({@code accuracy}, {@code f1}, ...); an unknown name is refused with the known ones. */
    public static ContributionMetric of(String name) {
        for (ContributionMetric metric : values()) {
            if (metric.wireName.equalsIgnoreCase(name) || metric.name().equalsIgnoreCase(name)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "'; use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(m -> m.wireName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return wireName.toLowerCase(Locale.ROOT);
    }
}
