package org.vaeexplorer.model.network;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets how many threads ND4J's native code uses. ND4J reads only the OMP_NUM_THREADS environment variable, which a
 * packaged launcher cannot set, so the application sets it in code before training.
 */
public final class ComputeThreads {
    private static volatile int inUse;

    private ComputeThreads() {
    }

    /**
     * Cores minus one, with or without a window: the window's FX thread needs a core, and so do the JVM's own
     * threads; spinning BLAS worker threads lose badly when they have to share a core (decision 0009).
     */
    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** The count last set by {@link #use}, or 0 if none was. */
    public static int inUse() {
        return inUse;
    }

    public static void use(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be 1 to 1024, not " + threads);
        }
        inUse = threads;
        Nd4j.factory().blas().setMaxThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }
}
