package org.vaeexplorer.model.training;

import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;

/**
 * A run as it stood at the end of its last complete epoch: the model, the number of epochs done and, when the run is
 * to continue exactly, Adam's state. {@link Trainer#resume(TrainingCheckpoint, org.vaeexplorer.model.data.Dataset)}
 * on the same data then trains as the uninterrupted run would have.
 *
 * @param model      the weights at the end of epoch {@code epochsDone}; its settings carry the learning rate and β
 *                   the run was using then
 * @param epochsDone the epochs completed, at least 0
 * @param optimizer  Adam's state at that point, or {@code null}: training then goes on with a fresh optimiser
 */
public record TrainingCheckpoint(VaeSnapshot model, int epochsDone, OptimizerState optimizer) {

    public TrainingCheckpoint {
        if (epochsDone < 0) {
            throw new IllegalArgumentException("epochs done must be at least 0, not " + epochsDone);
        }
        long parameters = Vae.parameterCount(model.config(), model.inputDim());
        if (optimizer != null && optimizer.size() != parameters) {
            throw new IllegalArgumentException("the optimiser's state is for " + optimizer.size()
                    + " parameters, but the model has " + parameters);
        }
    }
}
