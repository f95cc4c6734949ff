package org.vaeexplorer.view;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import org.vaeexplorer.model.data.ImageShape;

/** Turns rows of grey intensities in [0, 1] into pictures: dark strokes on white, as the digits are drawn. */
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
            write(writer, values, k * shape.pixels(), shape, (k % columns) * shape.width(), row * shape.height());
        }
        return image;
    }

    /** One image's pixels in one call: a call per pixel costs the FX thread milliseconds for a large picture. */
    private static void write(PixelWriter writer, float[] values, int offset, ImageShape shape, int x0, int y0) {
        int[] argb = new int[shape.pixels()];
        for (int i = 0; i < argb.length; i++) {
            float v = Math.max(0, Math.min(1, values[offset + i]));
            int grey = Math.round(255 * (1 - v));
            argb[i] = 0xff000000 | grey << 16 | grey << 8 | grey;
        }
        writer.setPixels(x0, y0, shape.width(), shape.height(), PixelFormat.getIntArgbInstance(), argb, 0,
                shape.width());
    }
}
