package io.synergos.federation.model;

import io.synergos.federation.alignment.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A fully connected network over a flat parameter vector, so that the same vector is what travels, what is
 * averaged and what is exported. Layout: for each layer, its weights (inputs x outputs, row-major) then its
 * biases. The objective is the mean loss over the rows plus {@code lambda/2} times the squared norm of the
 * weights (not the biases).
 */
public final class DenseNetwork {

    private static final double EPS = 1e-12;

    private final ModelSpec spec;
    private final int[] widths;

    public DenseNetwork(ModelSpec spec) {
        this.spec = spec;
        this.widths = spec.layerWidths();
    }

    public ModelSpec spec() {
        return spec;
    }

    /** Glorot-normal weights and zero biases, from a seeded generator: the same seed, the same vector. */
    public double[] initialParameters(long seed) {
        Random random = new Random(seed);
        double[] params = new double[spec.parameterCount()];
        int offset = 0;
        for (int l = 1; l < widths.length; l++) {
            double scale = Math.sqrt(2.0 / (widths[l - 1] + widths[l]));
            int weights = widths[l - 1] * widths[l];
            for (int i = 0; i < weights; i++) {
                params[offset + i] = random.nextGaussian() * scale;
            }
            offset += weights + widths[l];
        }
        return params;
    }

    /** The model's output: probabilities (sigmoid column or softmax rows) or standardised values. */
    public INDArray predict(double[] params, INDArray x) {
        Layer[] layers = unpack(params);
        INDArray a = x;
        for (int l = 0; l < layers.length; l++) {
            INDArray z = a.mmul(layers[l].weights).addiRowVector(layers[l].biases);
            a = l < layers.length - 1 ? spec.activation().apply(z) : output(z);
        }
        return a;
    }

    /** Rows predicted through ND4J at a time by {@link #predictRows}, so that no matrix of every row is made. */
    static final int PREDICT_CHUNK = 8_192;

    /**
     * The model's outputs for {@code rows} rows of the row-major features {@code x} ({@code rows x inputs}), one array
     * of outputs per row: small models in {@link DenseKernel}'s loops (a record of a logistic regression takes about a
     * microsecond there, 0.17 ms through ND4J), large ones through ND4J, {@value #PREDICT_CHUNK} rows at a time, so that
     * predicting a million rows needs no second copy of them.
     */
    public double[][] predictRows(double[] params, double[] x, int rows) {
        int inputs = widths[0];
        if (x.length < (long) rows * inputs) {
            throw new IllegalArgumentException(rows + " rows of " + inputs + " inputs need " + (long) rows * inputs
                    + " values, not " + x.length);
        }
        return predictRows(params, FeatureRows.of(x.length == rows * inputs ? x
                : java.util.Arrays.copyOf(x, rows * inputs), inputs));
    }

    /** As above, for every row of {@code x}, on the heap or mapped. */
    public double[][] predictRows(double[] params, FeatureRows x) {
        int inputs = widths[0];
        int rows = x.rows();
        x.requireWidth(inputs, spec);
        double[][] outputs = new double[rows][];
        if (DenseKernel.suits(spec, Math.min(rows, PREDICT_CHUNK))) {
            DenseKernel kernel = new DenseKernel(spec);
            double[] buffer = new double[inputs];
            for (int r = 0; r < rows; r++) {
                outputs[r] = kernel.predictRow(params, x.source(r, buffer), x.offset(r)).clone();
            }
            return outputs;
        }
        for (int from = 0; from < rows; from += PREDICT_CHUNK) {
            int to = Math.min(rows, from + PREDICT_CHUNK);
            INDArray chunk = Nd4j.create(x.copy(from, to), new long[] {to - from, inputs}, 'c');
            double[][] predicted = rows(predict(params, chunk));
            System.arraycopy(predicted, 0, outputs, from, predicted.length);
        }
        return outputs;
    }

