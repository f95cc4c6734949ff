package org.vaeexplorer.model.network;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The matrix products a piece of work makes, counted by shape while it runs, and then the same products timed on
 * their own: the GEMM bound of that work, i.e. how long it would take if it did nothing but its products at the
 * rate the BLAS reaches in isolation (same library, same thread count, same shapes, transposes and strides, operands
 * warm in cache). {@code bench} prints the bound of one training epoch next to the epoch's own time.
 */
public final class GemmCensus {
    /** The census being taken, if any; only its own thread's products are counted. */
    private static volatile GemmCensus taking;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Thread owner = Thread.currentThread();
    private final Map<Shape, Tally> tallies = new LinkedHashMap<>();

    /** One kind of product: c (m × n) = a' (m × k) · b' (k × n) + beta · c, with the blocks' row strides. */
    public record Shape(boolean isFloat, boolean transposeA, boolean transposeB, int m, int n, int k, int lda,
            int ldb, int ldc, boolean accumulates) {
        public double flops() {
            return 2.0 * m * n * k;
        }

        /** E.g. {@code NT 128×784×512}: transposes of a and b, then m × n × k. */
        public String label() {
            return (transposeA ? "T" : "N") + (transposeB ? "T" : "N") + " " + m + "×" + n + "×" + k
                    + (accumulates ? " +C" : "");
        }
    }

    /** How often one shape ran during the work, and how long its calls took there (wall-clock and thread CPU). */
    public static final class Tally {
        private long calls;
        private long nanosInWork;
        private long cpuNanosInWork;

        public long calls() {
            return calls;
        }

        public double secondsInWork() {
            return nanosInWork / 1e9;
        }

        /** The calling thread's CPU time in these calls: all of the products' work when BLAS runs one thread. */
        public double cpuSecondsInWork() {
            return cpuNanosInWork / 1e9;
        }
    }

    /** Runs {@code work} on this thread, counting (and timing) every product it makes. */
    public static GemmCensus during(Runnable work) {
        GemmCensus census = new GemmCensus();
        taking = census;
        try {
            work.run();
        } finally {
            taking = null;
        }
        return census;
    }

    /** Called by {@link NativeBlock#multiply} after each product, with its own duration, wall-clock and CPU. */
    static void count(Shape shape, long nanos, long cpuNanos) {
        GemmCensus census = taking;
        if (census != null && Thread.currentThread() == census.owner) {
            Tally t = census.tallies.computeIfAbsent(shape, s -> new Tally());
            t.calls++;
            t.nanosInWork += nanos;
            t.cpuNanosInWork += cpuNanos;
        }
    }

    static boolean isTaking() {
        return taking != null;
    }

    public Map<Shape, Tally> tallies() {
        return tallies;
    }

    public double flops() {
        return tallies.entrySet().stream().mapToDouble(e -> e.getKey().flops() * e.getValue().calls).sum();
    }

    public double secondsInWork() {
        return tallies.values().stream().mapToDouble(Tally::secondsInWork).sum();
    }

    public double cpuSecondsInWork() {
        return tallies.values().stream().mapToDouble(Tally::cpuSecondsInWork).sum();
    }

    /**
     * One shape's time per call on its own: wall-clock, and CPU of the calling thread (which, with one compute
     * thread, is all the product's work; steadier than wall-clock on a busy machine).
     */
    public record Isolated(double seconds, double cpuSeconds) {
    }

    /**
     * Each shape's time per call on its own, in the census's order: run on its own operands for {@code rounds}
     * timings of at least {@code minNanos} each, the fastest round counted (a bound: on a shared machine the other
     * rounds measure the neighbours too).
     */
    public List<Isolated> isolated(int rounds, long minNanos) {
        List<Isolated> perCall = new ArrayList<>();
        for (Shape s : tallies.keySet()) {
            perCall.add(timeAlone(s, rounds, minNanos));
        }
        return perCall;
    }

    /** Σ calls × isolated time per call: the work's GEMM bound, in wall-clock or CPU seconds. */
    public double boundSeconds(List<Isolated> isolated, boolean cpu) {
        double total = 0;
        int i = 0;
        for (Tally t : tallies.values()) {
            Isolated one = isolated.get(i++);
            total += t.calls * (cpu ? one.cpuSeconds() : one.seconds());
        }
        return total;
    }

    private static Isolated timeAlone(Shape s, int rounds, long minNanos) {
        DataType type = s.isFloat() ? DataType.FLOAT : DataType.DOUBLE;
        NativeBlock a = randomBlock(type, s.transposeA() ? s.k() : s.m(), s.lda());
        NativeBlock b = randomBlock(type, s.transposeB() ? s.n() : s.k(), s.ldb());
        NativeBlock c = randomBlock(type, s.m(), s.ldc());
        double beta = s.accumulates() ? 1 : 0;
        int repeats = 1;
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int round = -2; round < rounds; round++) {
            long nanos;
            long cpuNanos;
            do {
                long cpuStart = threadCpuNanos();
                long start = System.nanoTime();
                for (int r = 0; r < repeats; r++) {
                    NativeBlock.multiply(a, s.transposeA(), b, s.transposeB(), c, s.m(), s.n(), s.k(), beta);
                }
                nanos = System.nanoTime() - start;
                cpuNanos = threadCpuNanos() - cpuStart;
                if (nanos < minNanos) {
                    repeats *= 2;
                }
            } while (nanos < minNanos);
            if (round >= 0) {
                best = Math.min(best, nanos / 1e9 / repeats);
                bestCpu = Math.min(bestCpu, cpuNanos / 1e9 / repeats);
            }
        }
        return new Isolated(best, bestCpu);
    }

    /** CPU time of the calling thread, in nanoseconds (BLAS worker threads not included). */
    public static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Small values in (−1, 1): no denormals, no overflow when c accumulates over many repeats. */
    private static NativeBlock randomBlock(DataType type, int rows, int cols) {
        NativeBlock block = NativeBlock.allocate(type, rows, cols);
        SplittableRandom random = new SplittableRandom(rows * 31L + cols);
        for (int i = 0; i < rows * cols; i++) {
            block.set(i, random.nextDouble(-1, 1) * 1e-3);
        }
        return block;
    }
}
