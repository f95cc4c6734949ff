package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An affine map followed by an activation, out = act(in · W + b). Its weights and their gradients are views into
 * the model's flat parameter and gradient vectors, so that the optimiser updates every layer in one operation.
 */
final class DenseLayer {
    private final INDArray weights;
    private final INDArray bias;
    private final INDArray weightGradient;
    private final INDArray biasGradient;
    private final Activation activation;

    /** What a forward pass keeps for the backward pass. */
    record Pass(INDArray input, INDArray pre, INDArray output) {
    }

    DenseLayer(INDArray weights, INDArray bias, INDArray weightGradient, INDArray biasGradient,
            Activation activation) {
        this.weights = weights;
        this.bias = bias;
        this.weightGradient = weightGradient;
        this.biasGradient = biasGradient;
        this.activation = activation;
    }

    Pass forward(INDArray input) {
        INDArray pre = input.mmul(weights).addiRowVector(bias);
        return new Pass(input, pre, activation.apply(pre));
    }

    /**
     * Stores dLoss/dW and dLoss/db given dLoss/dOutput, and returns dLoss/dInput when asked for it (the first
     * layer of the encoder does not need it).
     */
    INDArray backward(Pass pass, INDArray outputGradient, boolean wantInputGradient) {
        INDArray derivative = activation.derivative(pass.pre(), pass.output());
        INDArray preGradient = derivative == null ? outputGradient : outputGradient.mul(derivative);
        Nd4j.gemm(pass.input(), preGradient, weightGradient, true, false, 1.0, 0.0);
        biasGradient.assign(preGradient.sum(true, 0));
        return wantInputGradient ? Nd4j.gemm(preGradient, weights, false, true) : null;
    }

    INDArray weights() {
        return weights;
    }

    INDArray bias() {
        return bias;
    }
}
