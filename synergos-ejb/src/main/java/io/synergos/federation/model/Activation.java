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
    },
    TANH {
        INDArray apply(INDArray z) {
            return Transforms.tanh(z, true);
        }

        INDArray derivative(INDArray z, INDArray a) {
            return a.mul(a).rsubi(1.0);
        }
    },
    SIGMOID {
        INDArray apply(INDArray z) {
            return Transforms.sigmoid(z, true);
        }

        INDArray derivative(INDArray z, INDArray a) {
            return a.mul(a.rsub(1.0));
        }
    };

    abstract INDArray apply(INDArray z);

    abstract INDArray derivative(INDArray z, INDArray a);

    public static Activation of(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
