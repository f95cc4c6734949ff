package org.vaeexplorer.viewmodel;

/**
 * The decoding of one latent point: the decoder's mean in the data's units, its place on the data view's plane,
 * the decoder's spread there as a 2×2 covariance {@code {xx, xy, yy}} (Gaussian likelihoods only, else
 * {@code null}), the rows whose latent means lie nearest to the point, and, when the decoder's noise is shown, one
 * draw x ~ p(x|z) ({@code null} otherwise).
 */
public record ProbeSnapshot(float[] z, float[] decoded, double planeX, double planeY, double[] planeCovariance,
        int[] nearestRows, float[] drawn) {
    /** How many nearest rows a snapshot lists, at most. */
    public static final int NEAREST_COUNT = 6;
}
