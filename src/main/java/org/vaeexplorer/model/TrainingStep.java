package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One minibatch's forward and backward pass through a {@link Vae}, leaving the gradient of the mean training loss
 * (reconstruction + β · KL per example) in the model's gradient vector.
 *
 * <p>Every buffer is allocated once, for batches of up to {@code maxRows} rows; matrix products go to BLAS on the
 * model's own native memory and the element-wise steps are Java loops over it. A step therefore allocates nothing,
 * which is what keeps the window's frames smooth while training (README, "Speed"). The gradient is checked against
 * finite differences of {@link Vae}'s ND4J forward pass in the tests.
 */
final class TrainingStep {
    private final Vae vae;
    private final int maxRows;
    private final int inputDim;
    private final int latentDim;
    private final Activation activation;
    private final Likelihood likelihood;
    private final double logFixedVariance;
    private final ParameterLayout layout;
    private final NativeBlock parameters;
    private final NativeBlock gradients;

    private final NativeBlock x;
    private final List<Layer> encoder = new ArrayList<>();
    private final Layer meanHead;
    private final Layer logVarianceHead;
    private final NativeBlock z;
    private final NativeBlock latentGradient;
    private final NativeBlock meanGradient;
    private final NativeBlock logVarianceGradient;
    private final List<Layer> decoder = new ArrayList<>();
    private final Layer output;
    private final double[] logVariancePerFeature;
    private final double[] logVarianceGradientPerFeature;

    /**
     * A dense layer's parameters and gradients (blocks of the model's flat vectors), its output for the batch and
     * the loss's gradient with respect to that output.
     */
    private record Layer(NativeBlock weights, long biasOffset, NativeBlock weightGradient, NativeBlock out,
            NativeBlock outGradient, int fanIn, int fanOut) {
    }

    TrainingStep(Vae vae, int maxRows) {
        this.vae = vae;
        this.maxRows = maxRows;
        this.inputDim = vae.inputDim();
        this.latentDim = vae.latentDim();
        VaeConfig config = vae.config();
        this.activation = config.activation();
        this.likelihood = config.likelihood();
        this.logFixedVariance = Math.log(config.fixedVariance());
        this.layout = ParameterLayout.of(config, inputDim);
        INDArray params = vae.parameters();
        INDArray grads = vae.gradients();
        this.parameters = NativeBlock.within(params, 0, 1, (int) layout.size());
        this.gradients = NativeBlock.within(grads, 0, 1, (int) layout.size());
        var type = vae.dataType();
        this.x = NativeBlock.allocate(type, maxRows, inputDim);
        for (ParameterLayout.Block b : layout.encoder()) {
            encoder.add(layer(b, params, grads));
        }
        meanHead = layer(layout.meanHead(), params, grads);
        logVarianceHead = layer(layout.logVarianceHead(), params, grads);
        z = NativeBlock.allocate(type, maxRows, latentDim);
        latentGradient = NativeBlock.allocate(type, maxRows, latentDim);
        meanGradient = meanHead.outGradient();
        logVarianceGradient = logVarianceHead.outGradient();
        for (ParameterLayout.Block b : layout.decoder()) {
            decoder.add(layer(b, params, grads));
        }
        output = layer(layout.output(), params, grads);
        logVariancePerFeature = new double[inputDim];
        logVarianceGradientPerFeature = new double[inputDim];
    }

    private Layer layer(ParameterLayout.Block b, INDArray params, INDArray grads) {
        var type = vae.dataType();
        return new Layer(NativeBlock.within(params, b.offset(), b.fanIn(), b.fanOut()), b.biasOffset(),
                NativeBlock.within(grads, b.offset(), b.fanIn(), b.fanOut()),
                NativeBlock.allocate(type, maxRows, b.fanOut()), NativeBlock.allocate(type, maxRows, b.fanOut()),
                b.fanIn(), b.fanOut());
    }

