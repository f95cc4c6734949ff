package org.vaeexplorer.model.network;

/** Draws from the prior: {@code z} ({@code count × latentDim}) and the decoder's mean for each ({@code count × inputDim}). */
public record PriorSamples(int count, float[] z, float[] x) {
}
