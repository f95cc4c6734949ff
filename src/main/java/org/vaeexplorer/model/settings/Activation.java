package org.vaeexplorer.model.settings;

import java.util.Locale;

/** Hidden-layer nonlinearities, each with the derivative that backpropagation needs. */
public enum Activation {
    RELU("relu") {
        @Override
        public double apply(double pre) {
            return pre > 0 ? pre : 0;
        }

        @Override
        public double slope(double out) {
            return out > 0 ? 1 : 0;
        }

        /** A max, not a comparison: the JIT vectorises it; a branch mispredicted on half the values was 5× slower. */
        @Override
        public void applyInPlace(float[] values, int n) {
            for (int i = 0; i < n; i++) {
                values[i] = Math.max(values[i], 0f);
            }
        }

        /**
         * The slope as arithmetic, vectorised like the forward pass: a ReLU output is never negative, and multiplied
         * by 2²⁵² (in two steps, each a float) any positive one, even the smallest subnormal, reaches 1; 0 stays 0.
         */
        @Override
        public void scaleBySlope(float[] gradient, float[] out, int n) {
            for (int i = 0; i < n; i++) {
                gradient[i] *= Math.min(out[i] * 0x1p126f * 0x1p126f, 1f);
            }
        }
    },
    TANH("tanh") {
        @Override
        public double apply(double pre) {
            return Math.tanh(pre);
        }

        @Override
        public double slope(double out) {
            return 1 - out * out;
        }
    },
    /** ELU with alpha = 1: x for x > 0, exp(x) - 1 otherwise. */
    ELU("elu") {
        @Override
        public double apply(double pre) {
            return pre > 0 ? pre : Math.exp(pre) - 1;
        }

        @Override
        public double slope(double out) {
            // exp(x) = out + 1 where x <= 0.
            return out > 0 ? 1 : out + 1;
        }
    },
    IDENTITY("identity") {
        @Override
        public double apply(double pre) {
            return pre;
        }

        @Override
        public double slope(double out) {
            return 1;
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

    /**
     * The factor of 1 / fan-in in the variance of a layer's initial weights: He's 2 for the rectifiers, which zero
     * about half their inputs, Glorot's 1 otherwise.
     */
    public double initialWeightGain() {
        return this == RELU || this == ELU ? 2 : 1;
    }

    /** The activation of one pre-activation. */
    public abstract double apply(double pre);

    /** d out / d pre, written in terms of the output {@code out} (each of these functions allows that). */
    public abstract double slope(double out);

    /**
     * {@code values[i] = apply(values[i])} for the first {@code n}, rounded to float as a float block stores them:
     * a loop over a Java array, which the JIT compiles (and for ReLU vectorises) once per activation.
     */
    public void applyInPlace(float[] values, int n) {
        for (int i = 0; i < n; i++) {
            values[i] = (float) apply(values[i]);
        }
    }

    /** {@code gradient[i] *= slope(out[i])} for the first {@code n}, rounded to float, as in a float block. */
    public void scaleBySlope(float[] gradient, float[] out, int n) {
        for (int i = 0; i < n; i++) {
            gradient[i] = (float) (gradient[i] * slope(out[i]));
        }
    }

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
