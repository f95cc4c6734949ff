package org.vaeexplorer.view;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Scatter points painted in Java into one pixel buffer, which the canvas then draws as a single image. Thousands
 * of shapes handed to the canvas one by one cost the renderer tens of milliseconds per redraw when JavaFX renders
 * in software (no usable GPU: many classroom machines, and Xvfb), which froze frames while training; painting the
 * same anti-aliased discs here takes about a millisecond on the FX thread and leaves the renderer one image.
 */
final class ScatterLayer {
    private static final PixelFormat<java.nio.IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();
    private final double diameter;
    private int[] pixels = new int[0];
    private int pixelWidth;
    private int pixelHeight;
    private double scale = 1;
    private WritableImage image;

    /** @param diameter the discs' diameter in the canvas's units */
    ScatterLayer(double diameter) {
        this.diameter = diameter;
    }

    /** Starts a new picture for a canvas of this size, transparent, at the screen's pixel density. */
    void begin(GraphicsContext g, double width, double height) {
        var scene = g.getCanvas().getScene();
        Window window = scene == null ? null : scene.getWindow();
        scale = window == null ? 1 : Math.max(1, window.getRenderScaleX());
        int w = Math.max(1, (int) Math.ceil(width * scale));
        int h = Math.max(1, (int) Math.ceil(height * scale));
        if (w != pixelWidth || h != pixelHeight) {
            pixelWidth = w;
            pixelHeight = h;
            pixels = new int[w * h];
            image = new WritableImage(w, h);
        } else {
            Arrays.fill(pixels, 0);
        }
    }

    /** Paints a disc centred on (x, y), in canvas units, of this colour, over what is there. */
    void dot(double x, double y, Color colour, double opacity) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double cx = x * scale;
        double cy = y * scale;
        double radius = diameter * scale / 2;
        int x0 = Math.max(0, (int) Math.floor(cx - radius - 1));
        int x1 = Math.min(pixelWidth - 1, (int) Math.ceil(cx + radius + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - radius - 1));
        int y1 = Math.min(pixelHeight - 1, (int) Math.ceil(cy + radius + 1));
        double alpha = colour.getOpacity() * opacity;
        double red = colour.getRed();
        double green = colour.getGreen();
        double blue = colour.getBlue();
        double inner = Math.max(0, radius - 0.5) * Math.max(0, radius - 0.5);
        double outer = (radius + 0.5) * (radius + 0.5);
        for (int py = y0; py <= y1; py++) {
            for (int px = x0; px <= x1; px++) {
                double dx = px + 0.5 - cx;
                double dy = py + 0.5 - cy;
                double squared = dx * dx + dy * dy;
                if (squared >= outer) {
                    continue;
                }
                // Coverage falls linearly over a one-pixel rim: smooth edges, as a filled oval has.
                double coverage = squared <= inner ? 1 : radius + 0.5 - Math.sqrt(squared);
                double a = alpha * coverage;
                blend(py * pixelWidth + px, a, red * a, green * a, blue * a);
            }
        }
    }

    /** Source-over blending of a premultiplied colour onto a premultiplied pixel. */
    private void blend(int index, double a, double r, double g, double b) {
        int dst = pixels[index];
        double keep = 1 - a;
        int outA = (int) (a * 255 + (dst >>> 24) * keep + 0.5);
        int outR = (int) (r * 255 + ((dst >> 16) & 0xff) * keep + 0.5);
        int outG = (int) (g * 255 + ((dst >> 8) & 0xff) * keep + 0.5);
        int outB = (int) (b * 255 + (dst & 0xff) * keep + 0.5);
        pixels[index] = outA << 24 | outR << 16 | outG << 8 | outB;
    }

    /** Draws the picture onto the canvas, covering (0, 0)–(width, height). */
    void drawTo(GraphicsContext g, double width, double height) {
        image.getPixelWriter().setPixels(0, 0, pixelWidth, pixelHeight, FORMAT, pixels, 0, pixelWidth);
        g.drawImage(image, 0, 0, pixelWidth / scale, pixelHeight / scale);
    }
}
