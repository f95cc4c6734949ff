package org.vaeexplorer.viewmodel;

/**
 * Posterior means and standard deviations of a sample of the data's rows, after some epoch of training.
 * Nobody writes its arrays once it is published: views read them on other threads (the scatter's painter) too.
 *
 * @param rows   which rows of the dataset were encoded, ascending
 * @param mean   {@code rows.length × latentDim}, row-major
 * @param sigma  same shape
 */
public record LatentSnapshot(int epoch, int latentDim, int[] rows, float[] mean, float[] sigma) {
}
