package org.vaeexplorer.view;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.vaeexplorer.model.data.ImageShape;

/**
 * Turns rows of intensities in [0, 1] into pictures. Grey rows are drawn as the digits are, dark strokes on white
 * (value 1 is ink); colour rows (pixel-interleaved red, green, blue) as the colours they are, since an inverted
 * photograph would be unrecognisable.
 */
final class Images {
    private Images() {
    }

    static WritableImage single(float[] values, int offset, ImageShape shape) {
        return into(null, values, offset, shape);
    }

    /**
     * The picture written into {@code reused} when it has the right size (the renderer then updates one texture
     * instead of making a new one for every probe move), otherwise into a new image.
     */
    static WritableImage into(WritableImage reused, float[] values, int offset, ImageShape shape) {
        WritableImage image = reused != null && (int) reused.getWidth() == shape.width()
                && (int) reused.getHeight() == shape.height() ? reused : new WritableImage(shape.width(), shape.height());
        write(image.getPixelWriter(), values, offset, shape, 0, 0);
        return image;
    }

    /** An {@code n × n} sheet of images, row 0 of the grid at the bottom (latent y rises upwards). */
    static WritableImage mosaic(float[] values, int n, ImageShape shape) {
        return tiles(values, n * n, n, shape, true);
    }

    /** {@code count} images in rows of {@code columns}, read left to right and top to bottom. */
    static WritableImage sheet(float[] values, int count, int columns, ImageShape shape) {
        return tiles(values, count, columns, shape, false);
    }

    private static WritableImage tiles(float[] values, int count, int columns, ImageShape shape,
            boolean firstRowAtBottom) {
        int rows = (count + columns - 1) / columns;
        WritableImage image = new WritableImage(columns * shape.width(), rows * shape.height());
        PixelWriter writer = image.getPixelWriter();
        for (int k = 0; k < count; k++) {
            int row = firstRowAtBottom ? rows - 1 - k / columns : k / columns;
            write(writer, values, k * shape.values(), shape, (k % columns) * shape.width(), row * shape.height());
        }
        return image;
    }

    /** One image's pixels in one call: a call per pixel costs the FX thread milliseconds for a large picture. */
    private static void write(PixelWriter writer, float[] values, int offset, ImageShape shape, int x0, int y0) {
        int[] argb = new int[shape.pixels()];
        if (shape.colour()) {
            for (int i = 0; i < argb.length; i++) {
                int at = offset + 3 * i;
                argb[i] = 0xff000000 | level(values[at]) << 16 | level(values[at + 1]) << 8 | level(values[at + 2]);
            }
        } else {
            for (int i = 0; i < argb.length; i++) {
                float v = Math.max(0, Math.min(1, values[offset + i]));
                int grey = Math.round(255 * (1 - v));
                argb[i] = 0xff000000 | grey << 16 | grey << 8 | grey;
            }
        }
        writer.setPixels(x0, y0, shape.width(), shape.height(), PixelFormat.getIntArgbInstance(), argb, 0,
                shape.width());
    }

    /** An intensity clipped to [0, 1] as a byte level 0..255. */
    private static int level(float value) {
        return Math.round(255 * Math.max(0, Math.min(1, value)));
    }
}
