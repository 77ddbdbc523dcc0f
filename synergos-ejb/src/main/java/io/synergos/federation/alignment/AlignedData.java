package io.synergos.federation.alignment;

import io.synergos.federation.model.FeatureRows;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Worker's data in the aligned feature space: the features row-major ({@link #featureRows()}, rows x width: an
 * array on the heap, or a memory-mapped {@link AlignedFile} for a large file), the labels as the model's loss expects
 * them ({@code y}: 0/1 column, one-hot, or standardised value), and the class index of each row. Local training reads
 * the rows directly ({@link io.synergos.federation.model.DenseKernel}); the same
 * data as ND4J matrices ({@link #features()}, {@link #labels()}) are made on first use, off the heap, and only then: a
 * small model that trains in loops never needs them, and a million-row dataset is not held twice.
 */
public final class AlignedData {

    private final int[] classIndex;
    private final int rows;
    private final int width;
    private final int outputs;
    private final FeatureRows x;
    private final double[] y;
    private final RowOrigins origins;
    private INDArray features;
    private INDArray labels;

    private AlignedData(INDArray features, INDArray labels, int[] classIndex, int rows, int width, int outputs,
                        FeatureRows x, double[] y, RowOrigins origins) {
        this.features = features;
        this.labels = labels;
        this.classIndex = classIndex;
        this.rows = rows;
        this.width = width;
        this.outputs = outputs;
        this.x = x;
        this.y = y;
        this.origins = origins;
    }

    /** From the matrices alone: the primitive arrays are copied out of them once. */
    public AlignedData(INDArray features, INDArray labels, int[] classIndex, int rows) {
        this(features, labels, classIndex, rows, (int) features.columns(), (int) labels.columns(),
                FeatureRows.of(rowMajor(features), (int) features.columns(), rows), rowMajor(labels), null);
    }

    /** From the row-major arrays of {@code classIndex.length} rows; the matrices are made when first asked for. */
    public static AlignedData of(double[] x, double[] y, int[] classIndex, int width, int outputs) {
        return of(FeatureRows.of(x, width, classIndex.length), y, classIndex, outputs, null);
    }

    /** From the rows, on the heap or mapped, with where each row came from. */
    static AlignedData of(FeatureRows x, double[] y, int[] classIndex, int outputs, RowOrigins origins) {
        if (x.rows() != classIndex.length || y.length != (long) classIndex.length * outputs) {
            throw new IllegalArgumentException(x.rows() + " rows of features, " + y.length + " label values of "
                    + outputs + " and " + classIndex.length + " class indexes do not agree");
        }
        return new AlignedData(null, null, classIndex, classIndex.length, x.width(), outputs, x, y, origins);
    }

    /** Each row's dataset and CSV line, when the rows were encoded from datasets ({@link FeatureAlignment}); else null. */
    public RowOrigins origins() {
        return origins;
    }

    /**
     * The features, rows x width, as an ND4J matrix (made from {@link #featureRows()} on first use, a chunk of rows at a
     * time when they are mapped).
     */
    public synchronized INDArray features() {
        if (features == null) {
            if (x.onHeap() || rows == 0) {
                features = matrix(x.onHeap() ? x.array() : new double[0], width);
            } else {
                features = Nd4j.create(DataType.DOUBLE, rows, width);
                int chunk = Math.max(1, (1 << 20) / Math.max(1, width));
                for (int from = 0; from < rows; from += chunk) {
                    int to = Math.min(rows, from + chunk);
                    features.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to),
                            org.nd4j.linalg.indexing.NDArrayIndex.all())
                            .assign(Nd4j.create(x.copy(from, to), new long[] {to - from, width}, 'c'));
                }
            }
        }
        return features;
    }

    /** The labels, rows x outputs, as an ND4J matrix (made from {@link #y()} on first use). */
    public synchronized INDArray labels() {
        if (labels == null) {
            labels = matrix(y, outputs);
        }
        return labels;
    }

    private INDArray matrix(double[] values, int columns) {
        return rows == 0 ? Nd4j.zeros(DataType.DOUBLE, 0, columns) : Nd4j.create(values, new long[] {rows, columns}, 'c');
    }

    public int[] classIndex() {
        return classIndex;
    }

    public int rows() {
        return rows;
    }

    /** The number of features, the width of the aligned space. */
    public int width() {
        return width;
    }

    /** The features, row-major: on the heap or mapped. */
    public FeatureRows featureRows() {
        return x;
    }

    /** The features as one row-major array on the heap: the rows themselves if they are there, else a copy (tests). */
    public double[] x() {
        return x.onHeap() ? x.array() : x.copy(0, rows);
    }

    /** The labels, row-major. */
    public double[] y() {
        return y;
    }

    private static double[] rowMajor(INDArray matrix) {
        return matrix.length() == 0 ? new double[0] : Nd4j.toFlattened('c', matrix).toDoubleVector();
    }
}
