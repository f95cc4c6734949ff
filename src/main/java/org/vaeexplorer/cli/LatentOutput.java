package org.vaeexplorer.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.files.AtomicFiles;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.text.Texts;

/**
 * What {@code interpolate} and {@code traverse} share: a latent point read from an option, and decoded points
 * written as CSV (each latent point and its decoding) or, for image models, as a PNG grid of the decodings.
 */
final class LatentOutput {
    /** Space between two images of a grid, in pixels. */
    private static final int GAP = 2;

    private LatentOutput() {
    }

    /** A latent point given as numbers separated by commas or spaces, as many as the model's latent dimension. */
    static float[] point(Args args, String option, int latentDim) throws UsageException {
        String text = args.required(option);
        String[] parts = text.strip().split("[,\\s]+");
        if (parts.length != latentDim) {
            throw new UsageException(Texts.get("hard.latent.count", option, text, Integer.toString(parts.length),
                    Integer.toString(latentDim)));
        }
        float[] z = new float[latentDim];
        for (int k = 0; k < latentDim; k++) {
            float v;
            try {
                v = Float.parseFloat(parts[k]);
            } catch (NumberFormatException e) {
                v = Float.NaN;
            }
            if (!Float.isFinite(v)) {
                throw new UsageException(Texts.get("hard.latent.number", option, parts[k]));
            }
            z[k] = v;
        }
        return z;
    }

    /**
     * Decodes {@code z} ({@code rows × latentDim}) and writes the points with their decodings as CSV, to
     * {@code target} or standard output; or, when {@code target} ends in {@code .png}, the decodings as a grid of
     * images {@code perRow} to a row.
     *
     * @param label each row's text in a last column, or {@code null} for none
     */
    static void write(Path target, PrintStream out, Vae model, float[] z, int rows, int perRow,
            CsvOutput.TextColumn label, String labelHeader) throws IOException, UsageException {
        if (target != null && target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            ImageShape shape = model.imageShape();
            if (shape == null) {
                throw new UsageException(Texts.get("hard.latent.notImages", target.toString()));
            }
            float[] decoded = model.decode(z, rows);
            checkFinite(decoded);
            BufferedImage grid = grid(decoded, rows, perRow, shape);
            AtomicFiles.write(target, stream -> {
                if (!ImageIO.write(grid, "png", stream)) {
                    throw new IOException(Texts.get("image.noPngWriter"));
                }
            });
            return;
        }
        int l = model.latentDim();
        List<String> header = new ArrayList<>();
        for (int k = 1; k <= l; k++) {
            header.add("z" + k);
        }
        header.addAll(DecodeCommand.featureHeader(model));
        int cols = header.size();
        CsvOutput.write(target, out, header, (from, to) -> {
            float[] decoded = model.decode(java.util.Arrays.copyOfRange(z, from * l, to * l), to - from);
            float[] table = new float[(to - from) * cols];
            for (int r = 0; r < to - from; r++) {
                System.arraycopy(z, (from + r) * l, table, r * cols, l);
                System.arraycopy(decoded, r * model.inputDim(), table, r * cols + l, model.inputDim());
            }
            return table;
        }, rows, label, labelHeader);
    }

    private static void checkFinite(float[] decoded) throws CsvOutput.NonFiniteException {
        for (float v : decoded) {
            if (!Float.isFinite(v)) {
                throw new CsvOutput.NonFiniteException(Texts.get("hard.latent.nonFinite"));
            }
        }
    }

    /**
     * The decodings as images, {@code perRow} to a row, on a white ground; values clipped to [0, 1]. Grey decodings
     * are written as grey levels, colour ones (pixel-interleaved red, green, blue) as colours.
     */
    static BufferedImage grid(float[] decoded, int rows, int perRow, ImageShape shape) {
        int w = shape.width();
        int h = shape.height();
        int channels = shape.channels();
        int lines = (rows + perRow - 1) / perRow;
        BufferedImage image = new BufferedImage(perRow * (w + GAP) - GAP, lines * (h + GAP) - GAP,
                shape.colour() ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.WritableRaster raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                for (int c = 0; c < channels; c++) {
                    raster.setSample(x, y, c, 255);
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            int left = (r % perRow) * (w + GAP);
            int top = (r / perRow) * (h + GAP);
            for (int p = 0; p < w * h; p++) {
                for (int c = 0; c < channels; c++) {
                    double v = Math.max(0, Math.min(1, decoded[(r * w * h + p) * channels + c]));
                    raster.setSample(left + p % w, top + p / w, c, (int) Math.round(255 * v));
                }
            }
        }
        return image;
    }
}
