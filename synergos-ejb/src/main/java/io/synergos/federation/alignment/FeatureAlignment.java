package io.synergos.federation.alignment;

import io.synergos.federation.data.ColumnType;
import io.synergos.federation.data.DataFormatException;
import io.synergos.federation.data.Dataset;
import org.nd4j.linalg.api.ndarray.INDArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The common feature space of a run, computed by the TTP from headers alone and applied by every Worker.
 *
 * <p>Columns are in canonical order (by column name); a categorical column becomes one indicator per value
 * seen at any Worker, a numeric column is standardised with the global mean and standard deviation.
 * Missing values: a missing numeric value becomes the global mean (0 after standardisation); a missing or
 * unknown category becomes all-zero indicators; a column a Worker lacks entirely is treated as missing in all
 * its rows. Rows whose label is missing are left out of training and evaluation.
 *
 * @param labelMean for regression, the global label mean (the model learns the standardised label)
 * @param labelStd  for regression, the global label standard deviation
 */
public record FeatureAlignment(Task task, String label, List<String> classes, double labelMean, double labelStd,
                               List<AlignedFeature> features) {

    public int width() {
        return features.size();
    }

    /** Width of the model's output layer. */
    public int outputs() {
        return task == Task.MULTICLASS ? classes.size() : 1;
    }

    /** Class probabilities per row from the model's output (a sigmoid column for binary tasks, softmax rows). */
    public double[][] probabilities(INDArray output) {
        return probabilities(io.synergos.federation.model.DenseNetwork.rows(output));
    }

    /** As above, from the output's rows as plain arrays (one copy out of ND4J, not one per row). */
    public double[][] probabilities(double[][] output) {
        double[][] p = new double[output.length][];
        for (int i = 0; i < output.length; i++) {
            p[i] = task == Task.BINARY ? new double[] {1 - output[i][0], output[i][0]} : output[i];
        }
        return p;
    }

    /** Regression values in the label's own units from the model's standardised output column. */
    public double[] values(INDArray output) {
        return values(io.synergos.federation.model.DenseNetwork.rows(output));
    }

    /** As above, from the output's rows as plain arrays. */
    public double[] values(double[][] output) {
        double[] values = new double[output.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = output[i][0] * labelStd + labelMean;
        }
        return values;
    }

    /** Encodes datasets into the aligned matrix; with {@code labelled}, rows without a label are dropped. */
    public AlignedData encode(List<Dataset> datasets, boolean labelled) {
        List<double[]> rows = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (Dataset data : datasets) {
            if (labelled && !data.has(label)) {
                throw new DataFormatException(data.name() + ".csv: no label column '" + label + "'");
            }
            checkTypes(data);
            for (int r = 0; r < data.rows(); r++) {
                Object labelValue = data.has(label) ? data.column(label).get(r) : null;
                if (labelled && labelValue == null) {
                    continue;
                }
                int row = r;
                rows.add(encodeRow(column -> data.has(column) ? data.column(column).get(row) : null));
                targets.add(labelled ? target(labelValue, data.name(), data.lines()[r]) : Double.NaN);
            }
        }
        return AlignedData.of(this, rows, targets);
    }

    /** A column read with another type than training saw would be encoded as if it were missing: refuse it. */
    private void checkTypes(Dataset data) {
        for (AlignedFeature feature : features) {
            ColumnType type = data.types().get(feature.column());
            ColumnType expected = feature.isOneHot() ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
            if (type != null && type != expected) {
                throw new DataFormatException(data.name() + ".csv: column '" + feature.column() + "' reads as "
                        + type.name().toLowerCase() + " here but was " + expected.name().toLowerCase()
                        + " in training; declare its type in " + data.name() + ".schema.json");
            }
        }
    }

    /** Encodes one record given as raw values by column name (serving and tests). */
    public double[] encodeRecord(Map<String, ?> values) {
        return encodeRow(values::get);
    }

    private double[] encodeRow(Function<String, Object> value) {
        double[] row = new double[features.size()];
        for (int f = 0; f < row.length; f++) {
            AlignedFeature feature = features.get(f);
            Object raw = value.apply(feature.column());
            if (raw == null) {
                continue;
            }
            if (feature.isOneHot()) {
                row[f] = feature.category().equals(raw.toString()) ? 1 : 0;
            } else {
                double x = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString());
                row[f] = (x - feature.mean()) / feature.std();
            }
        }
        return row;
    }

    private double target(Object labelValue, String dataset, int line) {
        if (task == Task.REGRESSION) {
            if (!(labelValue instanceof Double d)) {
                throw new DataFormatException(dataset + ".csv line " + line + ", column '" + label + "': '"
                        + labelValue + "' is not a number, but the label is numeric");
            }
            return (d - labelMean) / labelStd;
        }
        int index = classes.indexOf(labelValue.toString());
        if (index < 0) {
            throw new DataFormatException(dataset + ".csv line " + line + ", column '" + label + "': label value '"
                    + labelValue + "' was not seen in training (classes " + classes + ")");
        }
        return index;
    }
}
