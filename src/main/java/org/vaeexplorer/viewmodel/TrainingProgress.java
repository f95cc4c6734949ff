package org.vaeexplorer.viewmodel;

import java.util.Locale;
import org.vaeexplorer.text.Texts;

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
        return Texts.get("status.progress", epoch, untilEpoch, duration(secondsLeft),
                String.format(Locale.ROOT, "%.3f", negativeElbo));
    }

    private static String duration(double seconds) {
        if (seconds < 60) {
            return Texts.get("status.seconds", Math.round(Math.max(0, seconds)));
        }
        return Texts.get("status.minutes", (int) (seconds / 60),
                String.format(Locale.ROOT, "%02d", (int) (seconds % 60)));
    }
}
