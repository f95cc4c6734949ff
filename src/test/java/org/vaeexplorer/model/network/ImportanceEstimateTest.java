package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/** The k-sample ELBO and the IWAE bound from the same draws: ordered row by row, equal for one draw. */
class ImportanceEstimateTest {

    private static Vae model() {
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withLatentDim(2)
                .withLikelihood(Likelihood.GAUSSIAN_DIAGONAL);
        return Vae.initialise(config, FeatureScaling.identity(3), null, "x", null, DataType.FLOAT);
    }

    private static float[] data(int rows) {
        SplittableRandom random = new SplittableRandom(5);
        float[] x = new float[rows * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }

    @Test
    void theIwaeBoundIsAtLeastTheElboOfTheSameDrawsOnEveryRow() {
        Vae vae = model();
        float[] x = data(40);
        List<Double> progress = new ArrayList<>();
        ImportanceEstimate k = vae.importanceWeights(x, 40, 30, 7, progress::add);
        for (int i = 0; i < 40; i++) {
            assertTrue(k.logLikelihood()[i] >= k.elbo()[i] - 1e-9, "row " + i);
        }
        assertTrue(k.meanLogLikelihood() > k.meanElbo(), "strictly, unless q were the posterior");
        assertEquals(30, progress.size(), "told after each draw over the one chunk");
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-12);
        assertArrayEquals(k.logLikelihood(), vae.importanceWeightedLogLikelihood(x, 40, 30, 7), 0);
    }

    @Test
    void withOneDrawBothAreTheSameOneSampleElbo() {
        Vae vae = model();
        ImportanceEstimate one = vae.importanceWeights(data(10), 10, 1, 3, f -> { });
        assertArrayEquals(one.elbo(), one.logLikelihood(), 1e-9);
    }
}
