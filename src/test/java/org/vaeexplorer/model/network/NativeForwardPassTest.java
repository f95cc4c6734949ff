package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;

/**
 * The figures the model reports (ELBO, held-out ELBO, encoding, decoding) come from the native forward pass; on the
 * same rows and the same noise they equal those of the independent ND4J reference, for every likelihood.
 */
class NativeForwardPassTest {
    private static final int COLS = 300;
    private static final int LATENT = 3;

    private static Dataset data(Likelihood likelihood, int rows) {
        SplittableRandom random = new SplittableRandom(8);
        float[] values = new float[rows * COLS];
        for (int i = 0; i < values.length; i++) {
            // Features of different spreads: one variance in the data's units is then not one in standardised units.
            double spread = 1 + i % COLS % 4;
            values[i] = (float) (likelihood.isGaussian() ? 3 + spread * random.nextGaussian() : random.nextDouble());
        }
        List<String> names = IntStream.range(0, COLS).mapToObj(j -> "f" + j).toList();
        return new Dataset("random", rows, COLS, values, null, List.of(), names, null);
    }

    private static VaeConfig config(Likelihood likelihood) {
        return VaeConfig.defaults().withHiddenLayers(List.of(16)).withLatentDim(LATENT).withLikelihood(likelihood)
                .withFixedVariance(0.5).withActivation(Activation.TANH).withBatchSize(50).withHoldoutRows(120);
    }

    /** {@code rows × cols} standard normal draws, in the order the model draws them. */
    private static INDArray noise(SplittableRandom random, int rows, DataType type) {
        double[] values = new double[rows * LATENT];
        Vae.fillGaussian(random, values, values.length);
        return Nd4j.createFromArray(values).reshape('c', rows, LATENT).castTo(type);
    }

    private static INDArray modelUnits(Vae vae, float[] x, int rows) {
        return Nd4j.createFromArray(vae.scaling().toModel(x)).reshape('c', rows, COLS)
                .castTo(vae.parameters().dataType());
    }

    @ParameterizedTest
    @EnumSource(Likelihood.class)
    void elboEqualsTheReferenceOnTheSameNoise(Likelihood likelihood) {
        // More rows than one inference chunk holds (131,072 / 300 = 436).
        int rows = 1000;
        Dataset data = data(likelihood, rows);
        Vae vae = Vae.fromSnapshot(Trainer.create(config(likelihood), data).model().snapshot(), DataType.DOUBLE);
        float[] x = data.copyRows(0, rows);
        long seed = 17;

        ElboTerms fromNative = vae.elbo(x, rows, seed);
        BatchStatistics reference = new Nd4jReferenceVae(vae).statistics(modelUnits(vae, x, rows),
                noise(new SplittableRandom(seed), rows, DataType.DOUBLE));

        assertEquals(reference.reconstructionSum() / rows, fromNative.reconstruction(),
                1e-10 * Math.abs(fromNative.reconstruction()), "reconstruction");
        assertEquals(reference.klSum() / rows, fromNative.kl(), 1e-10 * fromNative.kl(), "KL");
        assertTrue(fromNative.kl() > 0, "a freshly initialised encoder is not the prior");
    }

    @ParameterizedTest
    @EnumSource(Likelihood.class)
    void heldOutFigureEqualsTheReferenceOnTheSameNoise(Likelihood likelihood) {
        VaeConfig config = config(likelihood);
        Dataset data = data(likelihood, 400);
        Trainer trainer = Trainer.create(config, data);
        EpochReport report = trainer.runEpoch().report();
        Vae vae = trainer.model();

        // The held-out rows are evaluated in minibatch-sized pieces with noise drawn from the held-out stream.
        BatchStatistics reference = new Nd4jReferenceVae(vae).statistics(
                modelUnits(vae, trainer.split().heldOutValues(data.sharedValues(), data.cols()), config.holdoutRows()),
                noise(org.vaeexplorer.model.training.NoiseStreams.heldOut(config.seed()), config.holdoutRows(), DataType.FLOAT));

        // Float parameters and float activations: agreement to float rounding.
        ElboTerms heldOut = report.heldOut();
        assertEquals(reference.reconstructionSum() / config.holdoutRows(), heldOut.reconstruction(),
                1e-5 * Math.abs(heldOut.reconstruction()), "reconstruction");
        assertEquals(reference.klSum() / config.holdoutRows(), heldOut.kl(), 1e-5 * heldOut.kl() + 1e-6, "KL");
    }

    @ParameterizedTest
    @EnumSource(Likelihood.class)
    void encodingAndDecodingEqualTheReference(Likelihood likelihood) {
        int rows = 700;
        Dataset data = data(likelihood, rows);
        Vae vae = Vae.fromSnapshot(Trainer.create(config(likelihood), data).model().snapshot(), DataType.DOUBLE);
        float[] x = data.copyRows(0, rows);
        Nd4jReferenceVae reference = new Nd4jReferenceVae(vae);
        // Zero noise: the reference's z is the posterior mean, which decode is then given.
        Nd4jReferenceVae.Pass pass = reference.run(modelUnits(vae, x, rows), Nd4j.zeros(DataType.DOUBLE, rows, LATENT));

        Encoding encoding = vae.encode(x, rows);
        float[] decoded = vae.decode(encoding.mean(), rows);

        double[] mean = pass.mean().reshape(rows * LATENT).toDoubleVector();
        double[] sigma = Transforms.exp(pass.logVariance().mul(0.5), false).reshape(rows * LATENT).toDoubleVector();
        INDArray outputMean = likelihood.isGaussian() ? pass.output() : Transforms.sigmoid(pass.output(), true);
        double[] expected = outputMean.reshape(rows * COLS).toDoubleVector();
        double[] scale = vae.scaling().scale();
        double[] offset = vae.scaling().offset();
        for (int i = 0; i < mean.length; i++) {
            assertEquals(mean[i], encoding.mean()[i], 1e-6 * Math.max(1, Math.abs(mean[i])), "μ " + i);
            assertEquals(sigma[i], encoding.sigma()[i], 1e-6 * sigma[i], "σ " + i);
        }
        for (int i = 0; i < expected.length; i++) {
            double user = expected[i] * scale[i % COLS] + offset[i % COLS];
            // The decoder's input is the float-rounded μ: agreement to float rounding.
            assertEquals(user, decoded[i], 1e-5 * Math.max(1, Math.abs(user)), "decoded value " + i);
        }
    }
}
