package io.synergos.federation.metrics;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Regression metrics (MSE, MAE, R²) with the sums behind them, so that the TTP can combine Workers exactly.
 */
public final class RegressionMetrics {

    private RegressionMetrics() {
    }

    public static JsonObject compute(double[] truth, double[] predicted) {
        double sse = 0;
        double sae = 0;
        double sumY = 0;
        double sumY2 = 0;
        for (int i = 0; i < truth.length; i++) {
            double e = predicted[i] - truth[i];
            sse += e * e;
            sae += Math.abs(e);
            sumY += truth[i];
            sumY2 += truth[i] * truth[i];
        }
        return fromSums(truth.length, sse, sae, sumY, sumY2);
    }

    static JsonObject fromSums(long n, double sse, double sae, double sumY, double sumY2) {
        double sst = n == 0 ? 0 : sumY2 - sumY * sumY / n;
        var json = Json.createObjectBuilder()
                .add("task", "regression")
                .add("samples", n)
                .add("mse", n == 0 ? 0 : sse / n)
                .add("mae", n == 0 ? 0 : sae / n);
        ClassificationMetrics.addOrNull(json, "r2", sst <= 0 ? null : 1 - sse / sst);
        return json.add("sse", sse).add("sae", sae).add("sum_y", sumY).add("sum_y2", sumY2).build();
    }
}
