package io.synergos.federation.model;

import io.synergos.federation.alignment.Task;
import java.util.Arrays;

/**
 * A {@link DenseNetwork}'s loss and gradient as loops over primitive arrays, one row at a time, in buffers allocated
 * once: the path local training takes for the small tabular models Synergos trains most. On a logistic regression
 * with nine inputs, ND4J spends microseconds per operation on bookkeeping (descriptors, workspaces, native calls) for
 * nanoseconds of arithmetic; these loops do the arithmetic alone, and skip the zeros of one-hot columns. Large hidden
 * layers in large minibatches are faster as ND4J's matrix products; {@link #suits(ModelSpec, int)} says which path a model takes (README,
 * Performance, has the measurements behind it). The mathematics is {@link DenseNetwork}'s, term by term: the same
 * objective and gradient, summed in another order (equal to 1e-12, not bit for bit).
 *
 * <p>Rows are read from a row-major feature array ({@code rows x inputs}) and label array ({@code rows x outputs}),
 * either in order or through an index array (a shuffled minibatch), so that no minibatch is ever copied. Not
 * thread-safe: one kernel per training.
 */
public final class DenseKernel {

    /**
     * Models with at most this many parameters train in these loops whatever the minibatch; measured on this project's
     * machine kind (README, Performance), the loops are 10 to 80 times faster than ND4J below a few thousand
     * parameters, and even with ND4J at 29,569 parameters (a 50-256-64-1 network) in minibatches of 256.
     */
    public static final int MAX_PARAMETERS = 30_000;

    /**
     * Models with at most this many parameters train in these loops when the minibatch has at most
     * {@link #SMALL_BATCH} rows: at 234,497 parameters (200-512-256-1) in minibatches of 64, the loops took 28 ms a
     * minibatch and ND4J 33 ms; in minibatches of 256, ND4J's matrix products were twice as fast.
     */
    public static final int MAX_PARAMETERS_SMALL_BATCH = 250_000;

    /** See {@link #MAX_PARAMETERS_SMALL_BATCH}. */
    public static final int SMALL_BATCH = 64;

    private static final double EPS = 1e-12;

    private final ModelSpec spec;
    private final int[] widths;
    private final int layers;
    private final int[] weightOffset;
    private final int[] biasOffset;
    private final double[][] z;
    private final double[][] a;
    private final double[][] delta;
    /** A mapped row, copied here to be read ({@link FeatureRows#source}). */
    private final double[] row;

