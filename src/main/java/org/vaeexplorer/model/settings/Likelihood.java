package org.vaeexplorer.model.settings;

import org.vaeexplorer.model.data.Dataset;

/** The decoder's observation model p(x|z). */
public enum Likelihood {
    /** Independent Bernoulli per feature, parameterised by logits; data must lie in [0, 1]. */
    BERNOULLI("bernoulli", "Bernoulli (data in [0, 1])"),
    /** Gaussian with a variance fixed by the configuration. */
    GAUSSIAN_FIXED("gaussian-fixed", "Gaussian, fixed variance"),
    /** Gaussian with one learned variance shared by all features once each is standardised. */
    GAUSSIAN_SHARED("gaussian-shared", "Gaussian, one variance in standardised units"),
    /**
     * Gaussian with one learned variance shared by all features in the data's own units (isotropic noise): with no
     * hidden layers the VAE is then probabilistic PCA.
     */
    GAUSSIAN_ISOTROPIC("gaussian-isotropic", "Gaussian, one variance in data units"),
    /** Gaussian with one learned variance per feature. */
    GAUSSIAN_DIAGONAL("gaussian-diagonal", "Gaussian, learned variance per feature");

    private final String id;
    private final String label;

    Likelihood(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public boolean isGaussian() {
        return this != BERNOULLI;
    }

    /** What makes this likelihood unfit for the data, in words for the user, or {@code null} when it fits. */
    public String problemWith(Dataset data) {
        float[] range = data.valueRange();
        if (this == BERNOULLI && (range[0] < 0 || range[1] > 1)) {
            return "a Bernoulli likelihood needs data in [0, 1], but '" + data.name() + "' ranges from " + range[0]
                    + " to " + range[1] + "; choose a Gaussian likelihood";
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
