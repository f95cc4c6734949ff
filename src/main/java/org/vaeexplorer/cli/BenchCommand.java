package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.network.GemmCensus;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochOutcome;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.text.Texts;

/**
 * {@code bench}: the two reference workloads, with figures as JSON lines: the MNIST preset (hidden 512, latent 2,
 * Bernoulli, batch 128, 9,000 training rows) and the 2-D preset (two overlapping Gaussians, 2,000 points, hidden
 * 64,64, latent 2, batch 128), then decode latency for one point and for a 20×20 grid. The MNIST preset also gets its
 * GEMM bound: the epoch's own matrix products timed in isolation, and the ratio of the epoch's time to it.
 */
final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench [--mnist-epochs 10] [--toy-epochs 300] [--threads N]\n" + Texts.get("cli.bench.usage");
    }

    @Override
    public Set<String> options() {
        return Set.of("mnist-epochs", "toy-epochs", "threads", "soak", "soak-preset");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException {
        if (args.has("soak")) {
            return soak(args, out, err);
        }
        int mnistEpochs = args.integer("mnist-epochs", 10);
        int toyEpochs = args.integer("toy-epochs", 300);
        if (mnistEpochs < 1 || toyEpochs < 1) {
            throw new UsageException(Texts.get("cli.usage.epochs"));
        }
        Dataset mnist = DatasetCatalog.ImageSet.MNIST_10K.load();
        VaeConfig mnistConfig = new VaeConfig(List.of(512), Activation.RELU, 2, Likelihood.BERNOULLI, 0.1, 1, 0,
                1e-3, 128, mnistEpochs, 1000, 1).withHoldoutFrom(HoldoutFrom.END);
        ThreadChoice threads = new ThreadChoice(ComputeThreads.inUse(), args.has("threads"));
        Vae mnistModel = trainAndReport("mnist", mnist, mnistConfig, out, threads);
        Dataset toy = ToyDataset.TWO_GAUSSIANS.generate(2000, 1.0, 1);
        VaeConfig toyConfig = new VaeConfig(List.of(64, 64), Activation.RELU, 2, Likelihood.GAUSSIAN_DIAGONAL, 0.1,
                1, 0, 1e-3, 128, toyEpochs, 0, 1).withHoldoutFrom(HoldoutFrom.END);
        Vae toyModel = trainAndReport("two-gaussians", toy, toyConfig, out);
        DecodeBench.run("mnist", mnistModel, out);
        DecodeBench.run("two-gaussians", toyModel, out);
        return 0;
    }

    /** The 2-D preset with 200 of its rows held out, or the MNIST preset, for as many epochs as asked. */
    private static int soak(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException {
        int epochs = args.integer("soak", 0);
        if (epochs < 10) {
            throw new UsageException(Texts.get("hard.soak.epochs", Integer.toString(epochs)));
        }
        String preset = args.string("soak-preset", "two-gaussians");
        if (preset.equals("mnist")) {
            return SoakBench.run(preset, DatasetCatalog.ImageSet.MNIST_10K.load(), new VaeConfig(List.of(512),
                    Activation.RELU, 2, Likelihood.BERNOULLI, 0.1, 1, 0, 1e-3, 128, epochs, 1000, 1)
                    .withHoldoutFrom(HoldoutFrom.END), out, err);
        }
        if (!preset.equals("two-gaussians")) {
            throw new UsageException(Texts.get("hard.soak.preset", preset));
        }
        return SoakBench.run(preset, ToyDataset.TWO_GAUSSIANS.generate(2000, 1.0, 1), new VaeConfig(List.of(64, 64),
                Activation.RELU, 2, Likelihood.GAUSSIAN_DIAGONAL, 0.1, 1, 0, 1e-3, 128, epochs, 200, 1)
                .withHoldoutFrom(HoldoutFrom.END), out, err);
    }

    private static Vae trainAndReport(String name, Dataset data, VaeConfig config, PrintStream out) {
        return trainAndReport(name, data, config, out, null);
    }

    /** Trains and prints the preset's figures; with {@code threads} also its GEMM bound and the ratio to it. */
    private static Vae trainAndReport(String name, Dataset data, VaeConfig config, PrintStream out,
            ThreadChoice threads) {
        Trainer trainer = Trainer.create(config, data);
        double[] seconds = new double[config.epochs()];
        double[] cpuSeconds = new double[config.epochs()];
        long[] cpuBefore = {GemmCensus.threadCpuNanos()};
        EpochReport[] last = new EpochReport[1];
        Consumer<EpochReport> listener = r -> {
            seconds[r.epoch() - 1] = r.seconds();
            long cpu = GemmCensus.threadCpuNanos();
            cpuSeconds[r.epoch() - 1] = (cpu - cpuBefore[0]) / 1e9;
            cpuBefore[0] = cpu;
            last[0] = r;
        };
        // The first epoch warms up (JIT, natives) and is left out of the median; the products of the epochs after it
        // are counted, so that the products' time in training and the epochs' own time come from the same epochs
        // (with one epoch, that one is counted).
        EpochOutcome[] result = new EpochOutcome[1];
        Runnable first = () -> result[0] = trainer.runEpoch();
        Runnable rest = () -> result[0] = trainer.train(config.epochs() - 1, listener);
        boolean counting = threads != null;
        GemmCensus census = counting && config.epochs() == 1 ? GemmCensus.during(first) : null;
        if (census == null) {
            first.run();
        }
        if (result[0].status() == EpochOutcome.Status.COMPLETED) {
            listener.accept(result[0].report());
            if (config.epochs() > 1) {
                census = counting ? GemmCensus.during(rest) : null;
                if (!counting) {
                    rest.run();
                }
            }
        }
        EpochOutcome outcome = result[0];
        if (outcome.status() != EpochOutcome.Status.COMPLETED) {
            throw new IllegalStateException(Texts.get("cli.bench.incomplete", name, outcome.message()));
        }
        double median = median(Arrays.copyOfRange(seconds, Math.min(1, seconds.length - 1), seconds.length));
        double medianCpu = median(Arrays.copyOfRange(cpuSeconds, Math.min(1, seconds.length - 1), seconds.length));
        Json json = new Json().put("preset", name).put("epochs", config.epochs()).put("first_epoch_seconds", seconds[0])
                .put("median_epoch_seconds", median).put("epochs_per_second", 1 / median)
                .put("examples_per_second", trainer.trainingRows() / median)
                .put("train_neg_elbo", last[0].train().negativeElbo());
        if (last[0].heldOut() != null) {
            json.put("test_neg_elbo", last[0].heldOut().negativeElbo());
        }
        out.println(json);
        if (threads != null) {
            int counted = Math.max(1, config.epochs() - 1);
            double countedCpu = Arrays.stream(cpuSeconds, config.epochs() - counted, config.epochs()).sum() / counted;
            gemmBound(name, census, counted, median, medianCpu, countedCpu, threads, out);
        }
        return trainer.model();
    }

    /** How many compute threads the run used, and whether {@code --threads} chose them or the default did. */
    record ThreadChoice(int count, boolean chosen) {
    }

    /**
     * The epoch's products timed on their own (same shapes, same BLAS, same threads): one line per shape, then the
     * bound (Σ calls × isolated time), the epoch's median time and their ratio; {@code sgemm_in_training_s} is what
     * the same calls took inside the counted epochs (per epoch), so the products' own slow-down in training shows
     * apart from the Java around them. On a busy machine the wall-clock epoch counts the neighbours' time too; with
     * one thread the model thread's CPU seconds are the steadier figures: per epoch against the products' CPU seconds
     * alone ({@code cpu_ratio}), the products' CPU seconds in training, and the rest of the epoch's CPU seconds (the
     * Java loops: {@code other_cpu_s}); printed only then, since the thread's CPU time leaves out BLAS worker threads.
     */
    private static void gemmBound(String name, GemmCensus census, int epochs, double epochSeconds,
            double epochCpuSeconds, double countedCpuSeconds, ThreadChoice threads, PrintStream out) {
        List<GemmCensus.Isolated> perCall = census.isolated(15, 5_000_000L);
        boolean oneThread = threads.count() == 1;
        int i = 0;
        for (Map.Entry<GemmCensus.Shape, GemmCensus.Tally> e : census.tallies().entrySet()) {
            GemmCensus.Shape s = e.getKey();
            GemmCensus.Isolated alone = perCall.get(i++);
            GemmCensus.Tally t = e.getValue();
            Json line = new Json().put("gemm_shape", s.label()).put("preset", name)
                    .put("calls_per_epoch", t.calls() / epochs).put("isolated_us", alone.seconds() * 1e6)
                    .put("isolated_gflops", s.flops() / alone.seconds() / 1e9)
                    .put("in_training_us", t.secondsInWork() / t.calls() * 1e6);
            if (oneThread) {
                line.put("isolated_cpu_us", alone.cpuSeconds() * 1e6)
                        .put("in_training_cpu_us", t.cpuSecondsInWork() / t.calls() * 1e6);
            }
            out.println(line);
        }
        double bound = census.boundSeconds(perCall, false) / epochs;
        double cpuBound = census.boundSeconds(perCall, true) / epochs;
        Json json = new Json().put("gemm_bound", name).put("threads", threads.count())
                .put("threads_from", threads.chosen() ? "--threads" : "default")
                .put("gflop_per_epoch", census.flops() / epochs / 1e9).put("gemm_bound_s", bound)
                .put("sgemm_in_training_s", census.secondsInWork() / epochs).put("median_epoch_seconds", epochSeconds)
                .put("ratio", epochSeconds / bound);
        if (oneThread) {
            double sgemmCpu = census.cpuSecondsInWork() / epochs;
            json.put("median_epoch_cpu_seconds", epochCpuSeconds).put("gemm_bound_cpu_s", cpuBound)
                    .put("cpu_ratio", epochCpuSeconds / cpuBound).put("sgemm_in_training_cpu_s", sgemmCpu)
                    .put("other_cpu_s", countedCpuSeconds - sgemmCpu);
        }
        out.println(json);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
