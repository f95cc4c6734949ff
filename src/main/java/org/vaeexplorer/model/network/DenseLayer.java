package org.vaeexplorer.model.network;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.settings.Activation;

/**
 * An affine map followed by an activation, out = act(in · W + b), over blocks of the model's flat parameter and
 * gradient vectors. It holds no per-row memory: the caller passes the rows in and out, so one layer serves the
 * training step and inference alike.
 */
final class DenseLayer {
    private final NativeBlock weights;
    private final NativeBlock bias;
    private final NativeBlock weightGradient;
    private final NativeBlock biasGradient;
    private final Activation activation;
    private final int fanIn;
    private final int fanOut;
    /** Room for the bias gradient's column sums, in double as before they are stored (backward runs on one thread). */
    private final double[] biasSums;

    DenseLayer(ParameterLayout.Block block, INDArray parameters, INDArray gradients, Activation activation) {
        this.fanIn = block.fanIn();
        this.fanOut = block.fanOut();
        this.weights = NativeBlock.within(parameters, block.offset(), fanIn, fanOut);
        this.bias = NativeBlock.within(parameters, block.biasOffset(), 1, fanOut);
        this.weightGradient = NativeBlock.within(gradients, block.offset(), fanIn, fanOut);
        this.biasGradient = NativeBlock.within(gradients, block.biasOffset(), 1, fanOut);
        this.activation = activation;
        this.biasSums = new double[fanOut];
    }

    int fanIn() {
        return fanIn;
    }

    int fanOut() {
        return fanOut;
    }

    NativeBlock bias() {
        return bias;
    }

    /** out = act(in · W + b) on the first {@code rows} rows. */
    void forward(NativeBlock in, NativeBlock out, int rows) {
        out.fillRows(rows, bias);
        NativeBlock.multiply(in, false, weights, false, out, rows, fanOut, fanIn, 1.0);
        if (activation != Activation.IDENTITY) {
            out.activate(rows * fanOut, activation);
        }
    }

    /**
     * Given dLoss/dOut in {@code outGradient} (turned into dLoss/dPre-activation in place, using the forward pass's
     * {@code out}), stores dLoss/dW and dLoss/db in the gradient vector and, unless {@code inGradient} is null,
     * writes dLoss/dIn there ({@code keep} = 0) or adds it to what is there ({@code keep} = 1).
     */
    void backward(NativeBlock in, NativeBlock out, NativeBlock outGradient, int rows, NativeBlock inGradient,
            double keep) {
        outGradient.scaleBySlopeAndSumColumns(out, activation, rows, biasGradient, biasSums);
        NativeBlock.multiply(in, true, outGradient, false, weightGradient, fanIn, fanOut, rows, 0.0);
        if (inGradient != null) {
            NativeBlock.multiply(outGradient, false, weights, true, inGradient, rows, fanIn, fanOut, keep);
        }
    }
}
