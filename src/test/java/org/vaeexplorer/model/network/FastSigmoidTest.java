package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The vectorised logistic function agrees with 1 / (1 + e^{−l}) in double precision to a float's rounding near 1. */
class FastSigmoidTest {
    @Test
    void agreesWithTheExactLogisticToTwoTenMillionthsEverywhere() {
        int n = 400_001;
        float[] values = new float[n + 4];
        for (int i = 0; i < n; i++) {
            values[i] = -40f + 80f * i / (n - 1);
        }
        values[n] = Float.NEGATIVE_INFINITY;
        values[n + 1] = Float.POSITIVE_INFINITY;
        values[n + 2] = -Float.MAX_VALUE;
        values[n + 3] = Float.MAX_VALUE;
        float[] sigma = values.clone();
        FastSigmoid.inPlace(sigma, 0, sigma.length);
        for (int i = 0; i < values.length; i++) {
            double exact = 1 / (1 + Math.exp(-(double) values[i]));
            assertEquals(exact, sigma[i], 2e-7, "σ(" + values[i] + ")");
            assertTrue(sigma[i] >= 0 && sigma[i] <= 1, "σ(" + values[i] + ") = " + sigma[i] + " outside [0, 1]");
        }
        assertEquals(0.5f, sigma[n / 2], 0f, "σ(0) is exactly one half");
    }

    @Test
    void changesOnlyTheRangeItIsGiven() {
        float[] values = {3f, 0f, 0f, 3f};
        FastSigmoid.inPlace(values, 1, 2);
        assertEquals(3f, values[0], 0f);
        assertEquals(0.5f, values[1], 0f);
        assertEquals(0.5f, values[2], 0f);
        assertEquals(3f, values[3], 0f);
    }
}
