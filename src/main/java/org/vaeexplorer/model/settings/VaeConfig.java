package org.vaeexplorer.model.settings;

import java.util.List;

/**
 * Every hyperparameter of a model and its training, and the seed: one value fully describes a run.
 *
 * @param hiddenLayers   widths of the encoder's hidden layers; the decoder mirrors them. Empty means linear maps.
 * @param activation     nonlinearity of every hidden layer
 * @param latentDim      dimension of z
 * @param likelihood     observation model p(x|z)
 * @param fixedVariance  σ² of {@link Likelihood#GAUSSIAN_FIXED}, in units of the standardised data
 * @param beta           weight of the KL term in the training loss (1 is the true ELBO)
 * @param warmupEpochs   epochs over which the KL weight rises linearly from 0 to beta (0: no warm-up)
 * @param learningRate   Adam's step size
 * @param batchSize      examples per minibatch
 * @param epochs         passes over the training set
 * @param holdoutRows    how many rows of the data are kept out of training to measure generalisation
 * @param seed           seeds initialisation, shuffling and sampling: one thread, one seed, one result
 * @param model          a VAE, or a plain autoencoder (z = μ(x), no KL)
 * @param holdoutFrom    which rows are held out: a seeded random sample (by label) or the last ones
 */
public record VaeConfig(
        List<Integer> hiddenLayers,
        Activation activation,
        int latentDim,
        Likelihood likelihood,
        double fixedVariance,
        double beta,
        int warmupEpochs,
        double learningRate,
        int batchSize,
        int epochs,
        int holdoutRows,
        long seed,
        ModelKind model,
        HoldoutFrom holdoutFrom) {

    public VaeConfig {
        hiddenLayers = List.copyOf(hiddenLayers);
    }

    /** A configuration holding out rows as {@link SettingsSchema#HOLDOUT_FROM} does by default. */
    public VaeConfig(List<Integer> hiddenLayers, Activation activation, int latentDim, Likelihood likelihood,
            double fixedVariance, double beta, int warmupEpochs, double learningRate, int batchSize, int epochs,
            int holdoutRows, long seed, ModelKind model) {
        this(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs, learningRate,
                batchSize, epochs, holdoutRows, seed, model, SettingsSchema.HOLDOUT_FROM.defaultValue());
    }

    /** A VAE's configuration (the settings before the model choice existed). */
    public VaeConfig(List<Integer> hiddenLayers, Activation activation, int latentDim, Likelihood likelihood,
            double fixedVariance, double beta, int warmupEpochs, double learningRate, int batchSize, int epochs,
            int holdoutRows, long seed) {
        this(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs, learningRate,
                batchSize, epochs, holdoutRows, seed, ModelKind.VAE);
    }

    /** Every setting at its default in {@link SettingsSchema}: settings that suit the 2-D toy datasets. */
    public static VaeConfig defaults() {
        return new VaeConfig(SettingsSchema.HIDDEN.defaultValue(), SettingsSchema.ACTIVATION.defaultValue(),
                SettingsSchema.LATENT.defaultValue(), SettingsSchema.LIKELIHOOD.defaultValue(),
                SettingsSchema.VARIANCE.defaultValue(), SettingsSchema.BETA.defaultValue(),
                SettingsSchema.WARMUP.defaultValue(), SettingsSchema.LEARNING_RATE.defaultValue(),
                SettingsSchema.BATCH.defaultValue(), SettingsSchema.EPOCHS.defaultValue(),
                SettingsSchema.HOLDOUT.defaultValue(), SettingsSchema.SEED.defaultValue(),
                SettingsSchema.MODEL.defaultValue(), SettingsSchema.HOLDOUT_FROM.defaultValue());
    }

    /**
     * Every problem with these settings on their own: each value outside its setting's range in
     * {@link SettingsSchema}, named by the setting's key (limits that depend on the data are checked later).
     */
    public List<ConfigProblem> problems() {
        return SettingsSchema.problems(this);
    }

    /** Problems of these settings applied to a dataset of the given size. */
    public List<ConfigProblem> problemsFor(int rows) {
        List<ConfigProblem> found = problems();
        if (holdoutRows >= 0 && rows - holdoutRows < 1) {
            found.add(new ConfigProblem(SettingsSchema.HOLDOUT.key(), "holding out " + holdoutRows + " of " + rows
                    + " rows leaves nothing to train on"));
        }
        return found;
    }

    /** The KL weight in effect during the given 1-based epoch, with the linear warm-up applied. */
    public double betaAtEpoch(int epoch) {
        if (warmupEpochs == 0) {
            return beta;
        }
        return beta * Math.min(1.0, (epoch - 1) / (double) warmupEpochs);
    }

    public VaeConfig withHiddenLayers(List<Integer> value) {
        return new VaeConfig(value, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withActivation(Activation value) {
        return new VaeConfig(hiddenLayers, value, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withLatentDim(int value) {
        return new VaeConfig(hiddenLayers, activation, value, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withLikelihood(Likelihood value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, value, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withFixedVariance(double value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, value, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withBeta(double value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, value, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withWarmupEpochs(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, value,
                learningRate, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withLearningRate(double value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                value, batchSize, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withBatchSize(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, value, epochs, holdoutRows, seed, model, holdoutFrom);
    }

    public VaeConfig withEpochs(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, value, holdoutRows, seed, model, holdoutFrom);
    }

    /** Equal to {@code model} but for β, the learning rate and the epochs, which apply to a model as it trains. */
    public boolean sameModelAs(VaeConfig model) {
        return withBeta(model.beta()).withLearningRate(model.learningRate()).withEpochs(model.epochs()).equals(model);
    }

    public VaeConfig withHoldoutRows(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, value, seed, model, holdoutFrom);
    }

    public VaeConfig withSeed(long value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, value, model, holdoutFrom);
    }

    public VaeConfig withModel(ModelKind value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, value, holdoutFrom);
    }

    public VaeConfig withHoldoutFrom(HoldoutFrom value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed, model, value);
    }

    /** Whether the model samples z and has a KL term (a VAE), rather than being a plain autoencoder. */
    public boolean isVariational() {
        return model.isVariational();
    }
}
