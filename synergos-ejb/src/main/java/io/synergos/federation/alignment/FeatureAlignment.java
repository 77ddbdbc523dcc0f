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
        int rows = 0;
        for (Dataset data : datasets) {
            if (labelled && !data.has(label)) {
                throw new DataFormatException(data.name() + ".csv: no label column '" + label + "'");
            }
            checkTypes(data.name(), data.types());
            rows += labelled ? (int) data.column(label).stream().filter(java.util.Objects::nonNull).count() : data.rows();
        }
        Encoder encoder = new Encoder(rows, labelled, null);
        for (Dataset data : datasets) {
            List<List<Object>> columns = features.stream().map(f -> data.has(f.column()) ? data.column(f.column())
                    : null).toList();
            List<Object> labels = data.has(label) ? data.column(label) : null;
            for (int r = 0; r < data.rows(); r++) {
                int row = r;
                encoder.add(f -> columns.get(f) == null ? null : columns.get(f).get(row),
                        labels == null ? null : labels.get(r), data.name(), data.lines()[r]);
            }
        }
        return encoder.finish();
    }

    /**
     * Encodes scanned files as their rows stream past ({@link io.synergos.federation.data.DatasetReader#scan}): the
     * aligned arrays are allocated once at their final size and no row is held, so that a Worker's million-row file
     * never exists as objects. The same encoding as {@link #encode(List, boolean)}.
     */
    public AlignedData encodeScanned(List<io.synergos.federation.data.DatasetReader.Scan> scans, boolean labelled) {
        return encodeScanned(scans, labelled, null);
    }

    /**
     * As above; with {@code file} not null, the features are written into that new file as they are encoded, and the
     * data answered has them mapped from it ({@link AlignedFile}), not on the heap.
     */
    public AlignedData encodeScanned(List<io.synergos.federation.data.DatasetReader.Scan> scans, boolean labelled,
                                     java.nio.file.Path file) {
        return encodeScanned(scans, labelled, file, AlignedFile.SEGMENT_BYTES);
    }

    AlignedData encodeScanned(List<io.synergos.federation.data.DatasetReader.Scan> scans, boolean labelled,
                              java.nio.file.Path file, long segmentBytes) {
        int rows = 0;
        for (var scan : scans) {
            if (labelled && !scan.types().containsKey(label)) {
                throw new DataFormatException(scan.name() + ".csv: no label column '" + label + "'");
            }
            checkTypes(scan.name(), scan.types());
            rows += labelled ? scan.labelled() : scan.rows();
        }
        Encoder encoder = new Encoder(rows, labelled, file == null ? null
                : AlignedFile.create(file, rows, features.size(), outputs(), segmentBytes));
        for (var scan : scans) {
            List<String> columns = List.copyOf(scan.types().keySet());
            int[] at = features.stream().mapToInt(f -> columns.indexOf(f.column())).toArray();
            int labelAt = columns.indexOf(label);
            scan.forEachRow((line, values) -> encoder.add(f -> at[f] < 0 ? null : values[at[f]],
                    labelAt < 0 ? null : values[labelAt], scan.name(), line));
        }
        return encoder.finish();
    }

    /** Writes encoded rows straight into the aligned arrays, sized beforehand, or into a file's mapped rows. */
    private final class Encoder {
        private final boolean labelled;
        private final double[] x;
        private final AlignedFile.Writer file;
        private final double[] row;
        private final double[] y;
        private final int[] classIndex;
        private final List<String> datasets = new java.util.ArrayList<>();
        private final int[] datasetOf;
        private final int[] lines;
        private int n;

        Encoder(int rows, boolean labelled, AlignedFile.Writer file) {
            this.labelled = labelled;
            this.datasetOf = new int[rows];
            this.lines = new int[rows];
            this.file = file;
            this.row = file == null ? null : new double[features.size()];
            this.x = file != null ? null : new double[Math.multiplyExact(rows, features.size())];
            this.y = new double[Math.multiplyExact(rows, outputs())];
            this.classIndex = new int[rows];
        }

        /** One row, its features by index; a labelled encoder skips a row without a label value. */
        void add(java.util.function.IntFunction<Object> raw, Object labelValue, String dataset, int line) {
            if (labelled && labelValue == null) {
                return;
            }
            if (n == classIndex.length) {
                throw new DataFormatException(dataset + ".csv has more rows than when it was checked a moment ago: it "
                        + "changed while being read; try again once it is written");
            }
            if (file == null) {
                encodeInto(x, n * features.size(), raw);
            } else {
                java.util.Arrays.fill(row, 0);
                encodeInto(row, 0, raw);
                file.put(n, row);
            }
            if (datasets.isEmpty() || !datasets.get(datasets.size() - 1).equals(dataset)) {
                datasets.add(dataset);
            }
            datasetOf[n] = datasets.size() - 1;
            lines[n] = line;
            int outputs = outputs();
            if (!labelled) {
                classIndex[n] = -1;
                if (task != Task.MULTICLASS) {
                    y[n * outputs] = Double.NaN;
                }
            } else {
                double t = target(labelValue, dataset, line);
                if (task == Task.MULTICLASS) {
                    classIndex[n] = (int) t;
                    y[n * outputs + (int) t] = 1;
                } else {
                    classIndex[n] = task == Task.BINARY ? (int) t : -1;
                    y[n * outputs] = t;
                }
            }
            n++;
        }

        AlignedData finish() {
            if (n != classIndex.length) {
                throw new DataFormatException("the data has " + n + " rows where " + classIndex.length + " were counted "
                        + "a moment ago: a file changed while being read; try again once it is written");
            }
            RowOrigins origins = new RowOrigins(datasets, datasetOf, lines);
            return file != null ? file.finish(y, classIndex, origins)
                    : AlignedData.of(io.synergos.federation.model.FeatureRows.of(x, features.size(), classIndex.length),
                            y, classIndex, outputs(), origins);
        }
    }

    /** A column read with another type than training saw would be encoded as if it were missing: refuse it. */
    private void checkTypes(String dataset, Map<String, ColumnType> types) {
        for (AlignedFeature feature : features) {
            ColumnType type = types.get(feature.column());
            ColumnType expected = feature.isOneHot() ? ColumnType.CATEGORICAL : ColumnType.NUMERIC;
            if (type != null && type != expected) {
                throw new DataFormatException(dataset + ".csv: column '" + feature.column() + "' reads as "
                        + type.name().toLowerCase() + " here but was " + expected.name().toLowerCase()
                        + " in training; declare its type in " + dataset + ".schema.json");
            }
        }
    }

    /** Encodes one record given as raw values by column name (serving and tests). */
    public double[] encodeRecord(Map<String, ?> values) {
        return encodeRow(values::get);
    }

    private double[] encodeRow(Function<String, Object> value) {
        double[] row = new double[features.size()];
        encodeInto(row, 0, f -> value.apply(features.get(f).column()));
        return row;
    }

    /** Encodes one row, each feature's raw value by its index, into {@code out} from {@code offset}. */
    private void encodeInto(double[] out, int offset, java.util.function.IntFunction<Object> value) {
        for (int f = 0; f < features.size(); f++) {
            AlignedFeature feature = features.get(f);
            Object raw = value.apply(f);
            if (raw == null) {
                continue;
            }
            if (feature.isOneHot()) {
                out[offset + f] = feature.category().equals(raw.toString()) ? 1 : 0;
            } else {
                double x = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(raw.toString());
                out[offset + f] = (x - feature.mean()) / feature.std();
            }
        }
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
