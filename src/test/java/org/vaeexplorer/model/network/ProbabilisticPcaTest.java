package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.Trainer;

/**
 * A linear VAE with one variance in the data's units is probabilistic PCA (Tipping &amp; Bishop, 1999): trained on
 * data drawn from a pPCA model, it reaches the exact maximum-likelihood solution of that data. pPCA's maximum is
 * known in closed form from the sample covariance S = U Λ Uᵀ: σ²_ML is the mean of the discarded eigenvalues,
 * W_ML = U_q (Λ_q − σ²_ML I)^½ up to a rotation, μ_ML the sample mean, and the maximum log-likelihood per example is
 * −½ [d log 2π + Σ_{i≤q} log λ_i + (d − q) log σ²_ML + d]. The ELBO is a lower bound on the log-likelihood, and at
 * pPCA's maximum with orthogonal columns (one of its rotations) the true posterior is Gaussian with a diagonal
 * covariance, which the encoder can represent exactly: the bound is then tight, so the trained model's ELBO must
 * come up to the maximum log-likelihood, short only by what training leaves undone.
 */
class ProbabilisticPcaTest {
    private static final int DIM = 5;
    private static final int LATENT = 2;
    private static final int ROWS = 4000;
    /** The generating model, features of very different spreads (0.6 to 3): standardising would distort them. */
    private static final double[][] TRUE_W = {{3, 0}, {2, 1}, {0, 0.5}, {1, -2}, {0.2, 0.3}};
    private static final double[] TRUE_MEAN = {1, -2, 0.5, 3, 0};
    private static final double TRUE_NOISE_VARIANCE = 0.25;

    private static final VaeConfig CONFIG = VaeConfig.defaults().withHiddenLayers(List.of())
            .withActivation(Activation.IDENTITY).withLatentDim(LATENT).withLikelihood(Likelihood.GAUSSIAN_ISOTROPIC)
            .withHoldoutRows(0).withBatchSize(100).withSeed(3);

    private static float[] x;
    private static SymmetricEigen covariance;
    private static double[] sampleMean;
    /** S, with the maximum-likelihood normalisation 1/n. */
    private static double[][] sampleCovariance;
    private static double noiseVarianceMl;
    private static double maxLogLikelihoodPerExample;
    private static Vae vae;