    /**
     * Runs the minibatch made of rows {@code order[from..to)} of {@code data} (row-major, model units) with the
     * reparameterisation's ε taken from {@code epsilon} ({@code (to − from) × latentDim}, row-major), stores the
     * gradient in the model's gradient vector and returns the batch's statistics.
     */
    BatchStatistics lossAndGradient(float[] data, int[] order, int from, int to, double[] epsilon, double beta) {
        int rows = to - from;
        if (rows < 1 || rows > maxRows || epsilon.length < rows * latentDim) {
            throw new IllegalArgumentException("a batch of " + rows + " rows does not fit this step");
        }
        for (int i = 0; i < rows; i++) {
            x.set(i * inputDim, data, order[i + from] * inputDim, inputDim);
        }

        // Encoder, then z = μ + σ ε with σ = exp(½ log σ²).
        NativeBlock h = x;
        for (Layer layer : encoder) {
            forward(layer, h, rows, activation);
            h = layer.out();
        }
        forward(meanHead, h, rows, Activation.IDENTITY);
        forward(logVarianceHead, h, rows, Activation.IDENTITY);
        NativeBlock mean = meanHead.out();
        NativeBlock logVariance = logVarianceHead.out();
        for (int i = 0; i < rows * latentDim; i++) {
            z.set(i, mean.get(i) + Math.exp(0.5 * logVariance.get(i)) * epsilon[i]);
        }
        // Decoder.
        NativeBlock g = z;
        for (Layer layer : decoder) {
            forward(layer, g, rows, activation);
            g = layer.out();
        }
        forward(output, g, rows, Activation.IDENTITY);

        double perRow = 1.0 / rows;
        double reconstruction = likelihood == Likelihood.BERNOULLI
                ? bernoulli(rows, perRow) : gaussian(rows, perRow);
        reconstruction += rows * vae.scaling().logScaleSum();

        // Decoder backward, down to dLoss/dz.
        backward(output, g, rows, decoder.isEmpty() ? latentGradient : decoder.get(decoder.size() - 1).outGradient(),
                0);
        for (int i = decoder.size() - 1; i >= 0; i--) {
            Layer layer = decoder.get(i);
            scaleBySlope(layer, rows);
            backward(layer, i == 0 ? z : decoder.get(i - 1).out(), rows,
                    i == 0 ? latentGradient : decoder.get(i - 1).outGradient(), 0);
        }

        // Through the reparameterisation to μ and log σ², plus the closed-form KL's own gradient.
        double[] klPerDim = new double[latentDim];
        double klScale = beta * perRow;
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < latentDim; k++) {
                int at = i * latentDim + k;
                double mu = mean.get(at);
                double logVar = logVariance.get(at);
                double variance = Math.exp(logVar);
                double dz = latentGradient.get(at);
                klPerDim[k] += 0.5 * (mu * mu + variance - 1 - logVar);
                meanGradient.set(at, dz + klScale * mu);
                logVarianceGradient.set(at,
                        0.5 * dz * epsilon[at] * Math.sqrt(variance) + 0.5 * klScale * (variance - 1));
            }
        }
        double kl = 0;
        for (double v : klPerDim) {
            kl += v;
        }

        // Encoder backward: both heads feed the last hidden layer's gradient (none without hidden layers).
        NativeBlock hiddenGradient = encoder.isEmpty() ? null : encoder.get(encoder.size() - 1).outGradient();
        backward(meanHead, h, rows, hiddenGradient, 0);
        backward(logVarianceHead, h, rows, hiddenGradient, 1);
        for (int i = encoder.size() - 1; i >= 0; i--) {
            Layer layer = encoder.get(i);
            scaleBySlope(layer, rows);
            backward(layer, i == 0 ? x : encoder.get(i - 1).out(), rows,
                    i == 0 ? null : encoder.get(i - 1).outGradient(), 0);
        }
        return new BatchStatistics(rows, reconstruction, kl, klPerDim);
    }

    /** out = act(in · W + b). */
    private void forward(Layer layer, NativeBlock in, int rows, Activation act) {
        NativeBlock out = layer.out();
        int n = layer.fanOut();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < n; j++) {
                out.set(i * n + j, parameters.get((int) layer.biasOffset() + j));
            }
        }
        NativeBlock.multiply(in, false, layer.weights(), false, out, rows, n, layer.fanIn(), 1.0);
        if (act != Activation.IDENTITY) {
            for (int i = 0; i < rows * n; i++) {
                out.set(i, act.apply(out.get(i)));
            }
        }
    }

    /** Turns a hidden layer's dLoss/dOutput into dLoss/dPre-activation, in place. */
    private void scaleBySlope(Layer layer, int rows) {
        NativeBlock out = layer.out();
        NativeBlock grad = layer.outGradient();
        for (int i = 0; i < rows * layer.fanOut(); i++) {
            grad.set(i, grad.get(i) * activation.slope(out.get(i)));
        }
    }

    /**
     * Given dLoss/dPre-activation in the layer's {@code outGradient}, stores dLoss/dW and dLoss/db and, unless
     * {@code inGradient} is null, writes dLoss/dInput there ({@code keep} = 0) or adds it ({@code keep} = 1).
     */
    private void backward(Layer layer, NativeBlock in, int rows, NativeBlock inGradient, double keep) {
        weightAndBiasGradients(layer, in, rows);
        if (inGradient != null) {
            NativeBlock.multiply(layer.outGradient(), false, layer.weights(), true, inGradient, rows, layer.fanIn(),
                    layer.fanOut(), keep);
        }
    }

    private void weightAndBiasGradients(Layer layer, NativeBlock in, int rows) {
        NativeBlock pre = layer.outGradient();
        int n = layer.fanOut();
        NativeBlock.multiply(in, true, pre, false, layer.weightGradient(), layer.fanIn(), n, rows, 0.0);
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += pre.get(i * n + j);
            }
            gradients.set((int) layer.biasOffset() + j, sum);
        }
    }

    /**
     * Bernoulli on logits l: −log p(x|z) = softplus(l) − x·l, written so that it stays finite for any l; its
     * gradient (σ(l) − x) / rows goes to the output layer.
     */
    private double bernoulli(int rows, double perRow) {
        NativeBlock logits = output.out();
        NativeBlock grad = output.outGradient();
        double sum = 0;
        for (int i = 0; i < rows * inputDim; i++) {
            double l = logits.get(i);
            double target = x.get(i);
            double e = Math.exp(-Math.abs(l));
            sum += Math.max(l, 0) + Math.log(1 + e) - target * l;
            double sigmoid = l >= 0 ? 1 / (1 + e) : e / (1 + e);
            grad.set(i, (sigmoid - target) * perRow);
        }
        return sum;
    }

    /**
     * Gaussian with log-variance v_j per feature: −log p(x|z) = ½ Σ_j [(x_j − m_j)² e^{−v_j} + v_j + log 2π]; the
     * gradients go to the output layer and, when learned, to the log-variances.
     */
    private double gaussian(int rows, double perRow) {
        NativeBlock means = output.out();
        NativeBlock grad = output.outGradient();
        for (int j = 0; j < inputDim; j++) {
            logVariancePerFeature[j] = switch (likelihood) {
                case GAUSSIAN_FIXED -> logFixedVariance;
                case GAUSSIAN_SHARED -> parameters.get((int) layout.logVarianceOffset());
                case GAUSSIAN_DIAGONAL -> parameters.get((int) layout.logVarianceOffset() + j);
                case BERNOULLI -> throw new IllegalStateException("a Bernoulli decoder has no variance");
            };
            logVarianceGradientPerFeature[j] = 0;
        }
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < inputDim; j++) {
                int at = i * inputDim + j;
                double inverseVariance = Math.exp(-logVariancePerFeature[j]);
                double diff = means.get(at) - x.get(at);
                double scaledSquare = diff * diff * inverseVariance;
                sum += 0.5 * (scaledSquare + logVariancePerFeature[j] + Vae.LOG_2PI);
                grad.set(at, diff * inverseVariance * perRow);
                logVarianceGradientPerFeature[j] += 0.5 * (1 - scaledSquare) * perRow;
            }
        }
        int offset = (int) layout.logVarianceOffset();
        if (likelihood == Likelihood.GAUSSIAN_SHARED) {
            double total = 0;
            for (double v : logVarianceGradientPerFeature) {
                total += v;
            }
            gradients.set(offset, total);
        } else if (likelihood == Likelihood.GAUSSIAN_DIAGONAL) {
            for (int j = 0; j < inputDim; j++) {
                gradients.set(offset + j, logVarianceGradientPerFeature[j]);
            }
        }
        return sum;
    }
}
