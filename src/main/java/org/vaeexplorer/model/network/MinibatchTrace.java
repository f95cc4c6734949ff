package org.vaeexplorer.model.network;

/**
 * What one training step drew and computed for each example of its minibatch, before its update: the posterior
 * q(z|x) = N(μ, diag σ²), the noise ε, the sampled z = μ + σ·ε and the decoder's mean at z, so that slow motion can
 * show the step that training takes. Arrays are row-major, one row per example in the minibatch's order.
 *
 * @param mean    μ, {@code rows × latentDim}
 * @param sigma   σ, {@code rows × latentDim}; {@code null} for a model that does not sample z
 * @param epsilon ε, {@code rows × latentDim}; {@code null} for a model that does not sample z
 * @param latent  the z the decoder was given, {@code rows × latentDim}
 * @param decoded the decoder's mean at z in the user's units, {@code rows × inputDim}
 */
public record MinibatchTrace(int rows, int latentDim, int inputDim, float[] mean, float[] sigma, double[] epsilon,
        float[] latent, float[] decoded) {

    /** Row {@code i}'s values of a {@code rows × width} array. */
    public static float[] row(float[] values, int i, int width) {
        float[] row = new float[width];
        System.arraycopy(values, i * width, row, 0, width);
        return row;
    }
}
