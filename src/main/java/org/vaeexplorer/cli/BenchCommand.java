package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.data.ToyDataset;
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
 * 64,64, latent 2, batch 128), then decode latency for one point and for a 20×20 grid.
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
            throw new UsageException("epoch counts must be at least 1");
        }
        Dataset mnist = DatasetCatalog.ImageSet.MNIST_10K.load();
        VaeConfig mnistConfig = new VaeConfig(List.of(512), Activation.RELU, 2, Likelihood.BERNOULLI, 0.1, 1, 0,
                1e-3, 128, mnistEpochs, 1000, 1).withHoldoutFrom(HoldoutFrom.END);
        Vae mnistModel = trainAndReport("mnist", mnist, mnistConfig, out);
        Dataset toy = ToyDataset.TWO_GAUSSIANS.generate(2000, 1.0, 1);
        VaeConfig toyConfig = new VaeConfig(List.of(64, 64), Activation.RELU, 2, Likelihood.GAUSSIAN_DIAGONAL, 0.1,
                1, 0, 1e-3, 128, toyEpochs, 0, 1).withHoldoutFrom(HoldoutFrom.END);
        Vae toyModel = trainAndReport("two-gaussians", toy, toyConfig, out);
        decodeLatency("mnist", mnistModel, out);
        decodeLatency("two-gaussians", toyModel, out);
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
        Trainer trainer = Trainer.create(config, data);
        double[] seconds = new double[config.epochs()];
        EpochReport[] last = new EpochReport[1];
        EpochOutcome outcome = trainer.train(config.epochs(), r -> {
            seconds[r.epoch() - 1] = r.seconds();
            last[0] = r;
        });
        if (outcome.status() != EpochOutcome.Status.COMPLETED) {
            throw new IllegalStateException(name + " preset did not complete: " + outcome.message());
        }
        // The first epoch includes JIT and native warm-up; the median of the rest is the steady state.
        double median = median(Arrays.copyOfRange(seconds, Math.min(1, seconds.length - 1), seconds.length));
        Json json = new Json().put("preset", name).put("epochs", config.epochs()).put("first_epoch_seconds", seconds[0])
                .put("median_epoch_seconds", median).put("epochs_per_second", 1 / median)
                .put("examples_per_second", trainer.trainingRows() / median)
                .put("train_neg_elbo", last[0].train().negativeElbo());
        if (last[0].heldOut() != null) {
            json.put("test_neg_elbo", last[0].heldOut().negativeElbo());
        }
        out.println(json);
        return trainer.model();
    }

    private static void decodeLatency(String name, Vae model, PrintStream out) {
        int calls = 10_000;
        long[] nanos = new long[calls];
        float[] z = new float[model.latentDim()];
        for (int i = 0; i < 2_000; i++) {
            z[0] = (float) Math.sin(i);
            model.decode(z, 1);
        }
        for (int i = 0; i < calls; i++) {
            z[0] = (float) Math.sin(i);
            long start = System.nanoTime();
            model.decode(z, 1);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        float[] grid = new float[400 * model.latentDim()];
        for (int i = 0; i < 400; i++) {
            grid[i * model.latentDim()] = (i % 20 - 9.5f) / 4;
            grid[i * model.latentDim() + 1 % model.latentDim()] = (i / 20 - 9.5f) / 4;
        }
        long[] gridNanos = new long[200];
        for (int i = 0; i < gridNanos.length; i++) {
            long start = System.nanoTime();
            model.decode(grid, 400);
            gridNanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(gridNanos);
        out.println(new Json().put("decode", name).put("one_point_p50_ms", nanos[calls / 2] / 1e6)
                .put("one_point_p99_ms", nanos[calls * 99 / 100] / 1e6)
                .put("grid_20x20_p50_ms", gridNanos[gridNanos.length / 2] / 1e6)
                .put("grid_20x20_p99_ms", gridNanos[gridNanos.length * 99 / 100] / 1e6));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
