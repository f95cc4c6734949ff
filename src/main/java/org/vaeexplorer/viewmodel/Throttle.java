package org.vaeexplorer.viewmodel;

/** Lets an action through at most once per interval, and always when forced. For use on one thread. */
final class Throttle {
    private final long intervalNanos;
    private long last;
    private boolean passedBefore;

    Throttle(long intervalMillis) {
        this.intervalNanos = intervalMillis * 1_000_000L;
    }

    /** Whether the action may run now; if so, the interval starts again. */
    boolean due(boolean force) {
        long now = System.nanoTime();
        if (force || !passedBefore || now - last >= intervalNanos) {
            last = now;
            passedBefore = true;
            return true;
        }
        return false;
    }
}
