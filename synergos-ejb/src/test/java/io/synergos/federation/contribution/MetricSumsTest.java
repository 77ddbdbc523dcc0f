package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.alignment.Task;
import io.synergos.federation.metrics.ClassificationMetrics;
import io.synergos.federation.metrics.RegressionMetrics;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Validators' sums pool exactly, and every contribution metric agrees with the evaluation metrics. */
class MetricSumsTest {

    private static double[][] probabilities(int n, int k, Random random) {
        double[][] p = new double[n][k];
        for (double[] row : p) {
            double sum = 0;
            for (int c = 0; c < k; c++) {
                row[c] = random.nextDouble();
                sum += row[c];
            }
            for (int c = 0; c < k; c++) {
                row[c] /= sum;
            }
        }
        return p;
    }

    private static int[] truth(double[][] p, Random random) {
        int[] t = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            // mostly the likeliest class, so the metrics are informative
            t[i] = random.nextDouble() < 0.7 ? ClassificationMetrics.argmax(p[i]) : random.nextInt(p[i].length);
        }
        return t;
    }

    @Test
    void classificationMetricsMatchTheEvaluationMetrics() {
        Random random = new Random(1);
        for (int k : new int[] {2, 3}) {
            Task task = k == 2 ? Task.BINARY : Task.MULTICLASS;
            double[][] p = probabilities(500, k, random);
            int[] t = truth(p, random);
            MetricSums sums = MetricSums.classification(task, t, p, k);
            JsonObject metrics = ClassificationMetrics.compute(t, p, k == 2 ? List.of("a", "b") : List.of("a", "b", "c"));
            assertEquals(metrics.getJsonNumber("accuracy").doubleValue(), ContributionMetric.ACCURACY.of(sums), 1e-12);
            assertEquals(metrics.getJsonNumber("f1_macro").doubleValue(), ContributionMetric.F1.of(sums), 1e-12);
            assertEquals(-metrics.getJsonNumber("log_loss").doubleValue(), ContributionMetric.NEG_LOG_LOSS.of(sums), 1e-9);
            assertEquals(metrics.getJsonNumber("roc_auc").doubleValue(), ContributionMetric.ROC_AUC.of(sums), 0.01,
                    "ROC-AUC from 100-bin histograms");
        }
    }

    @Test
    void regressionMetricsMatchTheEvaluationMetrics() {
        Random random = new Random(2);
        double[] y = random.doubles(300).map(x -> 10 * x).toArray();
        double[] f = Arrays.stream(y).map(x -> x + random.nextGaussian()).toArray();
        MetricSums sums = MetricSums.regression(y, f);
        JsonObject metrics = RegressionMetrics.compute(y, f);
        assertEquals(metrics.getJsonNumber("r2").doubleValue(), ContributionMetric.R2.of(sums), 1e-9);
        assertEquals(-metrics.getJsonNumber("mse").doubleValue(), ContributionMetric.NEG_MSE.of(sums), 1e-9);
    }

    @Test
    void twoValidatorsSumsAreExactlyThoseOfTheirPooledData() {
        Random random = new Random(3);
        double[][] p = probabilities(400, 2, random);
        int[] t = truth(p, random);
        MetricSums a = MetricSums.classification(Task.BINARY, Arrays.copyOf(t, 150), Arrays.copyOf(p, 150), 2);
        MetricSums b = MetricSums.classification(Task.BINARY, Arrays.copyOfRange(t, 150, 400),
                Arrays.copyOfRange(p, 150, 400), 2);
        MetricSums pooled = MetricSums.classification(Task.BINARY, t, p, 2);
        assertArrayEquals(pooled.values(), a.plus(b).values(), 1e-9);

        UtilityTable table = new UtilityTable(List.of("a", "b"), ContributionMetric.ROC_AUC);
        table.put(0, new MetricSums[] {a, b});
        assertEquals(ContributionMetric.ROC_AUC.of(pooled), table.value(0), 1e-12);
        assertEquals(ContributionMetric.ROC_AUC.of(a), table.value(0, Set.of(0)), 1e-12);
    }

    @Test
    void aMetricThatDoesNotFitTheTaskIsRefused() {
        UtilityTable table = new UtilityTable(List.of("a"), ContributionMetric.R2);
        MetricSums classification = MetricSums.classification(Task.BINARY, new int[] {1}, new double[][] {{0.2, 0.8}}, 2);
        assertThrows(IllegalArgumentException.class, () -> table.put(0, new MetricSums[] {classification}));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ContributionMetric.of("precision"));
        assertTrue(unknown.getMessage().contains("accuracy, f1, roc_auc, neg_log_loss, r2, neg_mse"), unknown.getMessage());
    }
}
