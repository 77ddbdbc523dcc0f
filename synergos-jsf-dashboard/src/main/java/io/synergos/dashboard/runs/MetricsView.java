package io.synergos.dashboard.runs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluation metrics of one scope (a Worker, or "overall") as the run page shows them: the scalar metrics in
 * a fixed order, and for classification the classes and the confusion matrix (rows: actual, columns: predicted).
 */
public record MetricsView(String scope, long samples, Map<String, Double> scalars, List<String> classes,
                          List<List<Long>> confusion) {

    /** The scalar metrics shown, in this order, with the names the page prints. */
    static final Map<String, String> NAMES = names();

    private static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("accuracy", "accuracy");
        names.put("precision_macro", "precision (macro)");
        names.put("recall_macro", "recall (macro)");
        names.put("f1_macro", "F1 (macro)");
        names.put("roc_auc", "ROC AUC");
        names.put("log_loss", "log loss");
        names.put("mse", "MSE");
        names.put("mae", "MAE");
        names.put("r2", "R\u00b2");
        return names;
    }

    public static MetricsView parse(String scope, String json) {
        JsonObject metrics = Json.createReader(new StringReader(json)).readObject();
        Map<String, Double> scalars = new LinkedHashMap<>();
        NAMES.forEach((key, name) -> {
            JsonValue value = metrics.get(key);
            if (value instanceof JsonNumber number) {
                scalars.put(name, number.doubleValue());
            }
        });
        List<String> classes = new ArrayList<>();
        List<List<Long>> confusion = new ArrayList<>();
        if (metrics.get("classes") instanceof JsonArray array) {
            array.forEach(c -> classes.add(c instanceof jakarta.json.JsonString s ? s.getString() : c.toString()));
        }
        if (metrics.get("confusion_matrix") instanceof JsonArray rows) {
            for (JsonValue row : rows) {
                confusion.add(row.asJsonArray().getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue)
                        .toList());
            }
        }
        long samples = metrics.get("samples") instanceof JsonNumber n ? n.longValue() : 0;
        return new MetricsView(scope, samples, scalars, classes, confusion);
    }

    /** The confusion matrix row by row with its actual class, for the page's table. */
    public List<ConfusionRow> confusionRows() {
        List<ConfusionRow> rows = new ArrayList<>();
        for (int i = 0; i < confusion.size(); i++) {
            rows.add(new ConfusionRow(i < classes.size() ? classes.get(i) : String.valueOf(i), confusion.get(i)));
        }
        return rows;
    }

    public List<Map.Entry<String, Double>> scalarList() {
        return new ArrayList<>(scalars.entrySet());
    }

    public record ConfusionRow(String actual, List<Long> counts) {
    }
}
