package io.synergos.federation.serving;

import io.synergos.federation.alignment.AlignedFeature;
import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.metrics.ClassificationMetrics;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained model ready to answer prediction requests from raw feature values: the same alignment, one-hot
 * encoding and global standardisation as training, then the network. Immutable, so one instance serves any
 * number of concurrent requests and is swapped as a whole when another version goes to production.
 *
 * <p>Input rules: every feature column of training must be present and not null; a numeric column takes a
 * number (or a string holding one); a categorical column takes a string, number or boolean, compared as text.
 * A category value training never saw becomes all-zero indicators, exactly as training encoded values absent
 * from the alignment. Fields that training did not use are ignored.
 */
public final class ServingPipeline {

    private final FeatureAlignment alignment;
    private final DenseNetwork network;
    private final double[] parameters;
    private final Map<String, Boolean> columns = new LinkedHashMap<>();

    public ServingPipeline(ModelSpec spec, FeatureAlignment alignment, double[] parameters) {
        this.alignment = alignment;
        this.network = new DenseNetwork(spec);
        this.parameters = parameters.clone();
        for (AlignedFeature feature : alignment.features()) {
            columns.merge(feature.column(), feature.isOneHot(), Boolean::logicalOr);
        }
    }

    /** The raw input columns a record must carry, each with true when it is categorical. */
    public Map<String, Boolean> inputColumns() {
        return Map.copyOf(columns);
    }

    public Task task() {
        return alignment.task();
    }

    public List<Prediction> predict(List<? extends Map<String, ?>> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        double[][] rows = new double[records.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = alignment.encodeRecord(checked(i, records.get(i)));
        }
        double[][] output = outputs(rows);
        List<Prediction> predictions = new ArrayList<>(rows.length);
        if (alignment.task() == Task.REGRESSION) {
            for (double v : alignment.values(output)) {
                predictions.add(new Prediction(null, null, v));
            }
            return predictions;
        }
        for (double[] p : alignment.probabilities(output)) {
            Map<String, Double> byClass = new LinkedHashMap<>();
            for (int c = 0; c < p.length; c++) {
                byClass.put(alignment.classes().get(c), p[c]);
            }
            predictions.add(new Prediction(alignment.classes().get(ClassificationMetrics.argmax(p)), byClass, null));
        }
        return predictions;
    }

    /** The network's outputs for the encoded rows ({@link DenseNetwork#predictRows}: loops or ND4J by the model's size). */
    private double[][] outputs(double[][] rows) {
        int inputs = network.spec().inputs();
        double[] x = new double[rows.length * inputs];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, x, r * inputs, inputs);
        }
        return network.predictRows(parameters, x, rows.length);
    }

    private Map<String, Object> checked(int index, Map<String, ?> record) {
        if (record == null) {
            throw new RecordException(index, "*", "the record is null; send an object of feature values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Boolean> column : columns.entrySet()) {
            String name = column.getKey();
            Object raw = record.get(name);
            if (raw == null) {
                throw new RecordException(index, name, "missing; the model needs every column it was trained on: "
                        + columns.keySet());
            }
            if (column.getValue()) {
                if (!(raw instanceof String || raw instanceof Number || raw instanceof Boolean)) {
                    throw new RecordException(index, name, "a category value must be a string, not " + describe(raw));
                }
                values.put(name, raw.toString());
            } else {
                values.put(name, number(index, name, raw));
            }
        }
        return values;
    }

    private static double number(int index, String name, Object raw) {
        if (raw instanceof Number n) {
            return n.doubleValue();
        }
        if (raw instanceof String s) {
            try {
                double v = Double.parseDouble(s.trim());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new RecordException(index, name, "must be a number, got " + describe(raw));
    }

    private static String describe(Object raw) {
        return raw instanceof String s ? "'" + s + "'" : raw.getClass().getSimpleName() + " " + raw;
    }
}
