package org.vaeexplorer.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import org.vaeexplorer.viewmodel.ExplorationViewModel;
import org.vaeexplorer.viewmodel.TrainingState;
import org.vaeexplorer.viewmodel.TrainingViewModel;

/**
 * Measures, when asked with {@code -Dvaeexplorer.frameLog=FILE}, what a user feels: the longest gaps between frames
 * (FX-thread stalls) and the delay from a probe move to its decoding reaching the FX thread. Writes a summary to
 * the file when the application stops. Off by default.
 */
final class FrameMonitor {
    private final Path output;
    private final long[] gaps = new long[1 << 17];
    private int gapCount;
    private long lastFrame;
    private final long[] latencies = new long[1 << 12];
    private int latencyCount;
    private long moveTime;
    private int epochsAtStart = -1;
    private long trainingStart;
    private int lastEpoch;
    private long lastEpochTime;
    /** Each epoch report's epoch and JVM uptime in ms: epoch time of a run's first and last tenth (the soak). */
    private final int[] reportEpochs = new int[1 << 15];
    private final long[] reportUptimes = new long[1 << 15];
    /**
     * CPU time of the model thread and of the whole process at each epoch report, in ns: on a shared machine wall
     * time per epoch follows the other users; the model thread's CPU time per epoch follows the training itself.
     */
    private final long[] reportModelCpu = new long[1 << 15];
    private final long[] reportProcessCpu = new long[1 << 15];
    private long modelThreadId = -1;
    private int reportCount;
    private javafx.beans.value.ObservableValue<TrainingState> trainingState;
    /** Where the probe is on the screen, for a script's drag; {@code null} until the scene is attached. */
    private ProbeSpot probeSpot;
    /** Wall-clock time at which the application's stop() began, in ms. */
    private long stopWallClock;
    /** Wall-clock ends of gaps over 30 ms, to line them up with a flight recording or a GC log. */
    private final StringBuilder longGaps = new StringBuilder();
    /** FX-thread time of the last pulse, from its start to the end of layout (rendering runs after, elsewhere). */
    private long lastFxWork;
    /** The FX thread's CPU time in the last pulse: far below {@link #lastFxWork} means it waited for a core. */
    private long lastFxCpu;
    private long pulseCpuStart;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    private final java.lang.management.RuntimeMXBean runtime = java.lang.management.ManagementFactory.getRuntimeMXBean();
    private final long[] pulseWork = new long[1 << 17];
    /** The FX thread's CPU time in the same pulses: the part of {@link #pulseWork} that is the app's own work. */
    private final long[] pulseCpu = new long[1 << 17];
    private int pulseWorkCount;
    /** How long a task posted to the FX thread every 10 ms waited to run: how long input would have waited. */
    private final long[] eventDelays = new long[1 << 17];
    private int eventDelayCount;
    private boolean training;
    /** Pulse time at which the current training run was first seen. */
    private long trainingSince;
    /** The JIT compiles the drawing code during the first second or two: the longest pulse after that. */
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private long warmPulseWorkMax;
    private static final long LONG_PULSE_NANOS = 10_000_000L;
    private static final long LONG_WAIT_NANOS = 20_000_000L;
    /**
     * While training, each pulse over 10 ms of wall time (with its CPU time) and each task that waited over 20 ms,
     * with when after Train it came: which moments of a run (start, first epoch, drag) are slow. Written, like the
     * long gaps, without {@code String.format}, whose first use would itself stall the FX thread.
     */
    private final StringBuilder slowMoments = new StringBuilder();
    /** JVM uptimes in ms: the window shown, the first map of the data in the latent space, the first decoding. */
    private long shownUptime = -1;
    private long firstLatentUptime = -1;
    private long firstProbeUptime = -1;

    private FrameMonitor(Path output) {
        this.output = output;
    }

    /**
     * The monitor, when asked for, with its pulse timer already running. Animation timers run before the scene's
     * pre-layout listeners, where the window's {@link RepaintScheduler} draws, so the CPU time it reads covers the
     * panes' drawing. Its timer also keeps pulses coming at the frame rate while it measures, so that a gap between
     * pulses means a stall, not an idle window.
     */
    static FrameMonitor createIfAsked() {
        String file = System.getProperty("vaeexplorer.frameLog");
        if (file == null) {
            return null;
        }
        FrameMonitor monitor = new FrameMonitor(Path.of(file));
        monitor.startPulseTimer();
        return monitor;
    }

    /** Starts measuring what the user of these view models sees in this scene. */
    void attach(TrainingViewModel trainingViewModel, ExplorationViewModel exploration, javafx.scene.Scene scene) {
        shownUptime = runtime.getUptime();
        attach(trainingViewModel, exploration);
        probeSpot = new ProbeSpot(output, scene, trainingViewModel.stateProperty()::get);
        scene.addPostLayoutPulseListener(this::pulseLaidOut);
        startHeartbeat();
    }

