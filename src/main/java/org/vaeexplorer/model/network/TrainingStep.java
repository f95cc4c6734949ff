package org.vaeexplorer.model.network;

/**
 * One minibatch's forward and backward pass through a {@link VaeNetwork}, leaving the gradient of the mean training
 * loss (reconstruction + β · KL per example; a plain autoencoder's without KL) in the model's gradient vector: the
 * network's {@link ForwardPass}, the likelihood's and the KL's gradients, then each layer's backward pass. Every buffer
 * is made once, for batches of up to {@code maxRows} rows, so a step allocates nothing but its statistics. The tests
 * check the gradient against finite differences of an independent ND4J implementation.
 */
public final class TrainingStep {
    private final VaeNetwork network;
    private final ForwardPass pass;
    private final int maxRows;
    private final int inputDim;
    private final int latentDim;
    /** dLoss/d(each layer's output), shaped as the pass's buffers. */
    private final NativeBlock[] encoderGradient;
    private final NativeBlock meanGradient;
    private final NativeBlock logVarianceGradient;
    private final NativeBlock latentGradient;
    private final NativeBlock[] decoderGradient;
    private final NativeBlock outputGradient;

    TrainingStep(VaeNetwork network, int maxRows) {
        this.network = network;
        this.maxRows = maxRows;
        this.pass = new ForwardPass(network, maxRows);
        this.inputDim = network.inputDim();
        this.latentDim = network.latentDim();
        var type = network.dataType();
        encoderGradient = new NativeBlock[network.encoder().size()];
        for (int i = 0; i < encoderGradient.length; i++) {
            encoderGradient[i] = NativeBlock.allocate(type, maxRows, network.encoder().get(i).fanOut());
        }
        meanGradient = NativeBlock.allocate(type, maxRows, latentDim);
        logVarianceGradient = NativeBlock.allocate(type, maxRows, latentDim);
        latentGradient = NativeBlock.allocate(type, maxRows, latentDim);
        decoderGradient = new NativeBlock[network.decoder().size()];
        for (int i = 0; i < decoderGradient.length; i++) {
            decoderGradient[i] = NativeBlock.allocate(type, maxRows, network.decoder().get(i).fanOut());
        }
        outputGradient = NativeBlock.allocate(type, maxRows, inputDim);
    }

    /**
     * The negative ELBO's two sums over rows {@code [from, from + rows)} of {@code data} (row-major, model units),
     * one z per row from {@code epsilon}, without gradients: the held-out figures, run on this step's buffers between
     * two steps ({@code rows} at most the step's batch size).
     */
    public BatchStatistics evaluate(float[] data, int from, int rows, double[] epsilon) {
        if (rows < 1 || rows > maxRows || epsilon.length < rows * latentDim) {
            throw new IllegalArgumentException("a piece of " + rows + " rows does not fit this step");
        }
        for (int i = 0; i < rows; i++) {
            pass.setInputRow(i, data, (from + i) * inputDim);
        }
        pass.run(rows, epsilon);
        return pass.statistics(rows);
    }

    /**
     * Runs the minibatch made of rows {@code order[from..to)} of {@code data} (row-major, model units) with the
     * reparameterisation's ε taken from {@code epsilon} ({@code (to − from) × latentDim}, row-major), stores the
     * gradient in the model's gradient vector and returns the batch's statistics.
     */
    public BatchStatistics lossAndGradient(float[] data, int[] order, int from, int to, double[] epsilon, double beta) {
        int rows = to - from;
        if (rows < 1 || rows > maxRows || epsilon.length < rows * latentDim) {
            throw new IllegalArgumentException("a batch of " + rows + " rows does not fit this step");
        }
        for (int i = 0; i < rows; i++) {
            pass.setInputRow(i, data, order[i + from] * inputDim);
        }
        pass.run(rows, epsilon);
        double perRow = 1.0 / rows;
        double reconstruction = network.distribution().negativeLogLikelihoodAndGradient(pass.input(), pass.output(),
                rows, perRow, outputGradient);
        backwardThroughDecoder(rows);
        double[] klPerDimension = new double[latentDim];
        double kl = pass.klSum(rows, klPerDimension);
        backwardThroughSampling(rows, epsilon, beta * perRow);
        backwardThroughEncoder(rows);
        return new BatchStatistics(rows, reconstruction, kl, klPerDimension);
    }

