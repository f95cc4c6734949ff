package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/** Active units and KL per dimension, from hand-made posteriors and from an encoder whose heads are set by hand. */
class LatentUsageTest {

    @Test
    void activeUnitsCountDimensionsWhosePosteriorMeanVariesOverTheData() {
        // Four rows in three dimensions: population variances 0.01625, 0.005 and 1.
        float[] mean = {
            0.1f, 0.1f, 1f,
            -0.1f, 0.0f, -1f,
            0.15f, -0.1f, 1f,
            -0.15f, 0.0f, -1f};
        assertEquals(2, LatentUsage.activeUnits(mean, 4, 3));
        assertEquals(0, LatentUsage.activeUnits(new float[0], 0, 3), "no rows, no active unit");
    }

    @Test
    void klPerDimensionIsTheClosedFormAveragedOverRows() {
        // Row 1: μ = (0, 1), σ = (1, 1): KL (0, ½). Row 2: μ = (0, 0), σ = (e⁻¹, 1): KL (½(e⁻² − 1 + 2), 0).
        Encoding e = new Encoding(2, 2, new float[] {0, 1, 0, 0}, new float[] {1, 1, (float) Math.exp(-1), 1});
        double[] kl = LatentUsage.klPerDimension(e);
        assertArrayEquals(new double[] {0.25 * (1 + Math.exp(-2)), 0.25}, kl, 1e-6);
    }

    @Test
    void anEncoderWhoseMeanHeadIgnoresTheInputHasThatDimensionInactive() {
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withLatentDim(3)
                .withLikelihood(Likelihood.GAUSSIAN_DIAGONAL);
        Vae vae = Vae.initialise(config, FeatureScaling.identity(2), null, "hand-made", null, DataType.FLOAT);
        ParameterLayout.Block head = ParameterLayout.of(config, 2).meanHead();
        // μ₁ strongly follows the hidden layer; μ₂ is a constant 0.7; μ₃ moves by at most a thousandth.
        for (int i = 0; i < head.fanIn(); i++) {
            long row = head.offset() + (long) i * head.fanOut();
            vae.parameters().putScalar(row, 5.0);
            vae.parameters().putScalar(row + 1, 0.0);
            vae.parameters().putScalar(row + 2, 1e-4);
        }
        vae.parameters().putScalar(head.biasOffset() + 1, 0.7);
        SplittableRandom random = new SplittableRandom(1);
        int rows = 500;
        float[] x = new float[rows * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (2 * random.nextGaussian());
        }
        Encoding encoding = vae.encode(x, rows);
        for (int i = 0; i < rows; i++) {
            assertEquals(0.7f, encoding.mean()[i * 3 + 1], 1e-6f);
        }
        assertEquals(1, LatentUsage.activeUnits(encoding));
    }
}