    @BeforeAll
    static void fitBothWays() {
        x = sample(new SplittableRandom(12));
        sampleMean = new double[DIM];
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < DIM; j++) {
                sampleMean[j] += x[r * DIM + j] / (double) ROWS;
            }
        }
        sampleCovariance = new double[DIM][DIM];
        for (int r = 0; r < ROWS; r++) {
            for (int i = 0; i < DIM; i++) {
                for (int j = 0; j < DIM; j++) {
                    sampleCovariance[i][j] += (x[r * DIM + i] - sampleMean[i]) * (x[r * DIM + j] - sampleMean[j])
                            / ROWS;
                }
            }
        }
        covariance = SymmetricEigen.of(sampleCovariance);
        double[] lambda = covariance.values();
        for (int i = LATENT; i < DIM; i++) {
            noiseVarianceMl += lambda[i] / (DIM - LATENT);
        }
        double logDeterminant = (DIM - LATENT) * Math.log(noiseVarianceMl);
        for (int i = 0; i < LATENT; i++) {
            logDeterminant += Math.log(lambda[i]);
        }
        maxLogLikelihoodPerExample = -0.5 * (DIM * Math.log(2 * Math.PI) + logDeterminant + DIM);

        Trainer trainer = Trainer.create(CONFIG, dataset(x));
        // A large step to get near the optimum, then smaller ones to settle there despite the sampling noise.
        for (double rate : new double[] {1e-2, 1e-3, 1e-4}) {
            trainer.setLearningRate(rate);
            trainer.train(100, report -> { });
        }
        vae = Vae.fromSnapshot(trainer.model().snapshot(), DataType.DOUBLE);
    }

    private static Dataset dataset(float[] values) {
        List<String> names = IntStream.range(0, DIM).mapToObj(j -> "x" + j).toList();
        return new Dataset("ppca", ROWS, DIM, values, null, List.of(), names, null);
    }

    /** {@code ROWS} draws of x = W z + μ + ε, z ~ N(0, I), ε ~ N(0, σ² I), row-major. */
    private static float[] sample(SplittableRandom random) {
        float[] values = new float[ROWS * DIM];
        double noise = Math.sqrt(TRUE_NOISE_VARIANCE);
        for (int r = 0; r < ROWS; r++) {
            double z0 = random.nextGaussian();
            double z1 = random.nextGaussian();
            for (int j = 0; j < DIM; j++) {
                values[r * DIM + j] = (float) (TRUE_W[j][0] * z0 + TRUE_W[j][1] * z1 + TRUE_MEAN[j]
                        + noise * random.nextGaussian());
            }
        }
        return values;
    }

    @Test
    void theEigenDecompositionIsExact() {
        // The reference itself: S v = λ v for every pair.
        for (int k = 0; k < DIM; k++) {
            double[] v = covariance.vectors()[k];
            assertEquals(1, dot(v, v), 1e-12);
            for (int i = 0; i < DIM; i++) {
                assertEquals(covariance.values()[k] * v[i], dot(sampleCovariance[i], v), 1e-10, "eigenpair " + k);
            }
        }
        assertTrue(covariance.values()[1] > 10 * covariance.values()[2], "a clear principal subspace");
    }

    /** The decoder's columns in the data's units: decode(e_k) − decode(0), exact for a linear decoder. */
    private static double[][] decoderColumns() {
        float[] z = new float[(LATENT + 1) * LATENT];
        for (int k = 0; k < LATENT; k++) {
            z[(k + 1) * LATENT + k] = 1;
        }
        float[] decoded = vae.decode(z, LATENT + 1);
        double[][] columns = new double[LATENT][DIM];
        for (int k = 0; k < LATENT; k++) {
            for (int j = 0; j < DIM; j++) {
                columns[k][j] = decoded[(k + 1) * DIM + j] - decoded[j];
            }
        }
        return columns;
    }

    @Test
    void theLearnedVarianceIsOneInTheDataUnitsAndTheMaximumLikelihoodOne() {
        double[] std = vae.observationStdDev();
        for (double s : std) {
            assertEquals(std[0], s, 1e-12 * std[0], "one variance in the data's units");
        }
        // Training leaves it 0.09 % off.
        assertEquals(noiseVarianceMl, std[0] * std[0], 0.005 * noiseVarianceMl, "σ² against σ²_ML");
    }

    @Test
    void theDecoderSpansThePrincipalSubspace() {
        double[][] columns = decoderColumns();
        // cos of the principal angles = singular values of Q_wᵀ U_q, with Q_w an orthonormal basis of the columns.
        double[][] q = orthonormal(columns);
        double[][] m = new double[LATENT][LATENT];
        for (int a = 0; a < LATENT; a++) {
            for (int b = 0; b < LATENT; b++) {
                m[a][b] = dot(q[a], covariance.vectors()[b]);
            }
        }
        double frobenius = m[0][0] * m[0][0] + m[0][1] * m[0][1] + m[1][0] * m[1][0] + m[1][1] * m[1][1];
        double determinant = m[0][0] * m[1][1] - m[0][1] * m[1][0];
        double smallestCosSquared = 0.5 * (frobenius
                - Math.sqrt(Math.max(0, frobenius * frobenius - 4 * determinant * determinant)));
        double largestAngleDegrees = Math.toDegrees(Math.acos(Math.sqrt(Math.min(1, smallestCosSquared))));
        // Training leaves 0.015°.
        assertTrue(largestAngleDegrees < 0.1, "largest principal angle " + largestAngleDegrees + "°");

        // W Wᵀ is what pPCA determines (W only up to a rotation): U_q (Λ_q − σ²_ML I) U_qᵀ.
        double error = 0;
        double norm = 0;
        for (int i = 0; i < DIM; i++) {
            for (int j = 0; j < DIM; j++) {
                double learned = columns[0][i] * columns[0][j] + columns[1][i] * columns[1][j];
                double exact = 0;
                for (int k = 0; k < LATENT; k++) {
                    exact += (covariance.values()[k] - noiseVarianceMl) * covariance.vectors()[k][i]
                            * covariance.vectors()[k][j];
                }
                error += (learned - exact) * (learned - exact);
                norm += exact * exact;
            }
        }
        // Training leaves it 0.2 % off.
        assertTrue(Math.sqrt(error / norm) < 0.005, "W Wᵀ off by " + Math.sqrt(error / norm) + " (relative)");

        // Training leaves at most 0.002 (features' spreads 0.6 to 3).
        float[] mean = vae.decode(new float[LATENT], 1);
        for (int j = 0; j < DIM; j++) {
            assertEquals(sampleMean[j], mean[j], 0.005, "decoded z = 0 against μ_ML, feature " + j);
        }
    }

    @Test
    void theElboReachesTheExactMaximumLogLikelihood() {
        double[][] columns = decoderColumns();
        double noiseVariance = Math.pow(vae.observationStdDev()[0], 2);
        Encoding q = vae.encode(x, ROWS);
        float[] reconstructed = vae.decode(q.mean(), ROWS);
        // For a linear decoder E_q ‖x − W z − b‖² = ‖x − W μ − b‖² + Σ_k σ_k² ‖w_k‖²: the ELBO without sampling.
        double expectedSquares = 0;
        double kl = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < DIM; j++) {
                double residual = x[r * DIM + j] - reconstructed[r * DIM + j];
                expectedSquares += residual * residual;
            }
            for (int k = 0; k < LATENT; k++) {
                double mu = q.mean()[r * LATENT + k];
                double variance = Math.pow(q.sigma()[r * LATENT + k], 2);
                expectedSquares += variance * dot(columns[k], columns[k]);
                kl += 0.5 * (mu * mu + variance - 1 - Math.log(variance));
            }
        }
        double elbo = -(0.5 * (expectedSquares / noiseVariance + ROWS * DIM * Math.log(2 * Math.PI * noiseVariance))
                + kl) / ROWS;

        // A lower bound on the log-likelihood of the training data, so on its maximum (1e-4: the float rounding of
        // the encodings and decodings it is computed from); training takes it to within 2.5e-4 nats per example,
        // where gaussian-shared's family cannot come closer than 0.73 (decision record 0012).
        double gap = maxLogLikelihoodPerExample - elbo;
        assertTrue(gap > -1e-4 && gap < 0.002, "ELBO " + elbo + " against max log-likelihood "
                + maxLogLikelihoodPerExample + " per example");

        // The figure the model reports samples one z per example: per example its spread is below 1 nat for a
        // linear-Gaussian model near its optimum, so over 4,000 examples it lies within 0.08 nats (5 standard
        // errors) of the ELBO.
        assertEquals(-elbo, vae.elbo(x, ROWS, 9).negativeElbo(), 0.08, "the reported −ELBO");
    }

    @Test
    void trainingIsTheSameWhateverTheDataUnits() {
        float[] thousandfold = x.clone();
        for (int i = 0; i < thousandfold.length; i++) {
            thousandfold[i] *= 1000;
        }
        Trainer inUnits = Trainer.create(CONFIG, dataset(x));
        Trainer inThousandths = Trainer.create(CONFIG, dataset(thousandfold));
        inUnits.train(3, report -> { });
        inThousandths.train(3, report -> { });

        // The same steps (to float rounding of the standardised data): σ a thousand times larger, and each
        // example's density a thousand times lower per feature.
        assertEquals(1000, inThousandths.model().observationStdDev()[0] / inUnits.model().observationStdDev()[0],
                1e-4 * 1000);
        double lower = inThousandths.model().elbo(thousandfold, ROWS, 1).negativeElbo()
                - inUnits.model().elbo(x, ROWS, 1).negativeElbo();
        assertEquals(DIM * Math.log(1000), lower, 1e-4);
    }

    private static double[][] orthonormal(double[][] vectors) {
        double[][] q = new double[vectors.length][];
        for (int a = 0; a < vectors.length; a++) {
            double[] v = vectors[a].clone();
            for (int b = 0; b < a; b++) {
                double along = dot(v, q[b]);
                for (int j = 0; j < v.length; j++) {
                    v[j] -= along * q[b][j];
                }
            }
            double length = Math.sqrt(dot(v, v));
            for (int j = 0; j < v.length; j++) {
                v[j] /= length;
            }
            q[a] = v;
        }
        return q;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