    public DenseKernel(ModelSpec spec) {
        this.spec = spec;
        this.widths = spec.layerWidths();
        this.layers = widths.length - 1;
        this.weightOffset = new int[layers];
        this.biasOffset = new int[layers];
        this.z = new double[layers][];
        this.a = new double[layers][];
        this.delta = new double[layers][];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            weightOffset[l] = offset;
            offset += widths[l] * widths[l + 1];
            biasOffset[l] = offset;
            offset += widths[l + 1];
            z[l] = new double[widths[l + 1]];
            a[l] = new double[widths[l + 1]];
            delta[l] = new double[widths[l + 1]];
        }
        this.row = new double[widths[0]];
    }

    /** Whether a model of this architecture trains faster in these loops than in ND4J, on minibatches of this size. */
    public static boolean suits(ModelSpec spec, int batch) {
        int parameters = spec.parameterCount();
        return parameters <= MAX_PARAMETERS || batch <= SMALL_BATCH && parameters <= MAX_PARAMETERS_SMALL_BATCH;
    }

    /**
     * Writes into {@code gradient} the gradient of the objective (mean loss over the rows, plus {@code lambda/2} times
     * the squared norm of the weights) over rows {@code order[from..to)}, or rows {@code from..to} when {@code order} is
     * null.
     */
    public void gradient(double[] params, double[] x, double[] y, int[] order, int from, int to, double lambda,
                         double[] gradient) {
        gradient(params, FeatureRows.of(x, widths[0]), y, order, from, to, lambda, gradient);
    }

    /** As above, the features on the heap or mapped. */
    public void gradient(double[] params, FeatureRows x, double[] y, int[] order, int from, int to, double lambda,
                         double[] gradient) {
        check(params);
        x.requireWidth(widths[0], spec);
        Arrays.fill(gradient, 0);
        int n = to - from;
        if (n <= 0) {
            return;
        }
        int outputs = widths[layers];
        double scale = (spec.task() == Task.REGRESSION ? 2.0 : 1.0) / n;
        double[] out = a[layers - 1];
        double[] last = delta[layers - 1];
        for (int k = from; k < to; k++) {
            int r = order == null ? k : order[k];
            double[] source = x.source(r, row);
            int xo = x.offset(r);
            int yo = r * outputs;
            forward(params, source, xo);
            for (int o = 0; o < outputs; o++) {
                last[o] = (out[o] - y[yo + o]) * scale;
            }
            backward(params, source, xo, gradient);
        }
        if (lambda != 0) {
            for (int l = 0; l < layers; l++) {
                for (int i = weightOffset[l]; i < biasOffset[l]; i++) {
                    gradient[i] += lambda * params[i];
                }
            }
        }
    }

    /** The objective over the first {@code rows} rows: the mean loss plus {@code lambda/2} times the weights' squared norm. */
    public double loss(double[] params, double[] x, double[] y, int rows, double lambda) {
        return loss(params, FeatureRows.of(x, widths[0]), y, rows, lambda);
    }

    /** As above, the features on the heap or mapped. */
    public double loss(double[] params, FeatureRows x, double[] y, int rows, double lambda) {
        check(params);
        x.requireWidth(widths[0], spec);
        if (rows == 0) {
            return penalty(params, lambda);
        }
        int outputs = widths[layers];
        double[] out = a[layers - 1];
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            forward(params, x.source(r, row), x.offset(r));
            int yo = r * outputs;
            for (int o = 0; o < outputs; o++) {
                double p = out[o];
                double t = y[yo + o];
                sum += switch (spec.task()) {
                    case BINARY -> {
                        double q = Math.max(Math.min(p, 1 - EPS), EPS);
                        yield -(t * Math.log(q) + (1 - t) * Math.log(1 - q));
                    }
                    case MULTICLASS -> t == 0 ? 0 : -t * Math.log(Math.max(p, EPS));
                    case REGRESSION -> (p - t) * (p - t);
                };
            }
        }
        return sum / rows + penalty(params, lambda);
    }

    /** The model's outputs for one row, in a buffer of this kernel that the next call overwrites. */
    public double[] predictRow(double[] params, double[] x, int offset) {
        check(params);
        forward(params, x, offset);
        return a[layers - 1];
    }

    private void forward(double[] params, double[] x, int xo) {
        double[] input = x;
        int io = xo;
        for (int l = 0; l < layers; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double[] zl = z[l];
            System.arraycopy(params, biasOffset[l], zl, 0, out);
            int w = weightOffset[l];
            if (out == 1) {
                double sum = zl[0];
                for (int i = 0; i < in; i++) {
                    sum += input[io + i] * params[w + i];
                }
                zl[0] = sum;
            } else {
                for (int i = 0; i < in; i++) {
                    double v = input[io + i];
                    if (v != 0) {
                        int base = w + i * out;
                        for (int o = 0; o < out; o++) {
                            zl[o] += v * params[base + o];
                        }
                    }
                }
            }
            double[] al = a[l];
            if (l < layers - 1) {
                Activation activation = spec.activation();
                for (int o = 0; o < out; o++) {
                    al[o] = activation.apply(zl[o]);
                }
            } else {
                output(zl, al);
            }
            input = al;
            io = 0;
        }
    }

    private void backward(double[] params, double[] x, int xo, double[] gradient) {
        for (int l = layers - 1; l >= 0; l--) {
            int in = widths[l];
            int out = widths[l + 1];
            double[] d = delta[l];
            double[] input = l == 0 ? x : a[l - 1];
            int io = l == 0 ? xo : 0;
            int b = biasOffset[l];
            int w = weightOffset[l];
            for (int o = 0; o < out; o++) {
                gradient[b + o] += d[o];
            }
            if (out == 1) {
                double d0 = d[0];
                for (int i = 0; i < in; i++) {
                    gradient[w + i] += input[io + i] * d0;
                }
            } else {
                for (int i = 0; i < in; i++) {
                    double v = input[io + i];
                    if (v != 0) {
                        int base = w + i * out;
                        for (int o = 0; o < out; o++) {
                            gradient[base + o] += v * d[o];
                        }
                    }
                }
            }
            if (l > 0) {
                double[] previous = delta[l - 1];
                double[] zp = z[l - 1];
                double[] ap = a[l - 1];
                Activation activation = spec.activation();
                for (int i = 0; i < in; i++) {
                    int base = w + i * out;
                    double sum = 0;
                    for (int o = 0; o < out; o++) {
                        sum += params[base + o] * d[o];
                    }
                    previous[i] = sum * activation.derivative(zp[i], ap[i]);
                }
            }
        }
    }

    private void output(double[] zl, double[] al) {
        switch (spec.task()) {
            case BINARY -> {
                for (int o = 0; o < zl.length; o++) {
                    al[o] = 1 / (1 + Math.exp(-zl[o]));
                }
            }
            case MULTICLASS -> {
                double max = Double.NEGATIVE_INFINITY;
                for (double v : zl) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int o = 0; o < zl.length; o++) {
                    al[o] = Math.exp(zl[o] - max);
                    sum += al[o];
                }
                for (int o = 0; o < zl.length; o++) {
                    al[o] /= sum;
                }
            }
            case REGRESSION -> System.arraycopy(zl, 0, al, 0, zl.length);
        }
    }

    private double penalty(double[] params, double lambda) {
        if (lambda == 0) {
            return 0;
        }
        double sum = 0;
        for (int l = 0; l < layers; l++) {
            for (int i = weightOffset[l]; i < biasOffset[l]; i++) {
                sum += params[i] * params[i];
            }
        }
        return lambda / 2 * sum;
    }

    private void check(double[] params) {
        if (params.length != spec.parameterCount()) {
            throw new IllegalArgumentException("the model " + spec + " has " + spec.parameterCount()
                    + " parameters, not " + params.length);
        }
    }
}
