package org.vaeexplorer.viewmodel;

import org.vaeexplorer.model.network.ElboTerms;

/**
 * One slow-motion step, for its highlighted example: which minibatch of which epoch, the example's row and values,
 * what the step drew for it (μ, σ, ε and z = μ + σ·ε), the decoder's mean at that z, both on the data view's plane,
 * and the minibatch's loss terms (nats per example, before the update).
 *
 * @param selected whether the example is the selected row (otherwise it is the first of the minibatch)
 * @param sigma    {@code null} for a model that does not sample z; so is {@code epsilon}
 * @param plane    the example and its decoding on the data view's plane: {@code {x, y, decodedX, decodedY}}
 */
public record SlowMotionSnapshot(int epoch, int index, int count, int batchRows, int row, boolean selected,
        float[] x, float[] mean, float[] sigma, double[] epsilon, float[] z, float[] decoded, float[] plane,
        ElboTerms terms) {
}
