package org.vaeexplorer.viewmodel;

/**
 * The decoder's mean over an {@code n × n} grid of latent points spanning a rectangle of the two shown dimensions
 * (row-major, y rising with the row), in the data's units ({@code decoded}) and on the data view's plane
 * ({@code plane}, {@code n·n × 2}).
 */
public record ManifoldSnapshot(int n, double xMin, double xMax, double yMin, double yMax, float[] decoded,
        float[] plane) {
}
