package org.vaeexplorer.model.training;

/**
 * How a call to {@link Trainer#runEpoch()} ended.
 *
 * @param report  the epoch's figures when it completed, otherwise {@code null}
 * @param message for a divergence, what happened and what to try, in words for the user
 */
public record EpochOutcome(Status status, EpochReport report, String message) {

    public enum Status {
        /** The epoch ran to its end. */
        COMPLETED,
        /** A stop was requested; the model keeps the updates of the minibatches already done. */
        STOPPED,
        /** The loss became NaN or infinite; the model was put back to its last finite weights. */
        DIVERGED
    }

    static EpochOutcome completed(EpochReport report) {
        return new EpochOutcome(Status.COMPLETED, report, null);
    }

    static EpochOutcome stopped() {
        return new EpochOutcome(Status.STOPPED, null, null);
    }

    static EpochOutcome diverged(String message) {
        return new EpochOutcome(Status.DIVERGED, null, message);
    }
}
