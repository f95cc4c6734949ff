package org.vaeexplorer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.Activation;
import org.vaeexplorer.model.DataFormatException;
import org.vaeexplorer.model.Dataset;
import org.vaeexplorer.model.EpochOutcome;
import org.vaeexplorer.model.EpochReport;
import org.vaeexplorer.model.InvalidConfigException;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.model.ModelFile;
import org.vaeexplorer.model.Trainer;
import org.vaeexplorer.model.VaeConfig;

/** {@code train}: fits a model, printing one JSON line per epoch, and saves it. */
final class TrainCommand implements Command {

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String usage() {
        return "train --data NAME|FILE [--hidden 512,256] [--latent 2] [--activation relu|tanh|elu|identity]\n"
                + "        [--likelihood bernoulli|gaussian-fixed|gaussian-shared|gaussian-diagonal] [--variance 0.1]\n"
                + "        [--beta 1] [--warmup 0] [--lr 1e-3] [--batch 128] [--epochs 10] [--holdout N] [--seed 1]\n"
                + "        [--out model.vae] [--threads N]    train a model; one JSON line per epoch";
    }

    @Override
    public Set<String> options() {
        Set<String> options = new HashSet<>(Inputs.DATA_OPTIONS);
        options.addAll(List.of("hidden", "latent", "activation", "likelihood", "variance", "beta", "warmup", "lr",
                "batch", "epochs", "holdout", "seed", "out", "threads"));
        return options;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException,
            IOException {
        Dataset data = Inputs.data(args);
        VaeConfig config = config(args, data);
        Path target = Inputs.outputFile(args);
        Trainer trainer;
        try {
            trainer = Trainer.create(config, data);
        } catch (InvalidConfigException e) {
            throw new UsageException(e.problems().get(0).toString().replaceFirst("^", "--"));
        }
        err.printf("training on %s: %d rows (%d held out), %d features, %s likelihood, %,d parameters%n",
                data.name(), data.rows(), config.holdoutRows(), data.cols(), config.likelihood().id(),
                trainer.model().parameterCount());
        EpochOutcome outcome = trainer.train(config.epochs(), report -> out.println(line(report)));
        if (outcome.status() == EpochOutcome.Status.DIVERGED) {
            err.println("error: " + outcome.message());
        }
        if (target != null) {
            ModelFile.save(trainer.model().snapshot(), target);
            err.println("saved " + target);
        }
        return outcome.status() == EpochOutcome.Status.DIVERGED ? 1 : 0;
    }

    static VaeConfig config(Args args, Dataset data) throws UsageException {
        VaeConfig d = VaeConfig.defaults();
        float[] range = data.valueRange();
        Likelihood likelihood = range[0] >= 0 && range[1] <= 1 ? Likelihood.BERNOULLI : Likelihood.GAUSSIAN_DIAGONAL;
        try {
            if (args.has("likelihood")) {
                likelihood = Likelihood.fromId(args.required("likelihood"));
            }
            Activation activation = args.has("activation") ? Activation.fromId(args.required("activation"))
                    : d.activation();
            return new VaeConfig(args.integers("hidden", d.hiddenLayers()), activation,
                    args.integer("latent", d.latentDim()), likelihood, args.number("variance", d.fixedVariance()),
                    args.number("beta", d.beta()), args.integer("warmup", d.warmupEpochs()),
                    args.number("lr", d.learningRate()), args.integer("batch", d.batchSize()),
                    args.integer("epochs", 10), args.integer("holdout", data.rows() / 10),
                    args.longInteger("seed", d.seed()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String line(EpochReport r) {
        Json json = new Json().put("epoch", r.epoch()).put("seconds", r.seconds())
                .put("train_neg_elbo", r.train().negativeElbo()).put("train_rec", r.train().reconstruction())
                .put("train_kl", r.train().kl());
        if (r.heldOut() != null) {
            json.put("test_neg_elbo", r.heldOut().negativeElbo()).put("test_rec", r.heldOut().reconstruction())
                    .put("test_kl", r.heldOut().kl());
        } else {
            json.put("test_neg_elbo", Double.NaN).put("test_rec", Double.NaN).put("test_kl", Double.NaN);
        }
        return json.put("beta", r.beta()).put("lr", r.learningRate()).put("kl_per_dim", r.klPerDimension())
                .toString();
    }
}
