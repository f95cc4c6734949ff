package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochOutcome;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.text.Texts;

/**
 * {@code bench --soak N}: trains a preset for N epochs with its held-out evaluation and tells whether the run stays
 * flat: resident memory and epoch time over the first and the last tenth of the epochs, and their drift. A
 * classroom window left training must not grow or slow (issue 15).
 */
final class SoakBench {
    private static final Path STATUS = Path.of("/proc/self/status");

    private SoakBench() {
    }

    /** @return the exit status: 0, or 1 when training did not complete */
    static int run(String name, Dataset data, VaeConfig config, PrintStream out, PrintStream err) {
        int epochs = config.epochs();
        Trainer trainer = Trainer.create(config, data);
        double[] seconds = new double[epochs];
        // CPU time of the training thread (with --threads 1 all of the work): on a shared machine wall time follows
        // the other users, CPU time follows the training itself.
        double[] cpuSeconds = new double[epochs];
        var threads = ManagementFactory.getThreadMXBean();
        long[] cpuBefore = {threads.getCurrentThreadCpuTime()};
        double[] residentMb = new double[epochs];
        long gcBefore = collections();
        ProgressLine progress = new ProgressLine(err, "bench --soak " + name, ProgressLine.DEFAULT_INTERVAL_NANOS * 5);
        EpochOutcome outcome = trainer.train(epochs, r -> {
            seconds[r.epoch() - 1] = r.seconds();
            long cpu = threads.getCurrentThreadCpuTime();
            cpuSeconds[r.epoch() - 1] = (cpu - cpuBefore[0]) / 1e9;
            cpuBefore[0] = cpu;
            residentMb[r.epoch() - 1] = residentMegabytes();
            progress.accept(r.epoch() / (double) epochs);
        });
        if (outcome.status() != EpochOutcome.Status.COMPLETED) {
            err.println(Texts.get("hard.soak.failed", outcome.message()));
            return Cli.FAILED;
        }
        int tenth = Math.max(1, epochs / 10);
        // The first epochs pay for JIT compilation and native warm-up; the first tenth starts after epoch 1.
        double firstMs = 1000 * mean(seconds, Math.min(1, epochs - 1), Math.min(epochs, tenth + 1));
        double lastMs = 1000 * mean(seconds, epochs - tenth, epochs);
        double firstCpuMs = 1000 * mean(cpuSeconds, Math.min(1, epochs - 1), Math.min(epochs, tenth + 1));
        double lastCpuMs = 1000 * mean(cpuSeconds, epochs - tenth, epochs);
        double firstMb = mean(residentMb, 0, tenth);
        double lastMb = mean(residentMb, epochs - tenth, epochs);
        out.println(new Json().put("soak", name).put("epochs", epochs).put("tenth", tenth)
                .put("first_tenth_epoch_ms", firstMs).put("last_tenth_epoch_ms", lastMs)
                .put("epoch_time_drift_percent", 100 * (lastMs / firstMs - 1))
                .put("first_tenth_epoch_cpu_ms", firstCpuMs).put("last_tenth_epoch_cpu_ms", lastCpuMs)
                .put("epoch_cpu_drift_percent", 100 * (lastCpuMs / firstCpuMs - 1))
                .put("first_tenth_resident_mb", firstMb).put("last_tenth_resident_mb", lastMb)
                .put("resident_drift_percent", 100 * (lastMb / firstMb - 1))
                .put("peak_resident_mb", max(residentMb)).put("collections", collections() - gcBefore)
                .put("test_neg_elbo", trainer.heldOutFigures() == null ? Double.NaN
                        : trainer.heldOutFigures().negativeElbo()));
        return Cli.OK;
    }

    /** The process's resident set from /proc (Linux), or the Java heap in use where there is no /proc. */
    static double residentMegabytes() {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // No /proc here: the heap is the next best measure.
        }
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    private static long collections() {
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        return beans.stream().mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
