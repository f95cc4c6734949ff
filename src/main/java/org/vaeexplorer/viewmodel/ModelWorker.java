package org.vaeexplorer.viewmodel;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.vaeexplorer.model.network.YieldPoint;

/**
 * The one owner of the model thread and its queue. Jobs run in order; short urgent jobs ({@link #soon}) and the
 * user's newest requests also run at the {@link #yieldPoint()} that long work (an epoch, encoding a sample) passes
 * between two pieces, so that they wait for one minibatch at most, not for a whole run of epochs.
 */
final class ModelWorker {
    private final Executor modelThread;
    private final Queue<Runnable> urgentJobs = new ConcurrentLinkedQueue<>();
    private final List<NewestRequest<?>> servedAtYieldPoints = new CopyOnWriteArrayList<>();
    private final YieldPoint yieldPoint = this::runWaitingWork;
    private volatile boolean closing;

    /**
     * @param modelThread one thread for all model work; once the window has closed this worker and shut that thread
     *                    down, work the UI still asks for (a slider settling as the window goes) is dropped
     */
    ModelWorker(Executor modelThread) {
        this.modelThread = job -> {
            try {
                modelThread.execute(job);
            } catch (RejectedExecutionException e) {
                if (!closing) {
                    throw e;
                }
            }
        };
    }

    /** Queues a job after every job queued before it. */
    void run(Runnable job) {
        modelThread.execute(job);
    }

    /**
     * Runs a short job (save, reconstruct a row, sample the prior) as soon as possible: at the next yield point when
     * long work runs, otherwise next; whichever comes first runs it, once.
     */
    void soon(Runnable job) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                job.run();
            }
        };
        urgentJobs.add(once);
        modelThread.execute(() -> {
            urgentJobs.remove(once);
            once.run();
        });
    }

    /**
     * A request served on the model thread by {@code serve}, newest first and at most once per change.
     *
     * @param atYieldPoints whether long work also serves it between its pieces (the probe does: it follows the
     *                      user's hand while training), or only its own job and {@link NewestRequest#serveAgain} do
     */
    <T> NewestRequest<T> newestRequest(Consumer<T> serve, boolean atYieldPoints) {
        NewestRequest<T> request = new NewestRequest<>(modelThread, serve);
        if (atYieldPoints) {
            servedAtYieldPoints.add(request);
        }
        return request;
    }

    /**
     * The window is closing: from now on work whose only use is a picture is skipped (jobs already queued, a save
     * among them, still run).
     */
    void close() {
        closing = true;
    }

    boolean closing() {
        return closing;
    }

    /** What long work on the model thread passes between two pieces; runs the waiting requests and urgent jobs. */
    YieldPoint yieldPoint() {
        return yieldPoint;
    }

    private void runWaitingWork() {
        for (NewestRequest<?> request : servedAtYieldPoints) {
            request.serveIfNew();
        }
        for (Runnable job = urgentJobs.poll(); job != null; job = urgentJobs.poll()) {
            job.run();
        }
    }
}