    /**
     * The outputs of many models of this shape on the same rows, as plain arrays (rows x outputs per model). The
     * first layer of every model is one matrix product ({@code x} times the models' first-layer weights side by
     * side); for models without hidden layers and a column-wise output (binary, regression) that is the whole
     * forward pass, and the outputs leave ND4J in one copy.
     */
    public List<double[][]> predictAll(List<double[]> models, INDArray x) {
        int k = models.size();
        int in = widths[0];
        int first = widths[1];
        double[] w = new double[in * k * first];
        double[] b = new double[k * first];
        for (int c = 0; c < k; c++) {
            double[] params = models.get(c);
            if (params.length != spec.parameterCount()) {
                throw new IllegalArgumentException("model " + c + ": the model " + spec + " has "
                        + spec.parameterCount() + " parameters, not " + params.length);
            }
            for (int i = 0; i < in; i++) {
                System.arraycopy(params, i * first, w, (i * k + c) * first, first);
            }
            System.arraycopy(params, in * first, b, c * first, first);
        }
        INDArray z = x.mmul(Nd4j.create(w, new long[] {in, (long) k * first}, DataType.DOUBLE))
                .addiRowVector(Nd4j.create(b, new long[] {1, (long) k * first}, DataType.DOUBLE));
        List<double[][]> outputs = new ArrayList<>(k);
        if (widths.length == 2 && spec.task() != Task.MULTICLASS) {
            double[][] all = rows(output(z));
            for (int c = 0; c < k; c++) {
                double[][] rows = new double[all.length][];
                for (int r = 0; r < all.length; r++) {
                    rows[r] = java.util.Arrays.copyOfRange(all[r], c * first, (c + 1) * first);
                }
                outputs.add(rows);
            }
            return outputs;
        }
        for (int c = 0; c < k; c++) {
            INDArray a = z.get(NDArrayIndex.all(), NDArrayIndex.interval((long) c * first, (long) (c + 1) * first))
                    .dup();
            if (widths.length == 2) {
                outputs.add(rows(output(a)));
                continue;
            }
            a = spec.activation().apply(a);
            Layer[] layers = unpack(models.get(c));
            for (int l = 1; l < layers.length; l++) {
                INDArray next = a.mmul(layers[l].weights).addiRowVector(layers[l].biases);
                a = l < layers.length - 1 ? spec.activation().apply(next) : output(next);
            }
            outputs.add(rows(a));
        }
        return outputs;
    }

    /** A matrix's rows as plain arrays, in one copy out of ND4J (its toDoubleMatrix copies row by row). */
    public static double[][] rows(INDArray matrix) {
        int n = (int) matrix.rows();
        int width = (int) matrix.columns();
        double[] flat = Nd4j.toFlattened('c', matrix).toDoubleVector();
        double[][] rows = new double[n][];
        for (int r = 0; r < n; r++) {
            rows[r] = java.util.Arrays.copyOfRange(flat, r * width, (r + 1) * width);
        }
        return rows;
    }

    public double loss(double[] params, INDArray x, INDArray y, double lambda) {
        return objective(predict(params, x), y) + penalty(params, lambda);
    }

