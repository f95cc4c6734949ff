package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.util.function.DoubleConsumer;
import org.vaeexplorer.text.Texts;

/**
 * Tells standard error how far a long command has got: a line with the percentage done, at most once per interval
 * and only when the whole percentage has changed, so that a short run prints nothing and a long one is not silent.
 */
final class ProgressLine implements DoubleConsumer {
    /** A command that takes less than this says nothing. */
    static final long DEFAULT_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final String what;
    private final long intervalNanos;
    private long last;
    private int lastPercent = -1;

    /** @param what what is being done, as the line names it */
    ProgressLine(PrintStream err, String what, long intervalNanos) {
        this.err = err;
        this.what = what;
        this.intervalNanos = intervalNanos;
        this.last = System.nanoTime();
    }

    @Override
    public void accept(double fraction) {
        long now = System.nanoTime();
        int percent = (int) Math.floor(100 * Math.max(0, Math.min(1, fraction)));
        if (percent != lastPercent && now - last >= intervalNanos) {
            err.println(Texts.get("hard.progress", what, Integer.toString(percent)));
            last = now;
            lastPercent = percent;
        }
    }
}
