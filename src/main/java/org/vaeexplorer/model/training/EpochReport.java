package org.vaeexplorer.model.training;

import org.vaeexplorer.model.network.ElboTerms;

/**
 * What one epoch of training yields.
 *
 * @param epoch          1-based number of the epoch
 * @param seconds        wall time of the epoch, held-out evaluation included
 * @param beta           KL weight used in this epoch's loss (after warm-up)
 * @param learningRate   step size used in this epoch
 * @param train          mean over the epoch's minibatches, as each was seen before its update
 * @param heldOut        on the held-out rows after the epoch, or {@code null} when none are held out
 * @param klPerDimension mean KL of each latent dimension on the training minibatches: which dimensions are used
 * @param heldOutKlPerDimension the same on the held-out rows after the epoch, or {@code null} when none are held
 *                              out (or, in lessons written before it was kept, not known)
 */
public record EpochReport(int epoch, double seconds, double beta, double learningRate, ElboTerms train,
        ElboTerms heldOut, double[] klPerDimension, double[] heldOutKlPerDimension) {

    public EpochReport {
        klPerDimension = klPerDimension.clone();
        if (heldOutKlPerDimension != null) {
            if (heldOut == null || heldOutKlPerDimension.length != klPerDimension.length) {
                throw new IllegalArgumentException("held-out KL per dimension needs held-out figures and one value "
                        + "per latent dimension");
            }
            heldOutKlPerDimension = heldOutKlPerDimension.clone();
        }
    }

    @Override
    public double[] klPerDimension() {
        return klPerDimension.clone();
    }

    @Override
    public double[] heldOutKlPerDimension() {
        return heldOutKlPerDimension == null ? null : heldOutKlPerDimension.clone();
    }
}
