package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * A linear-Gaussian VAE has a closed-form marginal: with y = A z + b + noise, noise ~ N(0, σ² I), z ~ N(0, I),
 * log p(y) = log N(y; b, A Aᵀ + σ² I). With the encoder set to the exact posterior (diagonal because A's columns
 * are orthogonal), every importance weight equals p(y), so the IWAE estimate is exact for any sample count and the
 * ELBO's expectation is exact too. The same model is built twice: with {@code gaussian-shared} y is the
 * standardised data x' = (x − m)/s, and log p(x) = log p(x') − Σ log s; with {@code gaussian-isotropic} y is the
 * data itself, x. This checks the reported figures, units included, against mathematics rather than against the
 * code itself.
 */
class ExactLikelihoodTest {
    private static final double[][] COLUMNS = {{1, 2, 0}, {1, -0.5, 0.5}};
    private static final double NOISE_VARIANCE = 0.3;
    private static final double[] BIAS = {0.2, -0.1, 0.4};
    private static final double[] OFFSET = {1, -2, 0.5};
    private static final double[] SCALE = {2, 0.5, 1.5};

    /** Whether the linear-Gaussian model lives in the data's units (else in the standardised ones). */
    private static boolean inDataUnits(Likelihood likelihood) {
        return likelihood == Likelihood.GAUSSIAN_ISOTROPIC;
    }

    private static Vae exactModel(Likelihood likelihood) {
        int d = 3;
        int l = 2;
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of()).withLatentDim(l)
                .withLikelihood(likelihood);
        ParameterLayout layout = ParameterLayout.of(config, d);
        // In model units x' the decoder is x' = a z + b' + noise of variance ψ_j per feature.
        double[] unit = inDataUnits(likelihood) ? SCALE : new double[] {1, 1, 1};
        double[] psi = new double[d];
        double[] b = new double[d];
        for (int j = 0; j < d; j++) {
            psi[j] = NOISE_VARIANCE / (unit[j] * unit[j]);
            b[j] = inDataUnits(likelihood) ? (BIAS[j] - OFFSET[j]) / SCALE[j] : BIAS[j];
        }
        double[] p = new double[(int) layout.size()];
        for (int k = 0; k < l; k++) {
            // q(z_k|x') = N(v_k Σ_j a_jk (x'_j − b'_j) / ψ_j, v_k), v_k = 1 / (1 + Σ_j a_jk² / ψ_j).
            double precision = 1;
            for (int j = 0; j < d; j++) {
                precision += Math.pow(COLUMNS[k][j] / unit[j], 2) / psi[j];
            }
            double posteriorVariance = 1 / precision;
            double meanBias = 0;
            for (int j = 0; j < d; j++) {
                double a = COLUMNS[k][j] / unit[j];
                double w = posteriorVariance * a / psi[j];
                p[(int) layout.meanHead().offset() + j * l + k] = w;
                meanBias -= w * b[j];
                p[(int) layout.output().offset() + k * d + j] = a;
            }
            p[(int) layout.meanHead().biasOffset() + k] = meanBias;
            p[(int) layout.logVarianceHead().biasOffset() + k] = Math.log(posteriorVariance);
        }
        for (int j = 0; j < d; j++) {
            p[(int) layout.output().biasOffset() + j] = b[j];
        }
        double logGeometricMeanScale = (Math.log(SCALE[0]) + Math.log(SCALE[1]) + Math.log(SCALE[2])) / d;
        // gaussian-isotropic learns log σ² − 2 log g, g the geometric mean of the scales.
        p[(int) layout.logVarianceOffset()] = Math.log(NOISE_VARIANCE)
                - (inDataUnits(likelihood) ? 2 * logGeometricMeanScale : 0);
        VaeSnapshot snapshot = new VaeSnapshot(config, new FeatureScaling(OFFSET, SCALE), p, "linear", null);
        return Vae.fromSnapshot(snapshot, DataType.DOUBLE);
    }

    /** log p(x) in user units, from the closed form. */
    private static double exactLogDensity(Likelihood likelihood, float[] x) {
        int d = 3;
        double[] r = new double[d];
        double logJacobian = 0;
        for (int j = 0; j < d; j++) {
            if (inDataUnits(likelihood)) {
                r[j] = x[j] - BIAS[j];
            } else {
                r[j] = (x[j] - OFFSET[j]) / SCALE[j] - BIAS[j];
                logJacobian += Math.log(SCALE[j]);
            }
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
        return -0.5 * (d * Math.log(2 * Math.PI) + logDet + quadratic) - logJacobian;
    }

    @ParameterizedTest
    @EnumSource(value = Likelihood.class, names = {"GAUSSIAN_SHARED", "GAUSSIAN_ISOTROPIC"})
    void importanceWeightedEstimateEqualsTheExactLogLikelihood(Likelihood likelihood) {
        Vae vae = exactModel(likelihood);
        SplittableRandom random = new SplittableRandom(4);
        for (int trial = 0; trial < 5; trial++) {
            float[] x = {(float) (1 + 3 * random.nextGaussian()), (float) (-2 + random.nextGaussian()),
                    (float) (0.5 + 2 * random.nextGaussian())};
            for (int samples : new int[] {1, 7}) {
                double estimate = vae.importanceWeightedLogLikelihood(x, 1, samples, trial)[0];
                double exact = exactLogDensity(likelihood, x);
                // The model rounds its standardised input to float (relative error up to 6e-8), which moves the
                // quadratic form of a far point by a few parts in 1e8.
                assertEquals(exact, estimate, 1e-6 * Math.max(1, Math.abs(exact)),
                        "trial " + trial + ", " + samples + " samples");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Likelihood.class, names = {"GAUSSIAN_SHARED", "GAUSSIAN_ISOTROPIC"})
    void elboEqualsTheExactLogLikelihoodInExpectation(Likelihood likelihood) {
        Vae vae = exactModel(likelihood);
        float[] one = {2.5f, -1.5f, 1.0f};
        int rows = 40_000;
        float[] x = new float[rows * 3];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(one, 0, x, r * 3, 3);
        }
        ElboTerms terms = vae.elbo(x, rows, 3);
        // One z per row: the reconstruction term's spread over z is below 2 nats, so its mean over 40,000 rows is
        // within 0.05 nats of its expectation with overwhelming probability.
        assertEquals(-exactLogDensity(likelihood, one), terms.negativeElbo(), 0.05);
    }
}
