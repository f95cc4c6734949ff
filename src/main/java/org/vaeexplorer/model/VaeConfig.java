package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every hyperparameter of a model and its training, and the seed: one value fully describes a run.
 *
 * @param hiddenLayers   widths of the encoder's hidden layers; the decoder mirrors them. Empty means linear maps.
 * @param activation     nonlinearity of every hidden layer
 * @param latentDim      dimension of z, 1 to 64
 * @param likelihood     observation model p(x|z)
 * @param fixedVariance  σ² of {@link Likelihood#GAUSSIAN_FIXED}, in units of the standardised data
 * @param beta           weight of the KL term in the training loss (1 is the true ELBO)
 * @param warmupEpochs   epochs over which the KL weight rises linearly from 0 to beta (0: no warm-up)
 * @param learningRate   Adam's step size
 * @param batchSize      examples per minibatch
 * @param epochs         passes over the training set
 * @param holdoutRows    the last rows of the data, kept out of training to measure generalisation
 * @param seed           seeds initialisation, shuffling and sampling: one thread, one seed, one result
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
        long seed) {

    public static final int MAX_LATENT_DIM = 64;
    public static final int MAX_HIDDEN_LAYERS = 8;
    public static final int MAX_LAYER_WIDTH = 4096;

    public VaeConfig {
        hiddenLayers = List.copyOf(hiddenLayers);
    }

    /** Settings that suit the 2-D toy datasets. */
    public static VaeConfig defaults() {
        return new VaeConfig(List.of(64, 64), Activation.RELU, 2, Likelihood.GAUSSIAN_DIAGONAL, 0.1, 1.0, 0,
                1e-3, 128, 200, 0, 1L);
    }

    /** Every problem with these settings on their own (limits that depend on the data are checked later). */
    public List<ConfigProblem> problems() {
        List<ConfigProblem> found = new ArrayList<>();
        if (hiddenLayers.size() > MAX_HIDDEN_LAYERS) {
            found.add(new ConfigProblem("hidden", "at most " + MAX_HIDDEN_LAYERS + " hidden layers"));
        }
        for (Integer width : hiddenLayers) {
            if (width == null || width < 1 || width > MAX_LAYER_WIDTH) {
                found.add(new ConfigProblem("hidden", "each layer width must be 1 to " + MAX_LAYER_WIDTH
                        + ", not " + width));
                break;
            }
        }
        if (activation == null) {
            found.add(new ConfigProblem("activation", "choose an activation"));
        }
        if (latentDim < 1 || latentDim > MAX_LATENT_DIM) {
            found.add(new ConfigProblem("latent", "must be 1 to " + MAX_LATENT_DIM + ", not " + latentDim));
        }
        if (likelihood == null) {
            found.add(new ConfigProblem("likelihood", "choose a likelihood"));
        }
        checkRange(found, "variance", fixedVariance, 1e-6, 1e3, false);
        checkRange(found, "beta", beta, 0, 1e3, true);
        if (warmupEpochs < 0 || warmupEpochs > 100_000) {
            found.add(new ConfigProblem("warmup", "must be 0 to 100000 epochs, not " + warmupEpochs));
        }
        checkRange(found, "lr", learningRate, 1e-8, 1.0, false);
        if (batchSize < 1 || batchSize > 65_536) {
            found.add(new ConfigProblem("batch", "must be 1 to 65536, not " + batchSize));
        }
        if (epochs < 1 || epochs > 1_000_000) {
            found.add(new ConfigProblem("epochs", "must be 1 to 1000000, not " + epochs));
        }
        if (holdoutRows < 0) {
            found.add(new ConfigProblem("holdout", "cannot be negative (" + holdoutRows + ")"));
        }
        return found;
    }

    /** Problems of these settings applied to a dataset of the given size. */
    public List<ConfigProblem> problemsFor(int rows) {
        List<ConfigProblem> found = problems();
        if (holdoutRows >= 0 && rows - holdoutRows < 1) {
            found.add(new ConfigProblem("holdout", "holding out " + holdoutRows + " of " + rows
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
                learningRate, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withActivation(Activation value) {
        return new VaeConfig(hiddenLayers, value, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withLatentDim(int value) {
        return new VaeConfig(hiddenLayers, activation, value, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withLikelihood(Likelihood value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, value, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withFixedVariance(double value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, value, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withBeta(double value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, value, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withWarmupEpochs(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, value,
                learningRate, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withLearningRate(double value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                value, batchSize, epochs, holdoutRows, seed);
    }

    public VaeConfig withBatchSize(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, value, epochs, holdoutRows, seed);
    }

    public VaeConfig withEpochs(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, value, holdoutRows, seed);
    }

    public VaeConfig withHoldoutRows(int value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, value, seed);
    }

    public VaeConfig withSeed(long value) {
        return new VaeConfig(hiddenLayers, activation, latentDim, likelihood, fixedVariance, beta, warmupEpochs,
                learningRate, batchSize, epochs, holdoutRows, value);
    }

    private static void checkRange(List<ConfigProblem> found, String field, double value, double min, double max,
            boolean minInclusive) {
        boolean aboveMin = minInclusive ? value >= min : value > min;
        if (!Double.isFinite(value) || !aboveMin || value > max) {
            String lower = minInclusive ? "from " + min : "above " + min;
            found.add(new ConfigProblem(field, "must be a number " + lower + " up to " + max + ", not " + value));
        }
    }
}
