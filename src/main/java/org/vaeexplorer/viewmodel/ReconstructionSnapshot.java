package org.vaeexplorer.viewmodel;

/**
 * The model's reconstructions of a sample of the data (the decoder's mean at each row's posterior mean) on the data
 * view's plane, to be linked to the rows they reconstruct.
 *
 * @param rows  the reconstructed rows of the data
 * @param plane x, y pairs, one per row, in the data view's coordinates
 */
public record ReconstructionSnapshot(int[] rows, float[] plane) {
}
