package io.synergos.federation.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    /**
     * Four samples, binary. Truth 1,1,0,0; P(class 1) = .9,.4,.6,.1 -> predicted 1,0,1,0.
     * Confusion [[1,1],[1,1]]: accuracy .5; precision, recall, F1 of each class .5.
     * AUC: pairs (pos,neg): (.9,.6)+ (.9,.1)+ (.4,.6)- (.4,.1)+ = 3/4.
     * Log loss: -(ln .9 + ln .4 + ln .4 + ln .9)/4.
     */
    @Test
    void binaryMetricsMatchHandComputedValues() {
        double[][] p = {{.1, .9}, {.6, .4}, {.4, .6}, {.9, .1}};
        JsonObject m = ClassificationMetrics.compute(new int[] {1, 1, 0, 0}, p, List.of("neg", "pos"));
        assertEquals(0.5, m.getJsonNumber("accuracy").doubleValue(), 1e-12);
        assertEquals(0.5, m.getJsonNumber("precision_macro").doubleValue(), 1e-12);
        assertEquals(0.5, m.getJsonObject("per_class").getJsonObject("pos").getJsonNumber("f1").doubleValue(), 1e-12);
        assertEquals(0.75, m.getJsonNumber("roc_auc").doubleValue(), 1e-12);
        double logLoss = -(Math.log(.9) + Math.log(.4) + Math.log(.4) + Math.log(.9)) / 4;
        assertEquals(logLoss, m.getJsonNumber("log_loss").doubleValue(), 1e-12);
        assertEquals("[[1,1],[1,1]]", m.getJsonArray("confusion_matrix").toString());
    }

    /**
     * Three classes. Truth 0,0,1,2,2; predicted 0,1,1,2,0.
     * Class 0: tp 1, fp 1, fn 1 -> P .5, R .5. Class 1: tp 1, fp 1, fn 0 -> P .5, R 1, F1 2/3.
     * Class 2: tp 1, fp 0, fn 1 -> P 1, R .5, F1 2/3. Macro P = 2/3, macro R = 2/3.
     */
    @Test
    void multiclassPerClassAndMacroMetrics() {
        double[][] p = {{.8, .1, .1}, {.3, .6, .1}, {.2, .7, .1}, {.1, .1, .8}, {.5, .2, .3}};
        JsonObject m = ClassificationMetrics.compute(new int[] {0, 0, 1, 2, 2}, p, List.of("a", "b", "c"));
        assertEquals(0.6, m.getJsonNumber("accuracy").doubleValue(), 1e-12);
        assertEquals(2.0 / 3, m.getJsonNumber("precision_macro").doubleValue(), 1e-12);
        assertEquals(2.0 / 3, m.getJsonNumber("recall_macro").doubleValue(), 1e-12);
        assertEquals((0.5 + 2.0 / 3 + 2.0 / 3) / 3, m.getJsonNumber("f1_macro").doubleValue(), 1e-12);
        assertEquals("[[1,1,0],[0,1,0],[1,0,1]]", m.getJsonArray("confusion_matrix").toString());
    }

    /** Truth 1,2,3; predicted 1,3,5: errors 0,1,2 -> MSE 5/3, MAE 1, SST 2, R² = 1 - 5/2 = -1.5. */
    @Test
    void regressionMetrics() {
        JsonObject m = RegressionMetrics.compute(new double[] {1, 2, 3}, new double[] {1, 3, 5});
        assertEquals(5.0 / 3, m.getJsonNumber("mse").doubleValue(), 1e-12);
        assertEquals(1.0, m.getJsonNumber("mae").doubleValue(), 1e-12);
        assertEquals(-1.5, m.getJsonNumber("r2").doubleValue(), 1e-12);
    }

    @Test
    void aggregationEqualsThePooledMetricsWhereExact() {
        double[][] p1 = {{.1, .9}, {.6, .4}};
        double[][] p2 = {{.4, .6}, {.9, .1}};
        JsonObject a = ClassificationMetrics.compute(new int[] {1, 1}, p1, List.of("neg", "pos"));
        JsonObject b = ClassificationMetrics.compute(new int[] {0, 0}, p2, List.of("neg", "pos"));
        JsonObject overall = MetricsAggregator.aggregate(List.of(a, b));
        JsonObject pooled = ClassificationMetrics.compute(new int[] {1, 1, 0, 0},
                new double[][] {{.1, .9}, {.6, .4}, {.4, .6}, {.9, .1}}, List.of("neg", "pos"));
        for (String field : List.of("accuracy", "precision_macro", "recall_macro", "f1_macro", "log_loss")) {
            assertEquals(pooled.getJsonNumber(field).doubleValue(), overall.getJsonNumber(field).doubleValue(), 1e-12,
                    field);
        }
        assertEquals(4, overall.getInt("samples"));

        JsonObject r = MetricsAggregator.aggregate(List.of(
                RegressionMetrics.compute(new double[] {1}, new double[] {1}),
                RegressionMetrics.compute(new double[] {2, 3}, new double[] {3, 5})));
        assertEquals(-1.5, r.getJsonNumber("r2").doubleValue(), 1e-12);
        assertEquals(5.0 / 3, r.getJsonNumber("mse").doubleValue(), 1e-12);
    }
}
