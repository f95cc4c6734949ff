package org.vaeexplorer.view;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Scatter points painted in Java into one pixel buffer shown as an image node. Thousands of shapes handed to a
 * canvas one by one cost the renderer tens of milliseconds per redraw when JavaFX renders in software (no usable
 * GPU: many classroom machines, and Xvfb), which froze frames while training; painting the same anti-aliased discs
 * here takes about a millisecond on the FX thread. The image shares its memory with the buffer painted into, in the
 * renderer's own pixel format, so a new picture costs no conversion and no canvas in between. Two buffers take
 * turns: the renderer may still be reading the one on screen while the next picture is painted into the other.
 */
final class ScatterLayer {
    private final double diameter;
    private final ImageView view = new ImageView();
    private final int[][] pixelPair = new int[2][];
    private final PixelBuffer<?>[] bufferPair = new PixelBuffer<?>[2];
    private final WritableImage[] imagePair = new WritableImage[2];
    /** Which of the pair is being painted: the other is on screen. */
    private int painting;
    private int[] pixels = new int[0];
    private int pixelWidth;
    private int pixelHeight;
    private double scale = 1;

    /** @param diameter the discs' diameter in the pane's units */
    ScatterLayer(double diameter) {
        this.diameter = diameter;
        view.setMouseTransparent(true);
        view.setManaged(false);
    }

    /** The node that shows the picture; its owner places it in its stack of layers. */
    ImageView view() {
        return view;
    }

    /**
     * Starts a new picture for a pane of this size, transparent.
     *
     * @param renderScale the screen's pixels per unit (above 1 on HiDPI screens), so that dots stay sharp
     */
    void begin(double width, double height, double renderScale) {
        scale = Math.max(1, renderScale);
        int w = Math.max(1, (int) Math.ceil(width * scale));
        int h = Math.max(1, (int) Math.ceil(height * scale));
        if (w != pixelWidth || h != pixelHeight) {
            pixelWidth = w;
            pixelHeight = h;
            for (int i = 0; i < 2; i++) {
                pixelPair[i] = new int[w * h];
                var buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixelPair[i]), PixelFormat.getIntArgbPreInstance());
                bufferPair[i] = buffer;
                imagePair[i] = new WritableImage(buffer);
            }
        }
        painting = 1 - painting;
        pixels = pixelPair[painting];
        Arrays.fill(pixels, 0);
        view.setFitWidth(pixelWidth / scale);
        view.setFitHeight(pixelHeight / scale);
        view.setVisible(true);
    }

    /** Shows no points until the next {@link #begin}. */
    void hide() {
        view.setVisible(false);
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

    /** Hands the finished picture to the renderer. */
    void show() {
        bufferPair[painting].updateBuffer(b -> null);
        view.setImage(imagePair[painting]);
    }
}
