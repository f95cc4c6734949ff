package org.vaeexplorer.viewmodel;

/**
 * An interpolation decoded: {@code steps} latent points from the start to the end ({@code steps × latentDim}),
 * the decoder's mean at each ({@code steps × inputDim}) and its place on the data view's plane.
 */
public record PathSnapshot(int steps, int latentDim, float[] z, float[] decoded, float[] plane) {
}
