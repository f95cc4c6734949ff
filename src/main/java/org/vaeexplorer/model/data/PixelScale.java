package org.vaeexplorer.model.data;

import org.vaeexplorer.text.Texts;

/**
 * Pixel values brought into [0, 1] by the range they were written in: up to 1 as they are, up to 16 (the 8×8
 * digits) divided by 16, up to 255 (bytes) by 255, anything larger by its maximum.
 */
final class PixelScale {
    private PixelScale() {
    }

    /** Divides the values in place; returns the divisor. */
    static float scale(float[] values, String file) throws DataFormatException {
        float min = Float.POSITIVE_INFINITY;
        float max = 0;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (min < 0) {
            throw new DataFormatException(file, null, Texts.get("import.problem.negativePixels", String.valueOf(min)));
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
