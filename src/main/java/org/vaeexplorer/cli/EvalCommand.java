package org.vaeexplorer.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.network.Encoding;
import org.vaeexplorer.model.network.ImportanceEstimate;
import org.vaeexplorer.model.network.LatentUsage;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.HoldoutSplit;
import org.vaeexplorer.text.Texts;

/**
 * {@code eval}: a saved model's figures on held-out rows: the −ELBO from one z per row, the ELBO and the
 * importance-weighted bound from the same k draws, the KL per latent dimension and the active units; for a plain
 * autoencoder its reconstruction term alone.
 */
final class EvalCommand implements Command {
    private static final int MAX_SAMPLES = 10_000;

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public String usage() {
        return "eval --model model.vae --data NAME|FILE [--holdout N] [--holdout-from random|end] [--samples 100]"
                + " [--seed 1]\n"
                + Texts.get("cli.eval.usage");
    }

    @Override
    public Set<String> options() {
        Set<String> options = new HashSet<>(Inputs.DATA_OPTIONS);
        options.addAll(List.of("model", "holdout", SettingsSchema.HOLDOUT_FROM.key(), "samples", "seed", "threads"));
        return options;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws UsageException, DataFormatException {
        Vae model = Inputs.model(args);
        int samples = args.integer("samples", 100);
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new UsageException(Texts.get("cli.usage.samples", Integer.toString(MAX_SAMPLES),
                    Integer.toString(samples)));
        }
        long seed = args.longInteger("seed", 1);
        Dataset data = Inputs.data(args, err);
        Inputs.checkCompatible(model, data, args);
        VaeConfig own = model.config();
        int holdout = args.integer("holdout", own.holdoutRows() < data.rows() ? own.holdoutRows() : 0);
        if (holdout < 0 || holdout > data.rows()) {
            throw new UsageException(Texts.get("cli.usage.holdout", Integer.toString(data.rows()),
                    Integer.toString(holdout)));
        }
        VaeConfig split = own.withHoldoutRows(holdout);
        if (args.has(SettingsSchema.HOLDOUT_FROM.key())) {
            try {
                split = SettingsSchema.withText(split, SettingsSchema.HOLDOUT_FROM.key(),
                        args.string(SettingsSchema.HOLDOUT_FROM.key(), ""));
            } catch (InvalidConfigException e) {
                throw UsageException.of(e);
            }
        }
        // The rows training held out: the same function of the rows, labels, count, seed and mode.
        HoldoutSplit rowsChosen = HoldoutSplit.of(split, data);
        int rows = holdout == 0 ? data.rows() : holdout;
        err.println(holdout == 0 ? Texts.get("cli.eval.allRows", Integer.toString(rows))
                : Texts.get("cli.eval.heldOutRows", rowsChosen.describe()));
        float[] x = holdout == 0 ? data.copyRows(0, data.rows())
                : rowsChosen.heldOutValues(data.sharedValues(), data.cols());
        ElboTerms elbo = model.elbo(x, rows, seed);
        if (!model.config().isVariational()) {
            return plainAutoencoder(model, rows, elbo, out, err);
        }
        Encoding encoding = model.encode(x, rows);
        ImportanceEstimate weights = model.importanceWeights(x, rows, samples, seed,
                new ProgressLine(err, Texts.get("hard.eval.drawing", Integer.toString(samples)),
                        ProgressLine.DEFAULT_INTERVAL_NANOS));
        double iwae = -weights.meanLogLikelihood();
        double elboK = -weights.meanElbo();
        if (!Double.isFinite(elbo.negativeElbo()) || !Double.isFinite(iwae) || !Double.isFinite(elboK)) {
            err.println(Texts.get("cli.error", Texts.get("cli.eval.notFinite")));
            return Cli.FAILED;
        }
        out.println(new Json().put("rows", rows).put("neg_elbo", elbo.negativeElbo())
                .put("rec", elbo.reconstruction()).put("kl", elbo.kl())
                .put("kl_per_dim", LatentUsage.klPerDimension(encoding))
                .put("active_units", LatentUsage.activeUnits(encoding)).put("iwae_samples", samples)
                .put("neg_elbo_k", elboK).put("iwae_neg_log_likelihood", iwae)
                .put("note", Texts.get("hard.eval.note")));
        return 0;
    }

    /**
     * A plain autoencoder has no posterior, hence no KL, no ELBO and no likelihood bound: only its reconstruction's
     * negative log-likelihood, in the same units, and {@code "kl": "none"} to say so.
     */
    private static int plainAutoencoder(Vae model, int rows, ElboTerms terms, PrintStream out, PrintStream err) {
        if (!Double.isFinite(terms.reconstruction())) {
            err.println(Texts.get("cli.error", Texts.get("cli.eval.notFinite")));
            return Cli.FAILED;
        }
        out.println(new Json().put("rows", rows).put("model", model.config().model().id())
                .put("rec", terms.reconstruction()).put("kl", "none"));
        return 0;
    }
}
