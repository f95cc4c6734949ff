package org.vaeexplorer.model.network;

/** Posterior q(z|x) = N(mean, diag(sigma²)) for each of {@code rows} examples, row-major {@code rows × latentDim}. */
public record Encoding(int rows, int latentDim, float[] mean, float[] sigma) {
}
