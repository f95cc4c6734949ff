package org.vaeexplorer.model.network;

/**
 * The two terms of the negative ELBO, in nats per example, in the units of the user's data.
 *
 * @param reconstruction E_q[−log p(x|z)], estimated with one z per example
 * @param kl             KL(q(z|x) ‖ N(0, I)), in closed form
 */
public record ElboTerms(double reconstruction, double kl) {

    /** −ELBO = reconstruction + KL: an upper bound on −log p(x). */
    public double negativeElbo() {
        return reconstruction + kl;
    }

    public static ElboTerms perExample(double reconstructionSum, double klSum, long rows) {
        return new ElboTerms(reconstructionSum / rows, klSum / rows);
    }
}
