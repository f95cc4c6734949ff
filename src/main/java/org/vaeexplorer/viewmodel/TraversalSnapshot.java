package org.vaeexplorer.viewmodel;

/**
 * A traversal decoded: for each of {@code latentDim} dimensions in turn, {@code steps} points that vary it over
 * {@code values} (−3 to +3 prior standard deviations) with the other dimensions at the probe's values; the decoder's
 * mean at each, row by row ({@code latentDim × steps × inputDim}), and where each lies on the data view's plane
 * ({@code latentDim × steps × 2}): for 2-D data a path over the data per dimension.
 */
public record TraversalSnapshot(int latentDim, int steps, float[] values, float[] decoded, float[] plane) {
}
