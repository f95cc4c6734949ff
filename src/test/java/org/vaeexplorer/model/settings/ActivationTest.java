package org.vaeexplorer.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The float loops over arrays (written for the JIT to vectorise) agree exactly with each activation's definition in
 * double, rounded to float, at the awkward values too: zeros of both signs, the smallest subnormal, infinities.
 */
class ActivationTest {
    private static final float[] VALUES = {-Float.MAX_VALUE, -3.5f, -1e-30f, -Float.MIN_VALUE, -0f, 0f,
        Float.MIN_VALUE, Float.MIN_NORMAL, 1e-30f, 0.25f, 1f, 7.5f, 1e30f, Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY};

    @Test
    void applyInPlaceIsTheDefinitionRoundedToFloat() {
        for (Activation a : Activation.values()) {
            float[] values = VALUES.clone();
            a.applyInPlace(values, values.length);
            for (int i = 0; i < VALUES.length; i++) {
                assertEquals((float) a.apply(VALUES[i]), values[i], a + " of " + VALUES[i]);
            }
        }
    }

    @Test
    void scaleBySlopeIsTheGradientTimesTheSlopeAtTheOutput() {
        float[] gradients = {-2f, 0.5f, 3e-20f, -1e20f};
        for (Activation a : Activation.values()) {
            float[] outputs = VALUES.clone();
            a.applyInPlace(outputs, outputs.length);
            for (float g : gradients) {
                float[] gradient = new float[outputs.length];
                Arrays.fill(gradient, g);
                a.scaleBySlope(gradient, outputs, outputs.length);
                for (int i = 0; i < outputs.length; i++) {
                    float expected = (float) (g * a.slope(outputs[i]));
                    assertEquals(expected, gradient[i], a + ": " + g + " at output " + outputs[i]);
                }
            }
        }
    }

    @Test
    void reluHasSlopeOneForEveryPositiveOutputAndZeroAtZero() {
        float[] gradient = {2f, 2f, 2f, 2f};
        Activation.RELU.scaleBySlope(gradient, new float[] {Float.MIN_VALUE, Float.MIN_NORMAL, 0f, 1e38f}, 4);
        assertEquals(2f, gradient[0]);
        assertEquals(2f, gradient[1]);
        assertEquals(0f, gradient[2]);
        assertEquals(2f, gradient[3]);
    }
}
