package io.synergos.federation.metrics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Classification metrics computed at a Worker from true classes and predicted class probabilities:
 * accuracy, precision, recall and F1 (per class and macro), ROC-AUC (binary, or macro one-vs-rest over
 * the classes that have both positives and negatives), log loss and the confusion matrix
 * ({@code confusion[true][predicted]}).
 */
public final class ClassificationMetrics {

    private static final double EPS = 1e-15;

    private ClassificationMetrics() {
    }

    /** @param probabilities one row per sample, one column per class, rows summing to 1 */
    public static JsonObject compute(int[] truth, double[][] probabilities, List<String> classes) {
        int k = classes.size();
        long[][] confusion = new long[k][k];
        double logLoss = 0;
        for (int i = 0; i < truth.length; i++) {
            confusion[truth[i]][argmax(probabilities[i])]++;
            logLoss -= Math.log(Math.max(probabilities[i][truth[i]], EPS));
        }
        int n = truth.length;
        Double auc = rocAuc(truth, probabilities, k);
        return fromConfusion(classes, confusion, auc, n == 0 ? null : logLoss / n);
    }

    /** Everything that follows from a confusion matrix, plus the given ROC-AUC and log loss (null: undefined). */
    static JsonObject fromConfusion(List<String> classes, long[][] confusion, Double rocAuc, Double logLoss) {
        int k = classes.size();
        long n = 0;
        long correct = 0;
        long[] predicted = new long[k];
        long[] actual = new long[k];
        for (int t = 0; t < k; t++) {
            for (int p = 0; p < k; p++) {
                n += confusion[t][p];
                actual[t] += confusion[t][p];
                predicted[p] += confusion[t][p];
            }
            correct += confusion[t][t];
        }
        JsonObjectBuilder perClass = Json.createObjectBuilder();
        double macroP = 0;
        double macroR = 0;
        double macroF = 0;
        for (int c = 0; c < k; c++) {
            double precision = ratio(confusion[c][c], predicted[c]);
            double recall = ratio(confusion[c][c], actual[c]);
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            macroP += precision / k;
            macroR += recall / k;
            macroF += f1 / k;
            perClass.add(classes.get(c), Json.createObjectBuilder().add("precision", precision).add("recall", recall)
                    .add("f1", f1).add("support", actual[c]));
        }
        JsonArrayBuilder matrix = Json.createArrayBuilder();
        for (long[] row : confusion) {
            JsonArrayBuilder cells = Json.createArrayBuilder();
            Arrays.stream(row).forEach(cells::add);
            matrix.add(cells);
        }
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("task", "classification")
                .add("samples", n)
                .add("accuracy", ratio(correct, n))
                .add("precision_macro", macroP)
                .add("recall_macro", macroR)
                .add("f1_macro", macroF);
        addOrNull(json, "roc_auc", rocAuc);
        addOrNull(json, "log_loss", logLoss);
        return json.add("classes", Json.createArrayBuilder(classes))
                .add("per_class", perClass)
                .add("confusion_matrix", matrix)
                .build();
    }

    static void addOrNull(JsonObjectBuilder json, String name, Double value) {
        if (value == null || value.isNaN()) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }

    private static Double rocAuc(int[] truth, double[][] probabilities, int k) {
        if (k == 2) {
            return auc(truth, probabilities, 1);
        }
        List<Double> aucs = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            Double auc = auc(truth, probabilities, c);
            if (auc != null) {
                aucs.add(auc);
            }
        }
        return aucs.isEmpty() ? null : aucs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Mann-Whitney U statistic with averaged ranks for ties; null when a side has no sample. */
    static Double auc(int[] truth, double[][] probabilities, int positive) {
        int n = truth.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> probabilities[i][positive]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && probabilities[order[j + 1]][positive] == probabilities[order[i]][positive]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int m = i; m <= j; m++) {
                if (truth[order[m]] == positive) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return null;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** The index of the most probable class (the first one on ties). */
    public static int argmax(double[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }
}
