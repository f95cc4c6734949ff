package org.vaeexplorer.viewmodel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands the newest of a stream of values from a worker thread to the UI thread, with at most one hand-over pending:
 * values published faster than the UI takes them replace each other instead of queueing.
 */
final class Coalescer<T> {
    private final Executor uiThread;
    private final Consumer<T> consumer;
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Coalescer(Executor uiThread, Consumer<T> consumer) {
        this.uiThread = uiThread;
        this.consumer = consumer;
    }

    /** From any thread. */
    void publish(T value) {
        latest.set(value);
        if (scheduled.compareAndSet(false, true)) {
            uiThread.execute(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);
        T value = latest.getAndSet(null);
        if (value != null) {
            consumer.accept(value);
        }
    }
}
