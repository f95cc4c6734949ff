package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * A linear-Gaussian VAE has a closed-form marginal: with x' = A z + b + noise, noise ~ N(0, σ² I), z ~ N(0, I),
 * log p(x') = log N(x'; b, A Aᵀ + σ² I). With the encoder set to the exact posterior (diagonal because A's columns
 * are orthogonal), every importance weight equals p(x), so the IWAE estimate is exact for any sample count and the
 * ELBO's expectation is exact too. Standardisation x' = (x − m)/s adds −Σ log s. This checks the reported figures,
 * units included, against mathematics rather than against the code itself.
 */
class ExactLikelihoodTest {
    private static final double[][] COLUMNS = {{1, 2, 0}, {1, -0.5, 0.5}};
    private static final double NOISE_VARIANCE = 0.3;
    private static final double[] BIAS = {0.2, -0.1, 0.4};
    private static final double[] OFFSET = {1, -2, 0.5};
    private static final double[] SCALE = {2, 0.5, 1.5};

    private static Vae exactModel() {
        int d = 3;
        int l = 2;
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of()).withLatentDim(l)
                .withLikelihood(Likelihood.GAUSSIAN_SHARED);
        ParameterLayout layout = ParameterLayout.of(config, d);
        double[] p = new double[(int) layout.size()];
        for (int k = 0; k < l; k++) {
            double norm2 = 0;
            for (int j = 0; j < d; j++) {
                norm2 += COLUMNS[k][j] * COLUMNS[k][j];
            }
            double posteriorVariance = 1 / (1 + norm2 / NOISE_VARIANCE);
            double meanBias = 0;
            for (int j = 0; j < d; j++) {
                double w = posteriorVariance * COLUMNS[k][j] / NOISE_VARIANCE;
                p[(int) layout.meanHead().offset() + j * l + k] = w;
                meanBias -= w * BIAS[j];
                p[(int) layout.output().offset() + k * d + j] = COLUMNS[k][j];
            }
            p[(int) layout.meanHead().biasOffset() + k] = meanBias;
            p[(int) layout.logVarianceHead().biasOffset() + k] = Math.log(posteriorVariance);
        }
        for (int j = 0; j < d; j++) {
            p[(int) layout.output().biasOffset() + j] = BIAS[j];
        }
        p[(int) layout.logVarianceOffset()] = Math.log(NOISE_VARIANCE);
        VaeSnapshot snapshot = new VaeSnapshot(config, new FeatureScaling(OFFSET, SCALE), p, "linear", null);
        return Vae.fromSnapshot(snapshot, DataType.DOUBLE);
    }

    /** log p(x) in user units, from the closed form. */
    private static double exactLogDensity(float[] x) {
        int d = 3;
        double[] r = new double[d];
        double logScale = 0;
        for (int j = 0; j < d; j++) {
            r[j] = (x[j] - OFFSET[j]) / SCALE[j] - BIAS[j];
            logScale += Math.log(SCALE[j]);
        }
        // C = σ² I + Σ a aᵀ with orthogonal a: C⁻¹ = (I − Σ a aᵀ / (σ² + |a|²)) / σ², det C = σ^(2d) Π (1 + |a|²/σ²).
        double quadratic = 0;
        for (double v : r) {
            quadratic += v * v;
        }
        double logDet = d * Math.log(NOISE_VARIANCE);
        for (double[] a : COLUMNS) {
            double norm2 = 0;
            double dot = 0;
            for (int j = 0; j < d; j++) {
                norm2 += a[j] * a[j];
                dot += a[j] * r[j];
            }
            quadratic -= dot * dot / (NOISE_VARIANCE + norm2);
            logDet += Math.log(1 + norm2 / NOISE_VARIANCE);
        }
        quadratic /= NOISE_VARIANCE;
        return -0.5 * (d * Math.log(2 * Math.PI) + logDet + quadratic) - logScale;
    }

    @Test
    void importanceWeightedEstimateEqualsTheExactLogLikelihood() {
        Vae vae = exactModel();
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 5; trial++) {
            float[] x = {(float) (1 + 3 * random.nextGaussian()), (float) (-2 + random.nextGaussian()),
                    (float) (0.5 + 2 * random.nextGaussian())};
            for (int samples : new int[] {1, 7}) {
                double estimate = vae.importanceWeightedLogLikelihood(x, 1, samples, trial)[0];
                assertEquals(exactLogDensity(x), estimate, 1e-6, "trial " + trial + ", " + samples + " samples");
            }
        }
    }

    @Test
    void elboEqualsTheExactLogLikelihoodInExpectation() {
        Vae vae = exactModel();
        float[] one = {2.5f, -1.5f, 1.0f};
        int rows = 40_000;
        float[] x = new float[rows * 3];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(one, 0, x, r * 3, 3);
        }
        ElboTerms terms = vae.elbo(x, rows, 3);
        // One z per row: the reconstruction term's spread over z is below 2 nats, so its mean over 40,000 rows is
        // within 0.05 nats of its expectation with overwhelming probability.
        assertEquals(-exactLogDensity(one), terms.negativeElbo(), 0.05);
    }
}
