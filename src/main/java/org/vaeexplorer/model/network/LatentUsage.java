package org.vaeexplorer.model.network;

/**
 * How a model uses its latent dimensions on some data, computed from the posteriors of the rows: the KL divergence
 * each dimension carries, and which are active in the sense of Burda et al. (2015) — the variance over the data of
 * the posterior mean above {@value #ACTIVE_VARIANCE}. The window's KL pane and {@code eval} both use it.
 */
public final class LatentUsage {
    /** Above this variance of its posterior mean over the data a dimension is active. */
    public static final double ACTIVE_VARIANCE = 0.01;

    private LatentUsage() {
    }

    /**
     * The dimensions whose posterior mean varies over the {@code rows} rows of {@code mean} (row-major,
     * {@code rows × latentDim}) by more than {@link #ACTIVE_VARIANCE} (population variance over the rows).
     */
    public static int activeUnits(float[] mean, int rows, int latentDim) {
        int active = 0;
        for (int k = 0; k < latentDim && rows > 0; k++) {
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < rows; i++) {
                double v = mean[i * latentDim + k];
                sum += v;
                sumSquares += v * v;
            }
            double average = sum / rows;
            if (sumSquares / rows - average * average > ACTIVE_VARIANCE) {
                active++;
            }
        }
        return active;
    }

    /** {@link #activeUnits(float[], int, int)} of an encoding. */
    public static int activeUnits(Encoding encoding) {
        return activeUnits(encoding.mean(), encoding.rows(), encoding.latentDim());
    }

    /**
     * Each dimension's KL(q(z_k|x) ‖ N(0, 1)) = ½(μ² + σ² − 1 − log σ²), averaged over the rows, in nats per example
     * (closed form, no sampling).
     */
    public static double[] klPerDimension(Encoding encoding) {
        int l = encoding.latentDim();
        double[] kl = new double[l];
        float[] mean = encoding.mean();
        float[] sigma = encoding.sigma();
        for (int i = 0; i < encoding.rows(); i++) {
            for (int k = 0; k < l; k++) {
                double m = mean[i * l + k];
                double variance = sigma[i * l + k] * (double) sigma[i * l + k];
                kl[k] += 0.5 * (m * m + variance - 1 - Math.log(variance));
            }
        }
        for (int k = 0; k < l && encoding.rows() > 0; k++) {
            kl[k] /= encoding.rows();
        }
        return kl;
    }
}
