package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * Decoding into a caller's array gives what a fresh result gives, leaves the rest of the array alone, keeps no stale
 * rows when the number of rows changes between calls, and allocates nothing once warm.
 */
class DecodeIntoTest {
    private static final int LATENT = 2;

    private static Vae model(Likelihood likelihood, int inputDim, FeatureScaling scaling) {
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(32)).withLatentDim(LATENT)
                .withLikelihood(likelihood);
        return Vae.initialise(config, scaling, null, "decode", null, DataType.FLOAT);
    }

    private static float[] latentPoints(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[rows * LATENT];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (2 * random.nextGaussian());
        }
        return z;
    }

    @Test
    void decodingIntoAnArrayAtAnOffsetEqualsAFreshResultAndTouchesNothingElse() {
        int d = 5;
        Vae vae = model(Likelihood.GAUSSIAN_DIAGONAL, d, new FeatureScaling(new double[] {1, -2, 0, 3, 10},
                new double[] {2, 0.5, 1, 4, 0.1}));
        float[] z = latentPoints(7, 1);
        float[] fresh = vae.decode(Arrays.copyOfRange(z, 2 * LATENT, 6 * LATENT), 4);

        float[] out = new float[3 * d + 4 * d + 2];
        Arrays.fill(out, -99f);
        vae.decodeInto(z, 2 * LATENT, 4, out, 3 * d);

        assertArrayEquals(fresh, Arrays.copyOfRange(out, 3 * d, 7 * d), 0f, "the same rows, the same scaling");
        for (int i = 0; i < out.length; i++) {
            if (i < 3 * d || i >= 7 * d) {
                assertEquals(-99f, out[i], 0f, "value " + i + " outside the rows asked for");
            }
        }
    }

    @Test
    void reusedBuffersKeepNoStaleRowsAcrossBatchSizes() {
        int d = 784;
        Vae vae = model(Likelihood.BERNOULLI, d, FeatureScaling.identity(d));
        float[] oneAtATime = new float[900 * d];
        float[] z = latentPoints(900, 2);
        for (int i = 0; i < 900; i++) {
            vae.decodeInto(z, i * LATENT, 1, oneAtATime, i * d);
        }
        // A grid's 400 rows, then fewer, then more than one chunk holds (401 rows at 784 values), then one again.
        for (int rows : new int[] {400, 3, 900, 1, 17}) {
            float[] big = vae.decode(latentPoints(rows, 100 + rows), rows);
            assertEquals(rows * d, big.length);
            float[] out = new float[rows * d];
            vae.decodeInto(z, 0, rows, out, 0);
            // Products of different heights may round differently in the last bit.
            assertArrayEquals(Arrays.copyOf(oneAtATime, rows * d), out, 1e-6f, rows + " rows after other rows");
        }
    }

    @Test
    void decodingIntoAReusedArrayAllocatesNothingOnceWarm() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int d = 784;
        Vae vae = model(Likelihood.BERNOULLI, d, FeatureScaling.identity(d));
        float[] z = latentPoints(400, 3);
        float[] out = new float[400 * d];
        for (int i = 0; i < 200; i++) {
            vae.decodeInto(z, i % 400 * LATENT, 1, out, 0);
            vae.decodeInto(z, 0, 400, out, 0);
        }
        long before = bean.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 500; i++) {
            vae.decodeInto(z, i % 400 * LATENT, 1, out, 0);
        }
        for (int i = 0; i < 20; i++) {
            vae.decodeInto(z, 0, 400, out, 0);
        }
        long bytes = bean.getCurrentThreadAllocatedBytes() - before;
        // A fresh result would be 500 × 3,152 + 20 × 1,254,416 bytes; allow a few stray objects of the JVM's own.
        assertTrue(bytes < 4096, bytes + " bytes allocated by 520 decodes into a reused array");
    }

    @Test
    void rowsThatDoNotFitAreRefused() {
        Vae vae = model(Likelihood.BERNOULLI, 3, FeatureScaling.identity(3));
        float[] z = new float[2 * LATENT];
        assertThrows(IllegalArgumentException.class, () -> vae.decodeInto(z, 0, 2, new float[5], 0));
        assertThrows(IllegalArgumentException.class, () -> vae.decodeInto(z, 1, 2, new float[6], 0));
        assertThrows(IllegalArgumentException.class, () -> vae.decodeInto(z, 0, -1, new float[6], 0));
    }
}
