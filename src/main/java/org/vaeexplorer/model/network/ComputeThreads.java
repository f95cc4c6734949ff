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
     * The command line: every core. OpenBLAS splits each large product across the threads: on a quiet 2-core machine
     * two threads trained the MNIST preset a little faster than one; on a busy one the second thread only waits for
     * its core, and {@code --threads 1} is the better choice (decision 0029).
     */
    public static int forCommandLine() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The window: cores minus one, so that the FX thread keeps a core for its frames (16 ms budget) while training
     * runs; spinning BLAS workers that share its core cost it frames (decision 0009, platform notes). On 2 cores
     * that is one thread; on 8, seven.
     */
    public static int forWindow() {
        Integer asked = Integer.getInteger("vaeexplorer.windowThreads");
        if (asked != null && asked >= 1 && asked <= 1024) {
            return asked; // for measuring the choice (tools/measure-ui.sh), not a user setting
        }
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    /** The count last set by {@link #use}, or 0 if none was. */
    public static int inUse() {
        return inUse;
    }

    /**
     * Loads ND4J, sets the process's BLAS thread count and this thread's own. The window calls it before JavaFX starts,
     * while no other thread can load a native library: ND4J's start and OpenBLAS's thread setter find symbols through
     * JavaCPP's {@code Loader.addressof}, which on Linux opens every loaded library from inside a
     * {@code dl_iterate_phdr} callback, taking the dynamic loader's two locks in the opposite order to a
     * {@code dlopen} on another thread. Beside JavaFX loading a library, that deadlocked the window for good at
     * start-up (decision 0035).
     */
    public static void use(int threads) {
        check(threads);
        if (inUse != threads) {
            Nd4j.factory().blas().setMaxThreads(threads);
            inUse = threads;
        }
        useOnThisThread(threads);
    }

    /**
     * For another thread that runs ND4J's operations, after {@link #use}: its own OpenMP thread count, which looks no
     * symbol up. Calls {@link #use} first if nothing has.
     */
    public static void useOnThisThread(int threads) {
        check(threads);
        if (inUse == 0) {
            use(threads);
            return;
        }
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }

    private static void check(int threads) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("threads must be 1 to 1024, not " + threads);
        }
    }
}
