package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * Draws x ~ p(x|z) follow the decoder's distribution: for a Gaussian decoder their mean and standard deviation per
 * feature are the decoder's (in the data's units), for a Bernoulli decoder each pixel is 1 with the mean's
 * probability. Tolerances are five standard errors of the estimates over {@value #DRAWS} draws.
 */
class ObservationDrawTest {
    private static final int DRAWS = 20_000;

    private static Dataset data(int cols, boolean binary) {
        SplittableRandom random = new SplittableRandom(5);
        float[] values = new float[200 * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = binary ? (random.nextDouble() < 0.3 ? 1 : 0) : (float) (50 + 20 * random.nextGaussian());
        }
        List<String> names = java.util.stream.IntStream.range(0, cols).mapToObj(j -> "f" + j).toList();
        return new Dataset("d", 200, cols, values, null, List.of(), names, null);
    }

    /** The decoder's means for one z, repeated {@value #DRAWS} times. */
    private static float[] repeatedMean(Vae vae, float[] z) {
        float[] mean = vae.decode(z, 1);
        float[] means = new float[DRAWS * mean.length];
        for (int i = 0; i < DRAWS; i++) {
            System.arraycopy(mean, 0, means, i * mean.length, mean.length);
        }
        return means;
    }

    @Test
    void gaussianDrawsHaveTheDecodersMeanAndSpreadInTheDataUnits() {
        Dataset d = data(3, false);
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withLatentDim(2)
                .withLikelihood(Likelihood.GAUSSIAN_DIAGONAL);
        Vae vae = Vae.initialise(config, FeatureScaling.standardising(d, 200), null, "d", null, DataType.FLOAT);
        float[] means = repeatedMean(vae, new float[] {0.3f, -1.1f});
        double[] std = vae.observationStdDev();

        float[] x = vae.drawObservations(means, DRAWS, 11);

        for (int j = 0; j < 3; j++) {
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < DRAWS; i++) {
                double v = x[i * 3 + j] - means[j];
                sum += v;
                sumSquares += v * v;
            }
            double meanOffset = sum / DRAWS;
            double sampleStd = Math.sqrt(sumSquares / DRAWS - meanOffset * meanOffset);
            assertEquals(0, meanOffset, 5 * std[j] / Math.sqrt(DRAWS), "feature " + j + "'s mean");
            assertEquals(std[j], sampleStd, 5 * std[j] / Math.sqrt(2.0 * DRAWS), "feature " + j + "'s spread");
            assertTrue(std[j] > 1, "in the data's units (its spread is about 20), not standardised: " + std[j]);
        }
    }

    @Test
    void bernoulliDrawsAreOneWithTheMeansProbability() {
        Dataset d = data(4, true);
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withLatentDim(2)
                .withLikelihood(Likelihood.BERNOULLI);
        Vae vae = Vae.initialise(config, FeatureScaling.identity(4), null, "d", null, DataType.FLOAT);
        float[] means = repeatedMean(vae, new float[] {1f, 0.5f});

        float[] x = vae.drawObservations(means, DRAWS, 12);

        for (int j = 0; j < 4; j++) {
            double p = means[j];
            int ones = 0;
            for (int i = 0; i < DRAWS; i++) {
                float v = x[i * 4 + j];
                assertTrue(v == 0 || v == 1, "binary: " + v);
                ones += v == 1 ? 1 : 0;
            }
            assertEquals(p, ones / (double) DRAWS, 5 * Math.sqrt(p * (1 - p) / DRAWS), "pixel " + j);
        }
    }
}