    /** The objective and its gradient with respect to the flat parameter vector. */
    public LossAndGradient lossAndGradient(double[] params, INDArray x, INDArray y, double lambda) {
        Layer[] layers = unpack(params);
        int n = (int) x.rows();
        INDArray[] inputs = new INDArray[layers.length];
        INDArray[] pre = new INDArray[layers.length];
        INDArray a = x;
        for (int l = 0; l < layers.length; l++) {
            inputs[l] = a;
            pre[l] = a.mmul(layers[l].weights).addiRowVector(layers[l].biases);
            a = l < layers.length - 1 ? spec.activation().apply(pre[l].dup()) : output(pre[l]);
        }
        double loss = objective(a, y) + penalty(params, lambda);
        INDArray delta = a.sub(y).divi(n);
        if (spec.task() == Task.REGRESSION) {
            delta.muli(2);
        }
        INDArray[] gradW = new INDArray[layers.length];
        INDArray[] gradB = new INDArray[layers.length];
        for (int l = layers.length - 1; l >= 0; l--) {
            gradW[l] = inputs[l].transpose().mmul(delta);
            if (lambda != 0) {
                gradW[l].addi(layers[l].weights.mul(lambda));
            }
            gradB[l] = delta.sum(0);
            if (l > 0) {
                INDArray back = delta.mmul(layers[l].weights.transpose());
                delta = back.muli(spec.activation().derivative(pre[l - 1], inputs[l]));
            }
        }
        double[] gradient = new double[params.length];
        int offset = 0;
        for (int l = 0; l < layers.length; l++) {
            double[] w = Nd4j.toFlattened('c', gradW[l]).toDoubleVector();
            System.arraycopy(w, 0, gradient, offset, w.length);
            offset += w.length;
            double[] b = gradB[l].toDoubleVector();
            System.arraycopy(b, 0, gradient, offset, b.length);
            offset += b.length;
        }
        return new LossAndGradient(loss, gradient);
    }

    /** The objective's value and gradient. */
    public record LossAndGradient(double loss, double[] gradient) {
    }

    private INDArray output(INDArray z) {
        return switch (spec.task()) {
            case BINARY -> Transforms.sigmoid(z, true);
            case MULTICLASS -> {
                INDArray shifted = z.subColumnVector(z.max(1).reshape(z.rows(), 1));
                INDArray exp = Transforms.exp(shifted, false);
                yield exp.diviColumnVector(exp.sum(1).reshape(z.rows(), 1));
            }
            case REGRESSION -> z;
        };
    }

    private double objective(INDArray output, INDArray y) {
        long n = output.rows();
        if (n == 0) {
            return 0;
        }
        return switch (spec.task()) {
            case BINARY -> {
                INDArray p = Transforms.max(Transforms.min(output, 1 - EPS, true), EPS, false);
                INDArray logP = Transforms.log(p, true);
                INDArray log1mP = Transforms.log(p.rsub(1.0), false);
                yield -(y.mul(logP).sumNumber().doubleValue() + y.rsub(1.0).mul(log1mP).sumNumber().doubleValue()) / n;
            }
            case MULTICLASS -> -y.mul(Transforms.log(Transforms.max(output, EPS, true), false)).sumNumber()
                    .doubleValue() / n;
            case REGRESSION -> {
                INDArray diff = output.sub(y);
                yield diff.mul(diff).sumNumber().doubleValue() / n;
            }
        };
    }

    private double penalty(double[] params, double lambda) {
        if (lambda == 0) {
            return 0;
        }
        double sum = 0;
        int offset = 0;
        for (int l = 1; l < widths.length; l++) {
            int weights = widths[l - 1] * widths[l];
            for (int i = offset; i < offset + weights; i++) {
                sum += params[i] * params[i];
            }
            offset += weights + widths[l];
        }
        return lambda / 2 * sum;
    }

    private Layer[] unpack(double[] params) {
        if (params.length != spec.parameterCount()) {
            throw new IllegalArgumentException("the model " + spec + " has " + spec.parameterCount()
                    + " parameters, not " + params.length);
        }
        Layer[] layers = new Layer[widths.length - 1];
        int offset = 0;
        for (int l = 1; l < widths.length; l++) {
            int in = widths[l - 1];
            int out = widths[l];
            double[] w = new double[in * out];
            System.arraycopy(params, offset, w, 0, w.length);
            offset += w.length;
            double[] b = new double[out];
            System.arraycopy(params, offset, b, 0, out);
            offset += out;
            layers[l - 1] = new Layer(Nd4j.create(w, new long[] {in, out}, DataType.DOUBLE),
                    Nd4j.create(b, new long[] {1, out}, DataType.DOUBLE));
        }
        return layers;
    }

    private record Layer(INDArray weights, INDArray biases) {
    }
}
