package org.vaeexplorer.model;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Sets how many threads ND4J's native code uses. ND4J reads only the OMP_NUM_THREADS environment variable, which a
 * packaged launcher cannot set, so the application sets it in code before training.
 */
public final class ComputeThreads {
    private ComputeThreads() {
    }

    /** Cores minus one while a window is open (the UI keeps a core), all cores for the command line. */
    public static int defaultFor(boolean interactive) {
        int cores = Runtime.getRuntime().availableProcessors();
        return interactive ? Math.max(1, cores - 1) : cores;
    }

    public static void use(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be 1 to 1024, not " + threads);
        }
        Nd4j.factory().blas().setMaxThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }
}
