package io.synergos.federation.metrics;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * Combines the Workers' metrics into overall metrics. What can be combined exactly is: the confusion matrix
 * (summed; accuracy, precision, recall and F1 follow from it) and the regression sums. ROC-AUC and log loss
 * are averaged weighted by samples (log loss exactly so; ROC-AUC as an approximation of the pooled AUC).
 */
public final class MetricsAggregator {

    private MetricsAggregator() {
    }

    public static JsonObject aggregate(List<JsonObject> perWorker) {
        if (perWorker.isEmpty()) {
            throw new IllegalArgumentException("no metrics to aggregate");
        }
        if ("regression".equals(perWorker.get(0).getString("task"))) {
            long n = 0;
            double sse = 0;
            double sae = 0;
            double sumY = 0;
            double sumY2 = 0;
            for (JsonObject m : perWorker) {
                n += m.getJsonNumber("samples").longValue();
                sse += m.getJsonNumber("sse").doubleValue();
                sae += m.getJsonNumber("sae").doubleValue();
                sumY += m.getJsonNumber("sum_y").doubleValue();
                sumY2 += m.getJsonNumber("sum_y2").doubleValue();
            }
            return RegressionMetrics.fromSums(n, sse, sae, sumY, sumY2);
        }
        List<String> classes = perWorker.get(0).getJsonArray("classes").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        int k = classes.size();
        long[][] confusion = new long[k][k];
        for (JsonObject m : perWorker) {
            JsonArray rows = m.getJsonArray("confusion_matrix");
            for (int t = 0; t < k; t++) {
                JsonArray row = rows.getJsonArray(t);
                for (int p = 0; p < k; p++) {
                    confusion[t][p] += row.getJsonNumber(p).longValue();
                }
            }
        }
        return ClassificationMetrics.fromConfusion(classes, confusion, weighted(perWorker, "roc_auc"),
                weighted(perWorker, "log_loss"));
    }

    private static Double weighted(List<JsonObject> perWorker, String field) {
        double sum = 0;
        double weight = 0;
        for (JsonObject m : perWorker) {
            JsonValue value = m.get(field);
            if (value instanceof JsonNumber number) {
                double w = m.getJsonNumber("samples").doubleValue();
                sum += w * number.doubleValue();
                weight += w;
            }
        }
        return weight == 0 ? null : sum / weight;
    }
}