    /**
     * What the last {@link #lossAndGradient} drew and computed for its {@code rows} rows (given the same
     * {@code epsilon}), read from this step's buffers; made only when asked, so training itself copies nothing.
     *
     * @param scaling the model's scaling, which takes the decoded means to the user's units
     */
    public MinibatchTrace trace(int rows, double[] epsilon, FeatureScaling scaling) {
        int l = latentDim;
        float[] mean = new float[rows * l];
        float[] sigma = new float[rows * l];
        pass.copyPosterior(rows, mean, sigma, 0);
        float[] latent = new float[rows * l];
        pass.latent().get(0, latent, 0, rows * l);
        float[] decoded = new float[rows * inputDim];
        pass.copyDecodedMean(rows, decoded, 0);
        scaling.toUserInPlace(decoded);
        return new MinibatchTrace(rows, l, inputDim, mean, sigma, java.util.Arrays.copyOf(epsilon, rows * l), latent,
                decoded);
    }

    /** From dLoss/dOutput down to dLoss/dz. */
    private void backwardThroughDecoder(int rows) {
        int last = decoderGradient.length - 1;
        network.output().backward(last < 0 ? pass.latent() : pass.decoderOut(last), pass.output(), outputGradient,
                rows, last < 0 ? latentGradient : decoderGradient[last], 0);
        for (int i = last; i >= 0; i--) {
            network.decoder().get(i).backward(i == 0 ? pass.latent() : pass.decoderOut(i - 1), pass.decoderOut(i),
                    decoderGradient[i], rows, i == 0 ? latentGradient : decoderGradient[i - 1], 0);
        }
    }

    /**
     * Through z = μ + exp(½ log σ²) ε to μ and log σ², adding the gradient of the closed-form KL, weighted by
     * {@code klScale}; a plain autoencoder's z = μ passes its gradient to μ alone.
     */
    private void backwardThroughSampling(int rows, double[] epsilon, double klScale) {
        if (!network.variational()) {
            for (int i = 0; i < rows * latentDim; i++) {
                meanGradient.set(i, latentGradient.get(i));
            }
            return;
        }
        NativeBlock mean = pass.mean();
        NativeBlock logVariance = pass.logVariance();
        for (int i = 0; i < rows * latentDim; i++) {
            double mu = mean.get(i);
            double variance = Math.exp(logVariance.get(i));
            double dz = latentGradient.get(i);
            meanGradient.set(i, dz + klScale * mu);
            logVarianceGradient.set(i, 0.5 * dz * epsilon[i] * Math.sqrt(variance) + 0.5 * klScale * (variance - 1));
        }
    }

    /**
     * Both heads feed the last hidden layer's gradient (there is none without hidden layers), then down; a plain
     * autoencoder's log-variance head takes no part, its gradient stays 0.
     */
    private void backwardThroughEncoder(int rows) {
        int last = encoderGradient.length - 1;
        NativeBlock hidden = last < 0 ? pass.input() : pass.encoderOut(last);
        NativeBlock hiddenGradient = last < 0 ? null : encoderGradient[last];
        network.meanHead().backward(hidden, pass.mean(), meanGradient, rows, hiddenGradient, 0);
        if (network.variational()) {
            network.logVarianceHead().backward(hidden, pass.logVariance(), logVarianceGradient, rows, hiddenGradient,
                    1);
        }
        for (int i = last; i >= 0; i--) {
            network.encoder().get(i).backward(i == 0 ? pass.input() : pass.encoderOut(i - 1), pass.encoderOut(i),
                    encoderGradient[i], rows, i == 0 ? null : encoderGradient[i - 1], 0);
        }
    }
}
