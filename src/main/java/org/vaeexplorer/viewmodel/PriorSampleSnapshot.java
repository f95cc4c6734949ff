package org.vaeexplorer.viewmodel;

/** Decoder means for {@code count} draws from the prior, in the data's units and on the data view's plane. */
public record PriorSampleSnapshot(int count, float[] decoded, float[] plane) {
}
