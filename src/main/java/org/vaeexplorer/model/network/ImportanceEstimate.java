package org.vaeexplorer.model.network;

/**
 * Per-row estimates from k draws z_1..z_k of q(z|x) with log-weights w_i = log p(x, z_i) − log q(z_i|x), in the
 * user's units. For the same draws Jensen's inequality orders them row by row:
 * log p(x) ≥ E[IWAE_k] and IWAE_k = log (1/k) Σ exp w_i ≥ (1/k) Σ w_i = ELBO_k.
 *
 * @param logLikelihood the importance-weighted bound IWAE_k (Burda et al., 2015), which tightens towards log p(x)
 *                      as k grows
 * @param elbo          the ELBO estimated with the same k draws (their mean log-weight): less noisy than one z
 */
public record ImportanceEstimate(double[] logLikelihood, double[] elbo) {

    /** The mean over rows of {@link #logLikelihood()}. */
    public double meanLogLikelihood() {
        return mean(logLikelihood);
    }

    /** The mean over rows of {@link #elbo()}. */
    public double meanElbo() {
        return mean(elbo);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
