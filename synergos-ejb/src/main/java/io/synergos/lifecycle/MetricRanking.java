package io.synergos.lifecycle;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Set;

/**
 * Which way is better for a metric, and a run's value of it. Metrics are the keys of the overall evaluation
 * (accuracy, f1_macro, precision_macro, recall_macro, roc_auc, log_loss for classification; mse, mae, r2 for
 * regression) plus {@code loss}, the final round's global training loss. Plain Java, no container types.
 */
public final class MetricRanking {

    public static final Set<String> LOWER_IS_BETTER = Set.of("loss", "log_loss", "mse", "mae");
    public static final Set<String> KNOWN = Set.of("loss", "accuracy", "f1_macro", "precision_macro",
            "recall_macro", "roc_auc", "log_loss", "mse", "mae", "r2");

    private MetricRanking() {
    }

    public static void requireKnown(String metric) {
        if (metric == null || !KNOWN.contains(metric)) {
            throw new IllegalArgumentException("must be one of " + new java.util.TreeSet<>(KNOWN) + ", not '" + metric + "'");
        }
    }

    /** The metric's value in an overall-evaluation JSON document, or null if it is absent or undefined. */
    public static Double value(String metricsJson, String metric) {
        if (metricsJson == null) {
            return null;
        }
        JsonObject metrics = Json.createReader(new StringReader(metricsJson)).readObject();
        JsonValue value = metrics.get(metric);
        return value instanceof JsonNumber n ? n.doubleValue() : null;
    }

    /** True when {@code a} is strictly better than {@code b} for the metric (a null value is never better). */
    public static boolean better(String metric, Double a, Double b) {
        if (a == null || a.isNaN()) {
            return false;
        }
        if (b == null || b.isNaN()) {
            return true;
        }
        return LOWER_IS_BETTER.contains(metric) ? a < b : a > b;
    }
}
