package org.vaeexplorer.viewmodel;

/**
 * What the decoder makes of {@code count} draws z from the prior, in the data's units and on the data view's plane:
 * the decoder's means, or, when {@code drawn}, draws x ~ p(x|z) (the generative model's own samples).
 */
public record PriorSampleSnapshot(int count, float[] decoded, float[] plane, boolean drawn) {
}
