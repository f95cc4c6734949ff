package org.vaeexplorer.view;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.vaeexplorer.model.network.ComputeThreads;

/** The one thread that owns the model's ND4J work, for the window and for {@code render} alike. */
final class ModelThread {
    private ModelThread() {
    }

    /** A single daemon thread named vae-model, using the window's number of compute threads. */
    static ExecutorService start() {
        return Executors.newSingleThreadExecutor(job -> {
            // Set on whichever thread runs the model, also on a replacement after a crashed job; ND4J itself was
            // loaded before JavaFX started (ComputeThreads.use).
            Thread t = new Thread(() -> {
                ComputeThreads.useOnThisThread(ComputeThreads.forWindow());
                job.run();
            }, "vae-model");
            t.setDaemon(true);
            // Below the FX thread and the renderer when they compete for a core: the packaged app maps it to nice
            // 4 on Linux, Windows to a lower thread priority (decision 0006).
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }
}
