package org.vaeexplorer.view;

import java.util.Arrays;

/**
 * Paints anti-aliased discs into a premultiplied ARGB pixel array. Plain Java with no JavaFX, so that it can run
 * off the FX thread.
 */
final class DiscRaster {
    private final int[] pixels;
    private final int width;
    private final int height;

    /** Clears {@code pixels} ({@code width × height}, row-major) to transparent. */
    DiscRaster(int[] pixels, int width, int height) {
        this.pixels = pixels;
        this.width = width;
        this.height = height;
        Arrays.fill(pixels, 0, width * height, 0);
    }

    /**
     * A disc centred on (cx, cy) in pixels, of this radius in pixels and this non-premultiplied colour (components
     * in [0, 1]), over what is there.
     */
    void disc(double cx, double cy, double radius, double red, double green, double blue, double alpha) {
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
            return;
        }
        int x0 = Math.max(0, (int) Math.floor(cx - radius - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + radius + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - radius - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + radius + 1));
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
                blend(py * width + px, a, red * a, green * a, blue * a);
            }
        }
    }

    /**
     * A marker's coverage of each pixel around its centre, sampled 4 × 4 per pixel: made once per shape and picture
     * and then copied for each point, which costs no more than a disc.
     *
     * @param radius the marker's radius in pixels
     */
    record Stamp(int half, float[] coverage) {
        static Stamp of(MarkerShape shape, double radius) {
            int half = (int) Math.ceil(radius * 1.1) + 1;
            int size = 2 * half + 1;
            float[] coverage = new float[size * size];
            for (int py = 0; py < size; py++) {
                for (int px = 0; px < size; px++) {
                    int inside = 0;
                    for (int sy = 0; sy < 4; sy++) {
                        for (int sx = 0; sx < 4; sx++) {
                            double x = (px - half + (sx + 0.5) / 4 - 0.5) / radius;
                            double y = (py - half + (sy + 0.5) / 4 - 0.5) / radius;
                            inside += shape.contains(x, y) ? 1 : 0;
                        }
                    }
                    coverage[py * size + px] = inside / 16f;
                }
            }
            return new Stamp(half, coverage);
        }
    }

    /** A marker centred on the pixel nearest (cx, cy), in this non-premultiplied colour, over what is there. */
    void stamp(double cx, double cy, Stamp stamp, double red, double green, double blue, double alpha) {
        if (!Double.isFinite(cx) || !Double.isFinite(cy)) {
            return;
        }
        int size = 2 * stamp.half() + 1;
        int left = (int) Math.floor(cx) - stamp.half();
        int top = (int) Math.floor(cy) - stamp.half();
        for (int sy = Math.max(0, -top); sy < size && top + sy < height; sy++) {
            for (int sx = Math.max(0, -left); sx < size && left + sx < width; sx++) {
                float coverage = stamp.coverage()[sy * size + sx];
                if (coverage > 0) {
                    double a = alpha * coverage;
                    blend((top + sy) * width + left + sx, a, red * a, green * a, blue * a);
                }
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
}
