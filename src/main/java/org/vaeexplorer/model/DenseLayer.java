package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An affine map followed by an activation, out = act(in · W + b), in ND4J operations. Its weights are views into
 * the model's flat parameter vector. Inference and evaluation use it; training goes through {@link TrainingStep}.
 */
final class DenseLayer {
    private final INDArray weights;
    private final INDArray bias;
    private final Activation activation;

    DenseLayer(INDArray weights, INDArray bias, Activation activation) {
        this.weights = weights;
        this.bias = bias;
        this.activation = activation;
    }

    INDArray forward(INDArray input) {
        return activation.apply(input.mmul(weights).addiRowVector(bias));
    }
}
