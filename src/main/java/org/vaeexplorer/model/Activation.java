package org.vaeexplorer.model;

import java.util.Locale;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Hidden-layer nonlinearities, each with the derivative that backpropagation needs. */
public enum Activation {
    RELU("relu") {
        @Override
        INDArray apply(INDArray pre) {
            return Transforms.relu(pre, true);
        }

        @Override
        INDArray derivative(INDArray pre, INDArray out) {
            return pre.gt(0).castTo(pre.dataType());
        }
    },
    TANH("tanh") {
        @Override
        INDArray apply(INDArray pre) {
            return Transforms.tanh(pre, true);
        }

        @Override
        INDArray derivative(INDArray pre, INDArray out) {
            return out.mul(out).rsubi(1.0);
        }
    },
    /** ELU with alpha = 1: x for x > 0, exp(x) - 1 otherwise. */
    ELU("elu") {
        @Override
        INDArray apply(INDArray pre) {
            return Transforms.elu(pre, true);
        }

        @Override
        INDArray derivative(INDArray pre, INDArray out) {
            // exp(x) = out + 1 where x <= 0; 1 where x > 0.
            INDArray positive = pre.gt(0).castTo(pre.dataType());
            return out.add(1.0).muli(positive.rsub(1.0)).addi(positive);
        }
    },
    IDENTITY("identity") {
        @Override
        INDArray apply(INDArray pre) {
            return pre;
        }

        @Override
        INDArray derivative(INDArray pre, INDArray out) {
            return null;
        }
    };

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used on the command line and in model files. */
    public String id() {
        return id;
    }

    /** Returns a new array: the activation of the pre-activations. */
    abstract INDArray apply(INDArray pre);

    /** d out / d pre, element-wise; {@code null} means the derivative is 1 everywhere. */
    abstract INDArray derivative(INDArray pre, INDArray out);

    public static Activation fromId(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (Activation a : values()) {
            if (a.id.equals(wanted)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + text + "' (expected relu, tanh, elu or identity)");
    }
}
