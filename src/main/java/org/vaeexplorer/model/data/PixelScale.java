package org.vaeexplorer.model.data;

/**
 * Pixel values brought into [0, 1] by the range they were written in: up to 1 as they are, up to 16 (the 8×8
 * digits) divided by 16, up to 255 (bytes) by 255, anything larger by its maximum.
 */
final class PixelScale {
    private PixelScale() {
    }

    /** Divides the values (0 or more, checked as they were read) in place; returns the divisor. */
    static float scale(float[] values) {
        float max = 0;
        for (float v : values) {
            max = v > max ? v : max;
        }
        float divisor = divisor(max);
        if (divisor != 1) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= divisor;
            }
        }
        return divisor;
    }

    static float divisor(float max) {
        if (max <= 1) {
            return 1;
        }
        if (max <= 16) {
            return 16;
        }
        return max <= 255 ? 255 : max;
    }
}
