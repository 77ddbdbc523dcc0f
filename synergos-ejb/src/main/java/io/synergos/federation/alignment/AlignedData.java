package io.synergos.federation.alignment;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Worker's data in the aligned feature space: the feature matrix (rows x width), the label matrix as the
 * model's loss expects it (0/1 column, one-hot, or standardised value), and the class index of each row; the same
 * features and labels also as row-major primitive arrays ({@code x}, {@code y}), which local training reads
 * without going through ND4J ({@link io.synergos.federation.model.DenseKernel}).
 */
public record AlignedData(INDArray features, INDArray labels, int[] classIndex, int rows, double[] x, double[] y) {

    /** From the matrices alone: the primitive arrays are copied out of them once. */
    public AlignedData(INDArray features, INDArray labels, int[] classIndex, int rows) {
        this(features, labels, classIndex, rows, rowMajor(features), rowMajor(labels));
    }

    static AlignedData of(FeatureAlignment alignment, List<double[]> rows, List<Double> targets) {
        int n = rows.size();
        int width = alignment.width();
        double[] x = new double[n * width];
        for (int r = 0; r < n; r++) {
            System.arraycopy(rows.get(r), 0, x, r * width, width);
        }
        int outputs = alignment.outputs();
        double[] y = new double[n * outputs];
        int[] classIndex = new int[n];
        for (int r = 0; r < n; r++) {
            double t = targets.get(r);
            if (alignment.task() == Task.MULTICLASS) {
                classIndex[r] = Double.isNaN(t) ? -1 : (int) t;
                if (!Double.isNaN(t)) {
                    y[r * outputs + (int) t] = 1;
                }
            } else {
                classIndex[r] = alignment.task() == Task.BINARY && !Double.isNaN(t) ? (int) t : -1;
                y[r * outputs] = t;
            }
        }
        INDArray features = n == 0 ? Nd4j.zeros(DataType.DOUBLE, 0, width)
                : Nd4j.create(x, new long[] {n, width}, 'c');
        INDArray labels = n == 0 ? Nd4j.zeros(DataType.DOUBLE, 0, outputs)
                : Nd4j.create(y, new long[] {n, outputs}, 'c');
        return new AlignedData(features, labels, classIndex, n, x, y);
    }

    private static double[] rowMajor(INDArray matrix) {
        return matrix.length() == 0 ? new double[0] : Nd4j.toFlattened('c', matrix).toDoubleVector();
    }
}
