package io.synergos.federation.alignment;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Worker's data in the aligned feature space: the features as a row-major array ({@code x}, rows x width), the
 * labels as the model's loss expects them ({@code y}: 0/1 column, one-hot, or standardised value), and the class index
 * of each row. Local training reads the arrays directly ({@link io.synergos.federation.model.DenseKernel}); the same
 * data as ND4J matrices ({@link #features()}, {@link #labels()}) are made on first use, off the heap, and only then: a
 * small model that trains in loops never needs them, and a million-row dataset is not held twice.
 */
public final class AlignedData {

    private final int[] classIndex;
    private final int rows;
    private final int width;
    private final int outputs;
    private final double[] x;
    private final double[] y;
    private final RowOrigins origins;
    private INDArray features;
    private INDArray labels;

    private AlignedData(INDArray features, INDArray labels, int[] classIndex, int rows, int width, int outputs,
                        double[] x, double[] y, RowOrigins origins) {
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
        this(features, labels, classIndex, rows, (int) features.columns(), (int) labels.columns(), rowMajor(features),
                rowMajor(labels), null);
    }

    /** From the row-major arrays of {@code classIndex.length} rows; the matrices are made when first asked for. */
    public static AlignedData of(double[] x, double[] y, int[] classIndex, int width, int outputs) {
        return new AlignedData(null, null, classIndex, classIndex.length, width, outputs, x, y, null);
    }

    /** As above, with where each row came from. */
    static AlignedData of(double[] x, double[] y, int[] classIndex, int width, int outputs, RowOrigins origins) {
        return new AlignedData(null, null, classIndex, classIndex.length, width, outputs, x, y, origins);
    }

    /** Each row's dataset and CSV line, when the rows were encoded from datasets ({@link FeatureAlignment}); else null. */
    public RowOrigins origins() {
        return origins;
    }

    /** The features, rows x width, as an ND4J matrix (made from {@link #x()} on first use). */
    public synchronized INDArray features() {
        if (features == null) {
            features = matrix(x, width);
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

    /** The features, row-major. */
    public double[] x() {
        return x;
    }

    /** The labels, row-major. */
    public double[] y() {
        return y;
    }

    private static double[] rowMajor(INDArray matrix) {
        return matrix.length() == 0 ? new double[0] : Nd4j.toFlattened('c', matrix).toDoubleVector();
    }
}
