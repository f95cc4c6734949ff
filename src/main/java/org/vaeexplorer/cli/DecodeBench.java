package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.vaeexplorer.model.network.Vae;

/**
 * {@code bench}'s decoding figures: one latent point (what a probe drag decodes) and a 20×20 grid (the manifold
 * mosaic), as p50 and p99 over many calls, each into a reused array (the allocation-free path) and into a fresh one
 * (what a snapshot for the window costs), with the bytes the calling thread allocated per call and the collector in
 * use, since ZGC, the window's, punishes fresh memory (decision records 0008 and 0030).
 */
final class DecodeBench {
    private static final int POINT_CALLS = 10_000;
    private static final int GRID_CALLS = 200;
    private static final int GRID_SIDE = 20;

    private DecodeBench() {
    }

    static void run(String name, Vae model, PrintStream out) {
        int l = model.latentDim();
        int d = model.inputDim();
        float[] point = new float[l];
        float[] pointOut = new float[d];
        Runnable pointReused = () -> model.decodeInto(point, 0, 1, pointOut, 0);
        Runnable pointFresh = () -> model.decode(point, 1);
        float[] grid = grid(l);
        float[] gridOut = new float[GRID_SIDE * GRID_SIDE * d];
        Runnable gridReused = () -> model.decodeInto(grid, 0, GRID_SIDE * GRID_SIDE, gridOut, 0);
        Runnable gridFresh = () -> model.decode(grid, GRID_SIDE * GRID_SIDE);
        // Warm-up: JIT compilation and the inference buffers' growth to a grid's rows.
        for (int i = 0; i < 2_000; i++) {
            point[0] = (float) Math.sin(i);
            pointReused.run();
            pointFresh.run();
        }
        for (int i = 0; i < 20; i++) {
            gridReused.run();
            gridFresh.run();
        }
        Timing pointA = time(pointReused, POINT_CALLS, point);
        Timing pointB = time(pointFresh, POINT_CALLS, point);
        Timing gridA = time(gridReused, GRID_CALLS, null);
        Timing gridB = time(gridFresh, GRID_CALLS, null);
        out.println(new Json().put("decode", name).put("collector", collectors())
                .put("one_point_p50_ms", pointA.p50Ms()).put("one_point_p99_ms", pointA.p99Ms())
                .put("one_point_cpu_ms", pointA.cpuMsPerCall())
                .put("one_point_bytes_per_call", pointA.bytesPerCall())
                .put("grid_20x20_p50_ms", gridA.p50Ms()).put("grid_20x20_p99_ms", gridA.p99Ms())
                .put("grid_20x20_cpu_ms", gridA.cpuMsPerCall())
                .put("grid_20x20_bytes_per_call", gridA.bytesPerCall())
                .put("fresh_result_one_point_p50_ms", pointB.p50Ms())
                .put("fresh_result_one_point_p99_ms", pointB.p99Ms())
                .put("fresh_result_one_point_bytes_per_call", pointB.bytesPerCall())
                .put("fresh_result_grid_20x20_p50_ms", gridB.p50Ms())
                .put("fresh_result_grid_20x20_p99_ms", gridB.p99Ms())
                .put("fresh_result_grid_20x20_cpu_ms", gridB.cpuMsPerCall())
                .put("fresh_result_grid_20x20_bytes_per_call", gridB.bytesPerCall()));
    }

    /** The points of a 20×20 grid over [−2.4, 2.4]² in the first two latent dimensions. */
    private static float[] grid(int l) {
        float[] grid = new float[GRID_SIDE * GRID_SIDE * l];
        for (int i = 0; i < GRID_SIDE * GRID_SIDE; i++) {
            grid[i * l] = (i % GRID_SIDE - 9.5f) / 4;
            grid[i * l + 1 % l] = (i / GRID_SIDE - 9.5f) / 4;
        }
        return grid;
    }

    /** Wall times, sorted; the thread's mean CPU time and bytes allocated per call (CPU time: steadier under load). */
    private record Timing(long[] sortedNanos, double cpuMsPerCall, long bytesPerCall) {
        double p50Ms() {
            return sortedNanos[sortedNanos.length / 2] / 1e6;
        }

        double p99Ms() {
            return sortedNanos[sortedNanos.length * 99 / 100] / 1e6;
        }
    }

    /** Times {@code calls} calls, moving the first coordinate of {@code point} (unless null) between them. */
    private static Timing time(Runnable call, int calls, float[] point) {
        long[] nanos = new long[calls];
        long bytesBefore = allocatedBytes();
        long cpuBefore = cpuNanos();
        for (int i = 0; i < calls; i++) {
            if (point != null) {
                point[0] = (float) Math.sin(i);
            }
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        double cpuMs = (cpuNanos() - cpuBefore) / 1e6 / calls;
        long bytes = allocatedBytes() - bytesBefore;
        Arrays.sort(nanos);
        return new Timing(nanos, cpuMs, Math.round(bytes / (double) calls));
    }

    /** This thread's CPU time so far, or 0 where the JVM cannot tell. */
    private static long cpuNanos() {
        var bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean.getCurrentThreadCpuTime() : 0;
    }

    /** Bytes this thread has allocated so far, or 0 where the JVM cannot tell. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            return bean.getCurrentThreadAllocatedBytes();
        }
        return 0;
    }

    /** The collectors' names, e.g. [ZGC Cycles, ZGC Pauses] or [G1 Young Generation, G1 Old Generation]. */
    static List<String> collectors() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return names;
    }
}
