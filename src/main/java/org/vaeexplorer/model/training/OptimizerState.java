package org.vaeexplorer.model.training;

/**
 * Adam's state between two steps: how many steps it has taken (its bias correction depends on that) and its two
 * moment estimates, one value per parameter. What a saved run needs to continue exactly as if it had not stopped.
 *
 * @param steps        the steps taken so far, at least 0
 * @param firstMoment  the running mean of the gradients
 * @param secondMoment the running mean of the squared gradients, each at least 0
 */
public record OptimizerState(int steps, float[] firstMoment, float[] secondMoment) {

    public OptimizerState {
        if (steps < 0) {
            throw new IllegalArgumentException("Adam's step count must be at least 0, not " + steps);
        }
        if (firstMoment.length != secondMoment.length) {
            throw new IllegalArgumentException("Adam's two moments must be equally long, not " + firstMoment.length
                    + " and " + secondMoment.length);
        }
        firstMoment = firstMoment.clone();
        secondMoment = secondMoment.clone();
    }

    /** The number of parameters the state is for. */
    public int size() {
        return firstMoment.length;
    }

    @Override
    public float[] firstMoment() {
        return firstMoment.clone();
    }

    @Override
    public float[] secondMoment() {
        return secondMoment.clone();
    }
}
