package org.vaeexplorer.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Adam (Kingma &amp; Ba, 2014) over one flat parameter vector, with the usual bias correction. */
final class AdamOptimizer {
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final INDArray firstMoment;
    private final INDArray secondMoment;
    private long steps;

    AdamOptimizer(INDArray parameters) {
        firstMoment = parameters.like().assign(0);
        secondMoment = parameters.like().assign(0);
    }

    /** θ ← θ − lr · m̂ / (√v̂ + ε). */
    void step(INDArray parameters, INDArray gradients, double learningRate) {
        steps++;
        firstMoment.muli(BETA1).addi(gradients.mul(1 - BETA1));
        secondMoment.muli(BETA2).addi(gradients.mul(gradients).muli(1 - BETA2));
        double firstCorrection = 1 - Math.pow(BETA1, steps);
        double secondCorrection = 1 - Math.pow(BETA2, steps);
        INDArray denominator = Transforms.sqrt(secondMoment, true).divi(Math.sqrt(secondCorrection)).addi(EPSILON);
        parameters.subi(firstMoment.div(denominator).muli(learningRate / firstCorrection));
    }
}
