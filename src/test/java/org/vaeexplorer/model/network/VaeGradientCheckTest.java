package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.ModelKind;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * Finite-difference check, in double precision, of the hand-written gradient of the training loss
 * (reconstruction + β·KL, averaged over the batch; the reconstruction alone for a plain autoencoder) for both
 * models, every activation, every likelihood, with and without hidden layers. The gradient comes from
 * {@link TrainingStep}; the differences come from the independent ND4J forward pass of {@link Nd4jReferenceVae},
 * whose loss the step's must also match. Central differences with step 1e-6 have
 * truncation error O(h²) ≈ 1e-12 and rounding error ≈ 1e-10, so a relative error above 1e-5 means a wrong gradient,
 * not noise.
 */
class VaeGradientCheckTest {
    private static final double STEP = 1e-6;
    private static final double MAX_RELATIVE_ERROR = 1e-5;
    private static final double MIN_ABSOLUTE_ERROR = 1e-9;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ModelKind model : ModelKind.values()) {
            for (Likelihood likelihood : Likelihood.values()) {
                for (Activation activation : Activation.values()) {
                    cases.add(Arguments.of(model, likelihood, activation, List.of(5, 4)));
                }
                cases.add(Arguments.of(model, likelihood, Activation.RELU, List.of()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} hidden {3}")
    @MethodSource("cases")
    void analyticGradientMatchesFiniteDifferences(ModelKind model, Likelihood likelihood, Activation activation,
            List<Integer> hidden) {
        int inputDim = 6;
        int rows = 7;
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(hidden).withActivation(activation)
                .withLatentDim(3).withLikelihood(likelihood).withFixedVariance(0.3).withSeed(11).withModel(model);
        SplittableRandom random = new SplittableRandom(5);
        double[] offset = new double[inputDim];
        double[] scale = new double[inputDim];
        for (int j = 0; j < inputDim; j++) {
            offset[j] = likelihood.isGaussian() ? random.nextDouble(-1, 1) : 0;
            scale[j] = likelihood.isGaussian() ? random.nextDouble(0.5, 2) : 1;
        }
        Vae vae = Vae.initialise(config, new FeatureScaling(offset, scale), null, "check", null, DataType.DOUBLE);
        perturbAll(vae, random);

        float[] xs = new float[rows * inputDim];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (float) (likelihood.isGaussian() ? random.nextGaussian() : random.nextDouble());
        }
        INDArray x = Nd4j.createFromArray(xs).reshape('c', rows, inputDim).castTo(DataType.DOUBLE);
        double[] epsilon = new double[rows * config.latentDim()];
        for (int i = 0; i < epsilon.length; i++) {
            epsilon[i] = random.nextGaussian();
        }
        INDArray noise = Nd4j.createFromArray(epsilon).reshape('c', rows, config.latentDim());
        double beta = 0.7;
        // Rows in a shuffled order, as in training: the step must gather them, not assume the stored order.
        int[] order = {3, 0, 6, 1, 5, 2, 4};
        float[] stored = new float[xs.length];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(xs, i * inputDim, stored, order[i] * inputDim, inputDim);
        }

        BatchStatistics fromStep = new TrainingStep(vae.network(), rows + 2).lossAndGradient(stored, order, 0, rows,
                epsilon, beta);
        Nd4jReferenceVae reference = new Nd4jReferenceVae(vae);
        BatchStatistics fromNd4j = reference.statistics(x, noise);
        assertEquals(fromNd4j.reconstructionSum(), fromStep.reconstructionSum(),
                1e-10 * Math.abs(fromNd4j.reconstructionSum()), "reconstruction term");
        assertEquals(fromNd4j.klSum(), fromStep.klSum(), 1e-10 * Math.abs(fromNd4j.klSum()), "KL term");
        assertEquals(model.isVariational(), fromStep.klSum() > 0, "a KL term exactly when the model is a VAE");
        assertArrayEquals(fromNd4j.klPerDimensionSum(), fromStep.klPerDimensionSum(), 1e-10 * fromNd4j.klSum(),
                "KL per latent dimension");
        double[] analytic = vae.gradients().toDoubleVector();
        INDArray params = vae.parameters();
        int checked = 0;
        for (int i = 0; i < params.length(); i++) {
            double original = params.getDouble(i);
            params.putScalar(i, original + STEP);
            double plus = reference.loss(x, noise, beta);
            params.putScalar(i, original - STEP);
            double minus = reference.loss(x, noise, beta);
            params.putScalar(i, original);
            double numeric = (plus - minus) / (2 * STEP);
            double absolute = Math.abs(numeric - analytic[i]);
            double relative = absolute / Math.max(Math.abs(numeric), Math.abs(analytic[i]));
            assertTrue(absolute < MIN_ABSOLUTE_ERROR || relative < MAX_RELATIVE_ERROR,
                    "parameter " + i + ": analytic " + analytic[i] + " vs numeric " + numeric);
            checked++;
        }
        assertTrue(checked == vae.parameterCount() && checked > 0);
    }

    /** Moves every parameter off its initial value so that zero biases and learned variances are checked too. */
    private static void perturbAll(Vae vae, SplittableRandom random) {
        INDArray params = vae.parameters();
        for (int i = 0; i < params.length(); i++) {
            params.putScalar(i, params.getDouble(i) + 0.3 * random.nextGaussian());
        }
    }
}