    private void pulseLaidOut() {
        lastFxWork = System.nanoTime() - lastFrame;
        lastFxCpu = threads.getCurrentThreadCpuTime() - pulseCpuStart;
        if (training && pulseWorkCount < pulseWork.length) {
            if (lastFrame - trainingSince > WARM_UP_NANOS) {
                warmPulseWorkMax = Math.max(warmPulseWorkMax, lastFxWork);
            }
            if (lastFxWork > LONG_PULSE_NANOS && slowMoments.length() < 10_000) {
                slowMoments.append("  pulse of ").append(tenths(lastFxWork)).append(" ms (")
                        .append(tenths(lastFxCpu)).append(" ms of CPU) ").append(sinceTrain(lastFrame)).append('\n');
            }
            pulseCpu[pulseWorkCount] = lastFxCpu;
            pulseWork[pulseWorkCount++] = lastFxWork;
        }
    }

    private void startHeartbeat() {
        var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "frame-monitor");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            javafx.application.Platform.runLater(() -> {
                if (training && eventDelayCount < eventDelays.length) {
                    long ran = System.nanoTime();
                    eventDelays[eventDelayCount++] = ran - posted;
                    if (ran - posted > LONG_WAIT_NANOS && slowMoments.length() < 10_000) {
                        // A pulse that began long before the task ran yet did little work: the FX thread waited in
                        // it for the renderer's previous frame, or for a core.
                        slowMoments.append("  task waited ").append(tenths(ran - posted)).append(" ms ")
                                .append(sinceTrain(ran)).append("; the pulse before began ")
                                .append(tenths(ran - lastFrame)).append(" ms before it ran and worked ")
                                .append(tenths(lastFxWork)).append(" ms\n");
                    }
                }
            });
        }, 10, 10, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void startPulseTimer() {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseCpuStart = threads.getCurrentThreadCpuTime();
                boolean wasTraining = training;
                training = trainingState != null && trainingState.getValue() == TrainingState.TRAINING;
                if (training && !wasTraining) {
                    trainingSince = now;
                }
                if (lastFrame != 0 && training && gapCount < gaps.length) {
                    gaps[gapCount++] = now - lastFrame;
                    if (now - lastFrame > 30_000_000 && longGaps.length() < 10_000) {
                        longGaps.append("  long gap ").append(tenths(now - lastFrame)).append(" ms ending at ")
                                .append(java.time.LocalTime.now()).append("; the pulse before took ")
                                .append(tenths(lastFxWork)).append(" ms on the FX thread (")
                                .append(tenths(lastFxCpu)).append(" ms of its CPU time)\n");
                    }
                }
                lastFrame = now;
                if (probeSpot != null) {
                    probeSpot.look(now);
                }
            }
        }.start();
    }

    private void attach(TrainingViewModel trainingViewModel, ExplorationViewModel exploration) {
        exploration.latentProperty().addListener((obs, was, now) -> {
            if (now != null && firstLatentUptime < 0) {
                firstLatentUptime = runtime.getUptime();
            }
        });
        exploration.probeProperty().addListener((obs, was, now) -> {
            if (now != null && firstProbeUptime < 0) {
                firstProbeUptime = runtime.getUptime();
            }
        });
        exploration.probeXProperty().addListener((obs, was, now) -> moveTime = System.nanoTime());
        exploration.probeYProperty().addListener((obs, was, now) -> moveTime = System.nanoTime());
        exploration.probeProperty().addListener((obs, was, now) -> {
            if (moveTime != 0 && latencyCount < latencies.length) {
                latencies[latencyCount++] = System.nanoTime() - moveTime;
                moveTime = 0;
            }
        });
        var reports = trainingViewModel.reports();
        reports.addListener((javafx.collections.ListChangeListener<org.vaeexplorer.model.training.EpochReport>) c -> {
            if (reports.isEmpty()) {
                return;
            }
            int epoch = reports.get(reports.size() - 1).epoch();
            if (epochsAtStart < 0) {
                epochsAtStart = epoch;
                trainingStart = System.nanoTime();
            }
            lastEpoch = epoch;
            lastEpochTime = System.nanoTime();
            if (reportCount < reportEpochs.length) {
                reportEpochs[reportCount] = epoch;
                reportModelCpu[reportCount] = modelThreadCpu();
                reportProcessCpu[reportCount] = processCpu();
                reportUptimes[reportCount++] = runtime.getUptime();
            }
        });
        this.trainingState = trainingViewModel.stateProperty();
    }

    /** CPU time of the thread named vae-model ({@link ModelThread}), or -1 when there is none. */
    private long modelThreadCpu() {
        if (modelThreadId < 0) {
            modelThreadId = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("vae-model"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
        }
        return modelThreadId < 0 ? -1 : threads.getThreadCpuTime(modelThreadId);
    }

    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    /** The application's stop() began: with the summary's own time, a script splits the closing time. */
    void stopBegan() {
        stopWallClock = System.currentTimeMillis();
    }

    /** Written when the model thread has ended, just before the process exits. */
    void writeSummary() {
        long modelThreadEnded = System.currentTimeMillis();
        long[] g = Arrays.copyOf(gaps, gapCount);
        long[] l = Arrays.copyOf(latencies, latencyCount);
        long[] w = Arrays.copyOf(pulseWork, pulseWorkCount);
        long[] c = Arrays.copyOf(pulseCpu, pulseWorkCount);
        long[] d = Arrays.copyOf(eventDelays, eventDelayCount);
        Arrays.sort(w);
        Arrays.sort(c);
        Arrays.sort(d);
        Arrays.sort(g);
        Arrays.sort(l);
        double seconds = (lastEpochTime - trainingStart) / 1e9;
        int epochs = epochsAtStart < 0 ? 0 : lastEpoch - epochsAtStart;
        String text = String.format(Locale.ROOT, "frames while training %d, frame gap p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
                + "probe moves decoded %d, move-to-decoded p50 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                + "epochs after the first %d in %.1f s: %.1f epochs/s%n"
                + "FX-thread work per pulse (timers, CSS, layout) p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                + " max after each run's first 2 s %.2f ms%n"
                + "  of it on the FX thread's CPU: p99 %.2f ms, max %.2f ms%n"
                + "wait of a task posted to the FX thread every 10 ms: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n"
                + "uptime when the window was shown %.2f s, first latent map %.2f s, first probe decoding %.2f s%n",
                g.length, ms(g, 0.5), ms(g, 0.99), ms(g, 1.0), l.length, ms(l, 0.5), ms(l, 0.99), ms(l, 1.0), epochs,
                seconds, epochs / Math.max(1e-9, seconds), ms(w, 0.5), ms(w, 0.99), ms(w, 1.0),
                warmPulseWorkMax / 1e6, ms(c, 0.99), ms(c, 1.0), ms(d, 0.5),
                ms(d, 0.99), ms(d, 1.0), shownUptime / 1e3, seconds(firstLatentUptime),
                seconds(firstProbeUptime)) + epochTenths() + "application stop began at wall clock " + stopWallClock
                + " ms, its model thread had ended at " + modelThreadEnded + " ms\n" + longGaps + slowMoments;
        try {
            Files.writeString(output, text);
        } catch (IOException e) {
            System.err.println("could not write the frame log: " + e.getMessage());
        }
    }

    /**
     * Mean epoch time over the first and the last tenth of the epochs reported, and the uptimes and wall-clock
     * times at which reports began and ended, so that a script can pick the resident-memory samples and collector
     * pauses that fall while training.
     */
    private String epochTenths() {
        if (reportCount < 20) {
            return "";
        }
        int tenth = reportCount / 10;
        double first = (reportUptimes[tenth] - reportUptimes[0]) / (double) (reportEpochs[tenth] - reportEpochs[0]);
        int end = reportCount - 1;
        double last = (reportUptimes[end] - reportUptimes[end - tenth])
                / (double) (reportEpochs[end] - reportEpochs[end - tenth]);
        long wallAtStart = System.currentTimeMillis() - runtime.getUptime();
        return String.format(Locale.ROOT, "epoch time first tenth %.2f ms, last tenth %.2f ms (%+.1f %%)%n"
                + "epochs reported from uptime %.3f s to %.3f s, wall clock %d to %d ms%n", first, last,
                100 * (last / first - 1), reportUptimes[0] / 1e3, reportUptimes[end] / 1e3,
                wallAtStart + reportUptimes[0], wallAtStart + reportUptimes[end])
                + cpuTenths("model thread CPU", reportModelCpu, tenth) + cpuTenths("process CPU", reportProcessCpu, tenth);
    }

    /** CPU time per epoch over the first and the last tenth of the epoch reports, from one of the CPU arrays. */
    private String cpuTenths(String what, long[] cpu, int tenth) {
        int end = reportCount - 1;
        if (cpu[0] < 0 || cpu[end] < 0) {
            return "";
        }
        double first = (cpu[tenth] - cpu[0]) / 1e6 / (reportEpochs[tenth] - reportEpochs[0]);
        double last = (cpu[end] - cpu[end - tenth]) / 1e6 / (reportEpochs[end] - reportEpochs[end - tenth]);
        return String.format(Locale.ROOT, "%s per epoch first tenth %.2f ms, last tenth %.2f ms (%+.1f %%)%n", what,
                first, last, 100 * (last / first - 1));
    }

    private static double seconds(long uptimeMillis) {
        return uptimeMillis < 0 ? Double.NaN : uptimeMillis / 1e3;
    }

    private static double tenths(long nanos) {
        return Math.round(nanos / 1e5) / 10.0;
    }

    /** When after Train, and the JVM's uptime then, to line a moment up with a GC or safepoint log. */
    private StringBuilder sinceTrain(long nanos) {
        long uptimeMillis = runtime.getUptime() - (System.nanoTime() - nanos) / 1_000_000;
        return new StringBuilder().append(Math.round((nanos - trainingSince) / 1e7) / 100.0)
                .append(" s after Train (uptime ").append(uptimeMillis / 1000.0).append(" s)");
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }
}
