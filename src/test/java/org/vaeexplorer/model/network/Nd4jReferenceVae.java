package org.vaeexplorer.model.network;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * An independent forward pass of the same VAE in ND4J operations, written from the formulas and not from the
 * native code: the reference that the gradient check, the likelihood checks and the native figures are compared
 * with. It reads the model's parameter vector live, so changing a parameter changes what it computes.
 */
final class Nd4jReferenceVae {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final VaeConfig config;
    private final int inputDim;
    private final double logScaleSum;
    /** The data's per-feature scales, {@code 1 × inputDim}: model units times these are the data's units. */
    private final INDArray scale;
    private final List<Layer> encoder = new ArrayList<>();
    private final Layer meanHead;
    private final Layer logVarianceHead;
    private final List<Layer> decoder = new ArrayList<>();
    private final Layer output;
    private final INDArray learnedLogVariance;

    /** out = act(in · W + b), W and b views into the parameter vector. */
    private record Layer(INDArray weights, INDArray bias, Activation activation) {
        INDArray forward(INDArray in) {
            INDArray pre = in.mmul(weights).addiRowVector(bias);
            return switch (activation) {
                case RELU -> Transforms.relu(pre, false);
                case TANH -> Transforms.tanh(pre, false);
                case ELU -> Transforms.elu(pre, false);
                case IDENTITY -> pre;
            };
        }
    }

    /** What one stochastic pass computes, in model units. */
    record Pass(INDArray mean, INDArray logVariance, INDArray z, INDArray output) {
    }

    Nd4jReferenceVae(Vae vae) {
        this.config = vae.config();
        this.inputDim = vae.inputDim();
        this.logScaleSum = vae.scaling().logScaleSum();
        this.scale = Nd4j.createFromArray(vae.scaling().scale()).reshape(1, inputDim)
                .castTo(vae.parameters().dataType());
        INDArray parameters = vae.parameters();
        ParameterLayout layout = ParameterLayout.of(config, inputDim);
        for (ParameterLayout.Block b : layout.encoder()) {
            encoder.add(layer(parameters, b, config.activation()));
        }
        meanHead = layer(parameters, layout.meanHead(), Activation.IDENTITY);
        logVarianceHead = layer(parameters, layout.logVarianceHead(), Activation.IDENTITY);
        for (ParameterLayout.Block b : layout.decoder()) {
            decoder.add(layer(parameters, b, config.activation()));
        }
        output = layer(parameters, layout.output(), Activation.IDENTITY);
        learnedLogVariance = layout.logVarianceCount() == 0 ? null
                : view(parameters, layout.logVarianceOffset(), 1, layout.logVarianceCount());
    }

    /** Encodes {@code x} (model units), samples z = μ + exp(½ log σ²) · noise (z = μ without KL) and decodes it. */
    Pass run(INDArray x, INDArray noise) {
        INDArray h = x;
        for (Layer layer : encoder) {
            h = layer.forward(h);
        }
        INDArray mean = meanHead.forward(h);
        INDArray logVariance = logVarianceHead.forward(h);
        // A plain autoencoder's code is the mean itself.
        INDArray z = config.isVariational() ? Transforms.exp(logVariance.mul(0.5), false).muli(noise).addi(mean)
                : mean.dup();
        INDArray g = z;
        for (Layer layer : decoder) {
            g = layer.forward(g);
        }
        return new Pass(mean, logVariance, z, output.forward(g));
    }

    /** The batch's sums, in the user's units, with one z per row drawn from {@code noise}. */
    BatchStatistics statistics(INDArray x, INDArray noise) {
        Pass pass = run(x, noise);
        INDArray variance = Transforms.exp(pass.logVariance(), true);
        INDArray klTerms = config.isVariational()
                ? pass.mean().mul(pass.mean()).addi(variance).subi(1.0).subi(pass.logVariance()).muli(0.5)
                : pass.mean().mul(0.0);
        double[] klPerDimension = klTerms.sum(0).toDoubleVector();
        double reconstruction = rowNegativeLogLikelihood(x, pass.output()).sumNumber().doubleValue()
                + x.rows() * logScaleSum;
        return new BatchStatistics((int) x.rows(), reconstruction, klTerms.sumNumber().doubleValue(), klPerDimension);
    }

    /** The training loss, (reconstruction + β · KL) per row. */
    double loss(INDArray x, INDArray noise, double beta) {
        BatchStatistics s = statistics(x, noise);
        return (s.reconstructionSum() + beta * s.klSum()) / s.rows();
    }

    /** −log p(x|z) per row, in model units. */
    INDArray rowNegativeLogLikelihood(INDArray x, INDArray outputPre) {
        if (config.likelihood() == Likelihood.BERNOULLI) {
            // softplus(l) − x·l, with softplus(l) = max(l, 0) + log(1 + exp(−|l|)).
            INDArray softplus = Transforms.relu(outputPre, true).addi(
                    Transforms.log(Transforms.exp(Transforms.abs(outputPre, true).negi(), false).addi(1.0), false));
            return softplus.subi(x.mul(outputPre)).sum(1);
        }
        if (config.likelihood() == Likelihood.GAUSSIAN_ISOTROPIC) {
            return isotropicRowNegativeLogLikelihood(x, outputPre);
        }
        INDArray logVariance = logVarianceRow(x.dataType());
        INDArray diff = outputPre.sub(x);
        INDArray scaledSquares = diff.muli(diff).muliRowVector(Transforms.exp(logVariance.neg(), false));
        double constant = 0.5 * (inputDim * LOG_2PI + logVariance.sumNumber().doubleValue());
        return scaledSquares.sum(1).muli(0.5).addi(constant);
    }

    /**
     * −log N(x; output, σ² I) in the data's units, where the residual is the model-unit one times the scales and
     * log σ² is the learned value plus 2 log g (g the geometric mean of the scales); minus Σ log s, the Jacobian
     * back to model units.
     */
    private INDArray isotropicRowNegativeLogLikelihood(INDArray x, INDArray outputPre) {
        double logVariance = learnedLogVariance.getDouble(0) + 2 * logScaleSum / inputDim;
        INDArray residual = outputPre.sub(x).muliRowVector(scale);
        INDArray squares = residual.muli(residual).sum(1);
        double constant = 0.5 * inputDim * (LOG_2PI + logVariance) - logScaleSum;
        return squares.muli(0.5 * Math.exp(-logVariance)).addi(constant);
    }

    /** The decoder's log σ² per feature, {@code 1 × inputDim}. */
    private INDArray logVarianceRow(DataType type) {
        long[] shape = {1, inputDim};
        return switch (config.likelihood()) {
            case GAUSSIAN_FIXED -> Nd4j.valueArrayOf(shape, Math.log(config.fixedVariance()), type);
            case GAUSSIAN_SHARED -> Nd4j.valueArrayOf(shape, learnedLogVariance.getDouble(0), type);
            case GAUSSIAN_DIAGONAL -> learnedLogVariance;
            case BERNOULLI, GAUSSIAN_ISOTROPIC -> throw new IllegalStateException(
                    config.likelihood().id() + " has no variance per feature here");
        };
    }

    private static Layer layer(INDArray parameters, ParameterLayout.Block b, Activation activation) {
        return new Layer(view(parameters, b.offset(), b.fanIn(), b.fanOut()),
                view(parameters, b.biasOffset(), 1, b.fanOut()), activation);
    }

    private static INDArray view(INDArray flat, long offset, int rows, int cols) {
        return flat.get(NDArrayIndex.interval(offset, offset + (long) rows * cols)).reshape('c', rows, cols);
    }
}
