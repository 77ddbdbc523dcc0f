package io.synergos.federation.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Hidden-layer activations with their derivatives (in terms of pre-activation z and activation a). */
public enum Activation {
    RELU {
        INDArray apply(INDArray z) {
            return Transforms.relu(z, true);
        }

        INDArray derivative(INDArray z, INDArray a) {
            return z.gt(0).castTo(DataType.DOUBLE);
        }

        double apply(double z) {
            return z > 0 ? z : 0;
        }

        double derivative(double z, double a) {
            return z > 0 ? 1 : 0;
        }
    },
    TANH {
        INDArray apply(INDArray z) {
            return Transforms.tanh(z, true);
        }

        INDArray derivative(INDArray z, INDArray a) {
            return a.mul(a).rsubi(1.0);
        }

        double apply(double z) {
            return Math.tanh(z);
        }

        double derivative(double z, double a) {
            return 1 - a * a;
        }
    },
    SIGMOID {
        INDArray apply(INDArray z) {
            return Transforms.sigmoid(z, true);
        }

        INDArray derivative(INDArray z, INDArray a) {
            return a.mul(a.rsub(1.0));
        }

        double apply(double z) {
            return 1 / (1 + Math.exp(-z));
        }

        double derivative(double z, double a) {
            return a * (1 - a);
        }
    };

    abstract INDArray apply(INDArray z);

    abstract INDArray derivative(INDArray z, INDArray a);

    /** The activation of one value, for {@link DenseKernel}. */
    abstract double apply(double z);

    /** Its derivative at pre-activation {@code z} with activation {@code a}, for {@link DenseKernel}. */
    abstract double derivative(double z, double a);

    public static Activation of(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
