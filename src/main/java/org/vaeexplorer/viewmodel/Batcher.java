package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Hands every value of a stream from a worker thread to the UI thread, in order, in batches: however many arrive
 * between two UI turns, one hand-over is pending at most.
 */
final class Batcher<T> {
    private final Executor uiThread;
    private final Consumer<List<T>> consumer;
    private List<T> pending = new ArrayList<>();
    private boolean scheduled;

    Batcher(Executor uiThread, Consumer<List<T>> consumer) {
        this.uiThread = uiThread;
        this.consumer = consumer;
    }

    /** From any thread. */
    void add(T value) {
        boolean schedule;
        synchronized (this) {
            pending.add(value);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            uiThread.execute(this::deliver);
        }
    }

    private void deliver() {
        List<T> batch;
        synchronized (this) {
            batch = pending;
            pending = new ArrayList<>();
            scheduled = false;
        }
        if (!batch.isEmpty()) {
            consumer.accept(batch);
        }
    }
}
