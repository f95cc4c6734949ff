package org.vaeexplorer.model.network;

/**
 * Sums over the examples of a batch, in nats, in the units of the user's data.
 *
 * @param reconstructionSum Σ −log p(x|z) over the examples, one z sampled per example
 * @param klSum             Σ KL(q(z|x) ‖ N(0, I)), in closed form
 * @param klPerDimensionSum the same KL split by latent dimension
 */
public record BatchStatistics(int rows, double reconstructionSum, double klSum, double[] klPerDimensionSum) {

    public boolean isFinite() {
        return Double.isFinite(reconstructionSum) && Double.isFinite(klSum);
    }
}
