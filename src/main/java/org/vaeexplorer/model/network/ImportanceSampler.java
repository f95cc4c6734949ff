package org.vaeexplorer.model.network;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;

/** Draws importance samples for a {@link Vae} through its inference pass, a chunk of rows at a time. */
final class ImportanceSampler {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final Vae vae;
    private final ForwardPass inference;
    private final int chunkRows;

    ImportanceSampler(Vae vae, ForwardPass inference, int chunkRows) {
        this.vae = vae;
        this.inference = inference;
        this.chunkRows = chunkRows;
    }

    ImportanceEstimate estimate(float[] x, int rows, int samples, long seed, DoubleConsumer progress) {
        int l = vae.latentDim();
        SplittableRandom random = new SplittableRandom(seed);
        double[] logLikelihood = new double[rows];
        double[] elbo = new double[rows];
        // Running log-sum-exp per row: the largest log-weight so far, and Σ exp(w − largest).
        double[] largest = new double[Math.min(rows, chunkRows)];
        double[] scaledSum = new double[largest.length];
        double draws = (double) rows * samples;
        for (int from = 0; from < rows; from += chunkRows) {
            int n = Math.min(chunkRows, rows - from);
            vae.loadRows(x, from, n);
            inference.encode(n);
            Arrays.fill(largest, Double.NEGATIVE_INFINITY);
            Arrays.fill(scaledSum, 0);
            double[] noise = inference.epsilon();
            double[] negativeLogLikelihood = inference.rowValues();
            for (int s = 0; s < samples; s++) {
                Vae.fillGaussian(random, noise, n * l);
                inference.sample(n, noise);
                inference.decode(n);
                inference.negativeLogLikelihood(n, negativeLogLikelihood);
                for (int i = 0; i < n; i++) {
                    double w = logImportanceWeight(i, noise, negativeLogLikelihood[i]);
                    elbo[from + i] += w / samples;
                    if (w > largest[i]) {
                        scaledSum[i] = scaledSum[i] * Math.exp(largest[i] - w) + 1;
                        largest[i] = w;
                    } else {
                        scaledSum[i] += Math.exp(w - largest[i]);
                    }
                }
                progress.accept(((double) from * samples + (double) n * (s + 1)) / draws);
            }
            for (int i = 0; i < n; i++) {
                logLikelihood[from + i] = largest[i] + Math.log(scaledSum[i]) - Math.log(samples);
            }
        }
        return new ImportanceEstimate(logLikelihood, elbo);
    }

    /** log p(x|z) + log p(z) − log q(z|x) for row {@code i} of the inference pass, in the user's units. */
    private double logImportanceWeight(int i, double[] noise, double negativeLogLikelihood) {
        int l = vae.latentDim();
        double logVarianceSum = 0;
        double noiseSquares = 0;
        double latentSquares = 0;
        for (int k = i * l; k < (i + 1) * l; k++) {
            logVarianceSum += inference.logVariance().get(k);
            noiseSquares += noise[k] * noise[k];
            double z = inference.latent().get(k);
            latentSquares += z * z;
        }
        double logQ = -0.5 * (l * LOG_2PI + logVarianceSum + noiseSquares);
        double logPrior = -0.5 * (l * LOG_2PI + latentSquares);
        return -negativeLogLikelihood + logPrior - logQ;
    }
}
