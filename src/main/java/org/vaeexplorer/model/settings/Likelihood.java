package org.vaeexplorer.model.settings;

import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;

/** The decoder's observation model p(x|z). */
public enum Likelihood {
    /** Independent Bernoulli per feature, parameterised by logits; data must lie in [0, 1]. */
    BERNOULLI("bernoulli"),
    /** Gaussian with a variance fixed by the configuration. */
    GAUSSIAN_FIXED("gaussian-fixed"),
    /** Gaussian with one learned variance shared by all features once each is standardised. */
    GAUSSIAN_SHARED("gaussian-shared"),
    /**
     * Gaussian with one learned variance shared by all features in the data's own units (isotropic noise): with no
     * hidden layers the VAE is then probabilistic PCA.
     */
    GAUSSIAN_ISOTROPIC("gaussian-isotropic"),
    /** Gaussian with one learned variance per feature. */
    GAUSSIAN_DIAGONAL("gaussian-diagonal");

    private final String id;

    Likelihood(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** How a form shows it, in the language in use. */
    public String label() {
        return Texts.get("likelihood." + id);
    }

    public boolean isGaussian() {
        return this != BERNOULLI;
    }

    /** What makes this likelihood unfit for the data, in words for the user, or {@code null} when it fits. */
    public String problemWith(Dataset data) {
        float[] range = data.valueRange();
        if (this == BERNOULLI && (range[0] < 0 || range[1] > 1)) {
            return Texts.get("likelihood.problem.bernoulli", data.name(), String.valueOf(range[0]),
                    String.valueOf(range[1]));
        }
        return null;
    }

    /** How many learned log-variance parameters this likelihood adds for data of the given dimension. */
    public int learnedLogVarianceCount(int inputDim) {
        return switch (this) {
            case GAUSSIAN_SHARED, GAUSSIAN_ISOTROPIC -> 1;
            case GAUSSIAN_DIAGONAL -> inputDim;
            default -> 0;
        };
    }
}
