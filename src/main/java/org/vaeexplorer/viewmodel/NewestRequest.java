package org.vaeexplorer.viewmodel;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A request the user keeps changing (where the probe is, which grid to decode), served on the model thread: requests
 * made faster than they are served replace each other, at most one job for them is queued, and the newest can be
 * served again when the weights change. Made by {@link ModelWorker#newestRequest}.
 */
final class NewestRequest<T> {
    private final Executor modelThread;
    private final Consumer<T> serve;
    private final AtomicReference<T> unserved = new AtomicReference<>();
    private final AtomicBoolean jobQueued = new AtomicBoolean();
    private volatile T newest;

    NewestRequest(Executor modelThread, Consumer<T> serve) {
        this.modelThread = modelThread;
        this.serve = serve;
    }

    /** From the UI thread: replaces any request not served yet. */
    void submit(T request) {
        newest = request;
        unserved.set(request);
        if (jobQueued.compareAndSet(false, true)) {
            modelThread.execute(() -> {
                jobQueued.set(false);
                serveIfNew();
            });
        }
    }

    /** Withdraws the request: nothing is served until the next one. */
    void clear() {
        newest = null;
        unserved.set(null);
    }

    /** On the model thread: serves the newest request if it has not been served. */
    void serveIfNew() {
        T request = unserved.getAndSet(null);
        if (request != null) {
            serve.accept(request);
        }
    }

    /** On the model thread, after the weights changed: serves the newest request, served before or not. */
    void serveAgain() {
        unserved.set(null);
        T request = newest;
        if (request != null) {
            serve.accept(request);
        }
    }
}
