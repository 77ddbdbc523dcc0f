package io.synergos.federation.alignment;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Worker's data in the aligned feature space: the feature matrix (rows x width), the label matrix as the
 * model's loss expects it (0/1 column, one-hot, or standardised value), and the class index of each row.
 */
public record AlignedData(INDArray features, INDArray labels, int[] classIndex, int rows) {

    static AlignedData of(FeatureAlignment alignment, List<double[]> rows, List<Double> targets) {
        int n = rows.size();
        INDArray x = n == 0 ? Nd4j.zeros(DataType.DOUBLE, 0, alignment.width())
                : Nd4j.createFromArray(rows.toArray(new double[0][]));
        int outputs = alignment.outputs();
        double[][] y = new double[n][outputs];
        int[] classIndex = new int[n];
        for (int r = 0; r < n; r++) {
            double t = targets.get(r);
            if (alignment.task() == Task.MULTICLASS) {
                classIndex[r] = Double.isNaN(t) ? -1 : (int) t;
                if (!Double.isNaN(t)) {
                    y[r][(int) t] = 1;
                }
            } else {
                classIndex[r] = alignment.task() == Task.BINARY && !Double.isNaN(t) ? (int) t : -1;
                y[r][0] = t;
            }
        }
        INDArray labels = n == 0 ? Nd4j.zeros(DataType.DOUBLE, 0, outputs) : Nd4j.createFromArray(y);
        return new AlignedData(x, labels, classIndex, n);
    }
}
