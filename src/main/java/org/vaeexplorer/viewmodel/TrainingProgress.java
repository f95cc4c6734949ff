package org.vaeexplorer.viewmodel;

import java.util.Locale;

/**
 * Where a run of epochs stands, as the model thread hands it to the status line.
 *
 * @param epoch        the last finished epoch
 * @param untilEpoch   the epoch at which the run ends
 * @param secondsLeft  the estimated time to the end of the run
 * @param negativeElbo the last epoch's training loss, in nats per example
 */
public record TrainingProgress(int epoch, int untilEpoch, double secondsLeft, double negativeElbo) {
    /** Share of the run done, 0 to 1. */
    public double fraction() {
        return untilEpoch == 0 ? 0 : Math.min(1, epoch / (double) untilEpoch);
    }

    /** The status line while training. */
    public String describe() {
        return String.format(Locale.ROOT, "Epoch %d of %d · %s left · −ELBO %.3f nats", epoch, untilEpoch,
                duration(secondsLeft), negativeElbo);
    }

    private static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(0, seconds));
        }
        return String.format(Locale.ROOT, "%d min %02d s", (int) (seconds / 60), (int) (seconds % 60));
    }
}
