package org.vaeexplorer.model.network;

import java.util.Arrays;

/**
 * One forward pass through a {@link VaeNetwork} for up to {@link #capacity()} rows, in model units: the encoder to
 * q(z|x) = N(μ, diag σ²), the reparameterisation z = μ + σ ε, the decoder to the likelihood's parameters, and the
 * batch's negative log-likelihood and closed-form KL. Its buffers live in native memory and are made again only
 * when a call needs more rows than before, so a pass allocates nothing. The training step runs one and adds the
 * backward pass; inference runs another, so that decoding between two minibatches leaves training's buffers alone.
 */
final class ForwardPass {
    private final VaeNetwork network;
    private final NativeBlock[] encoderOut;
    private final NativeBlock[] decoderOut;
    private NativeBlock input;
    private NativeBlock mean;
    private NativeBlock logVariance;
    private NativeBlock latent;
    private NativeBlock output;
    private double[] epsilon;
    private double[] rowValues;
    private int capacity;

    ForwardPass(VaeNetwork network, int capacity) {
        this.network = network;
        this.encoderOut = new NativeBlock[network.encoder().size()];
        this.decoderOut = new NativeBlock[network.decoder().size()];
        allocate(Math.max(1, capacity));
    }

    int capacity() {
        return capacity;
    }

    /** Makes room for {@code rows} rows; what the buffers held before is lost when they grow. */
    void reserve(int rows) {
        if (rows > capacity) {
            allocate(rows);
        }
    }

    private void allocate(int rows) {
        var type = network.dataType();
        input = NativeBlock.allocate(type, rows, network.inputDim());
        for (int i = 0; i < encoderOut.length; i++) {
            encoderOut[i] = NativeBlock.allocate(type, rows, network.encoder().get(i).fanOut());
        }
        mean = NativeBlock.allocate(type, rows, network.latentDim());
        logVariance = NativeBlock.allocate(type, rows, network.latentDim());
        latent = NativeBlock.allocate(type, rows, network.latentDim());
        for (int i = 0; i < decoderOut.length; i++) {
            decoderOut[i] = NativeBlock.allocate(type, rows, network.decoder().get(i).fanOut());
        }
        output = NativeBlock.allocate(type, rows, network.inputDim());
        epsilon = new double[rows * network.latentDim()];
        rowValues = new double[rows];
        capacity = rows;
    }

    /** Copies one row of model-unit input from {@code values} at {@code from} into row {@code row}. */
    void setInputRow(int row, float[] values, int from) {
        input.set(row * network.inputDim(), values, from, network.inputDim());
    }

    /** Copies {@code rows} rows of z from {@code values} at {@code from}. */
    void setLatentRows(float[] values, int from, int rows) {
        latent.set(0, values, from, rows * network.latentDim());
    }

    /** Room for ε of {@link #capacity()} rows, row-major, for callers that draw it. */
    double[] epsilon() {
        return epsilon;
    }

    /** Room for one value per row, for callers that need it. */
    double[] rowValues() {
        return rowValues;
    }

    /** The encoder: input → μ and log σ². */
    void encode(int rows) {
        NativeBlock h = input;
        for (int i = 0; i < encoderOut.length; i++) {
            network.encoder().get(i).forward(h, encoderOut[i], rows);
            h = encoderOut[i];
        }
        network.meanHead().forward(h, mean, rows);
        network.logVarianceHead().forward(h, logVariance, rows);
    }

    /** z = μ + σ ε with σ = exp(½ log σ²), ε row-major {@code rows × latentDim}; a plain autoencoder's z = μ. */
    void sample(int rows, double[] noise) {
        boolean variational = network.variational();
        for (int i = 0; i < rows * network.latentDim(); i++) {
            latent.set(i, variational ? mean.get(i) + Math.exp(0.5 * logVariance.get(i)) * noise[i] : mean.get(i));
        }
    }

    /** The decoder: z → the likelihood's parameters. */
    void decode(int rows) {
        NativeBlock g = latent;
        for (int i = 0; i < decoderOut.length; i++) {
            network.decoder().get(i).forward(g, decoderOut[i], rows);
            g = decoderOut[i];
        }
        network.output().forward(g, output, rows);
    }

    /** Encodes, samples z with ε = {@code noise} and decodes. */
    void run(int rows, double[] noise) {
        encode(rows);
        sample(rows, noise);
        decode(rows);
    }

    /**
     * Σ KL(q(z|x) ‖ N(0, I)) = Σ ½ (μ² + σ² − 1 − log σ²) over the rows, also added per latent dimension into
     * {@code perDimension} unless it is null; 0 for a plain autoencoder, which has no KL term.
     */
    double klSum(int rows, double[] perDimension) {
        if (!network.variational()) {
            return 0;
        }
        int l = network.latentDim();
        double sum = 0;
        for (int i = 0; i < rows * l; i++) {
            double mu = mean.get(i);
            double logVar = logVariance.get(i);
            double term = 0.5 * (mu * mu + Math.exp(logVar) - 1 - logVar);
            if (perDimension != null) {
                perDimension[i % l] += term;
            }
            sum += term;
        }
        return sum;
    }

    /** Σ −log p(x|z) over the rows in the data's own units; also each row's value unless null. */
    double negativeLogLikelihood(int rows, double[] rowSums) {
        return network.distribution().negativeLogLikelihood(input, output, rows, rowSums);
    }

    /** The batch's statistics after {@link #run}. */
    BatchStatistics statistics(int rows) {
        double[] klPerDimension = new double[network.latentDim()];
        double kl = klSum(rows, klPerDimension);
        return new BatchStatistics(rows, negativeLogLikelihood(rows, null), kl, klPerDimension);
    }

    /**
     * Copies μ and σ of the first {@code rows} rows into {@code means} and {@code sigmas} from {@code at}; a plain
     * autoencoder's code is a point, its σ 0.
     */
    void copyPosterior(int rows, float[] means, float[] sigmas, int at) {
        int n = rows * network.latentDim();
        mean.get(0, means, at, n);
        if (!network.variational()) {
            Arrays.fill(sigmas, at, at + n, 0f);
            return;
        }
        for (int i = 0; i < n; i++) {
            sigmas[at + i] = (float) Math.exp(0.5 * logVariance.get(i));
        }
    }

    /** Copies the decoder's mean of the first {@code rows} rows, in model units, into {@code into} from {@code at}. */
    void copyDecodedMean(int rows, float[] into, int at) {
        network.distribution().mean(output, rows, into, at);
    }

    NativeBlock input() {
        return input;
    }

    NativeBlock encoderOut(int layer) {
        return encoderOut[layer];
    }

    NativeBlock mean() {
        return mean;
    }

    NativeBlock logVariance() {
        return logVariance;
    }

    NativeBlock latent() {
        return latent;
    }

    NativeBlock decoderOut(int layer) {
        return decoderOut[layer];
    }

    NativeBlock output() {
        return output;
    }
}
