package org.vaeexplorer.model.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;

/**
 * Shrinks (or enlarges) one decoded picture to {@code width × height} by area averaging: each target pixel is the
 * mean of the source over the rectangle it covers, partly covered source pixels weighted by the part covered. The
 * picture is read one source row at a time, so a large photograph costs one row of working memory, not a copy.
 * <p>
 * Intensities are the stored 8- or 16-bit levels over their maximum, as they are coded (sRGB, no gamma undone: what
 * MNIST's bytes / 255 are too). Transparent pixels are laid over black (value 0: nothing there). Grey output from a
 * colour picture is the luma 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601, what image libraries call "L").
 */
final class AreaResampler {
    private static final double[] LUMA = {0.299, 0.587, 0.114};

    private final int width;
    private final int height;
    private final int channels;

    AreaResampler(ImageShape target) {
        this.width = target.width();
        this.height = target.height();
        this.channels = target.channels();
    }

    /** The picture as {@code width × height × channels} intensities in [0, 1], pixel-interleaved, into {@code out}. */
    void resample(BufferedImage image, float[] out, int at) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        double[] target = new double[width * height * channels];
        double[] sourceRow = new double[sw * channels];
        double[] narrowed = new double[width * channels];
        Weights across = new Weights(sw, width);
        Weights down = new Weights(sh, height);
        RowReader reader = new RowReader(image, channels);
        for (int y = 0; y < sh; y++) {
            reader.read(y, sourceRow);
            across.apply(sourceRow, narrowed, channels);
            for (int k = down.first(y); k <= down.last(y); k++) {
                double w = down.weight(y, k);
                int base = k * width * channels;
                for (int i = 0; i < narrowed.length; i++) {
                    target[base + i] += w * narrowed[i];
                }
            }
        }
        for (int i = 0; i < target.length; i++) {
            out[at + i] = (float) Math.max(0, Math.min(1, target[i]));
        }
    }

    /**
     * How source pixels along one axis share out over target pixels. In units of 1/(source × target) of the axis,
     * source pixel s covers [s·target, (s+1)·target) and target pixel t covers [t·source, (t+1)·source); the weight
     * of s in t is their overlap over the length of t, found in whole numbers so that it is exact.
     */
    private record Weights(long source, long target) {
        int first(int s) {
            return (int) (s * target / source);
        }

        int last(int s) {
            return (int) (((s + 1) * target - 1) / source);
        }

        double weight(int s, int t) {
            long overlap = Math.min((s + 1) * target, (t + 1) * source) - Math.max(s * target, t * source);
            return (double) overlap / source;
        }

        /** One row of {@code channels}-interleaved values resampled along this axis. */
        void apply(double[] in, double[] out, int channels) {
            java.util.Arrays.fill(out, 0);
            for (int s = 0; s < source; s++) {
                for (int t = first(s); t <= last(s); t++) {
                    double w = weight(s, t);
                    for (int c = 0; c < channels; c++) {
                        out[t * channels + c] += w * in[s * channels + c];
                    }
                }
            }
        }
    }

    /** Reads one source row as intensities in the wanted channels, whatever the picture's colour model. */
    private static final class RowReader {
        private final BufferedImage image;
        private final int channels;
        private final Raster raster;
        /** Grey pictures are read from their samples: {@code getRGB} would pass them through a linear grey space. */
        private final boolean grey;
        private final double greyMax;
        private final double alphaMax;
        private final int[] argb;

        RowReader(BufferedImage image, int channels) {
            this.image = image;
            this.channels = channels;
            this.raster = image.getRaster();
            ColorModel model = image.getColorModel();
            this.grey = model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
                    && raster.getNumBands() == (model.hasAlpha() ? 2 : 1);
            this.greyMax = (1 << model.getComponentSize(0)) - 1;
            this.alphaMax = grey && model.hasAlpha() ? (1 << model.getComponentSize(1)) - 1 : 1;
            this.argb = new int[image.getWidth()];
        }

        void read(int y, double[] row) {
            int w = image.getWidth();
            if (grey) {
                boolean alpha = raster.getNumBands() == 2;
                for (int x = 0; x < w; x++) {
                    double v = raster.getSample(x, y, 0) / greyMax;
                    if (alpha) {
                        v *= raster.getSample(x, y, 1) / alphaMax;
                    }
                    for (int c = 0; c < channels; c++) {
                        row[x * channels + c] = v;
                    }
                }
                return;
            }
            image.getRGB(0, y, w, 1, argb, 0, w);
            for (int x = 0; x < w; x++) {
                int p = argb[x];
                double a = (p >>> 24) / 255.0;
                double r = ((p >> 16) & 0xff) / 255.0 * a;
                double g = ((p >> 8) & 0xff) / 255.0 * a;
                double b = (p & 0xff) / 255.0 * a;
                if (channels == 1) {
                    row[x] = LUMA[0] * r + LUMA[1] * g + LUMA[2] * b;
                } else {
                    row[3 * x] = r;
                    row[3 * x + 1] = g;
                    row[3 * x + 2] = b;
                }
            }
        }
    }
}
