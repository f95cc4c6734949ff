package org.vaeexplorer.view;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ComparisonViewModel.RunState;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.ExplorationViewModel.LatentArea;

/**
 * Paints the comparison's pictures on canvases: a run's latent map on the shared area, its decoding of the probe
 * over the data, and every run's losses in one chart. Plain drawing, no state: the comparison view decides when.
 */
final class ComparisonPainter {
    /** One colour per run, apart from the class colours' hues and from the probe's red. */
    static final Color[] RUN_COLOURS = {Color.web("#1f3b73"), Color.web("#c2185b"), Color.web("#2e7d32")};
    private static final Color PROBE = Color.web("#d50000");
    private static final Color GRID = Color.web("#b0b0b0");
    private static final Color TEXT = Color.web("#202020");
    private static final Font FONT = CjkFont.canvas(14);
    private static final double MARGIN = 8;
    private static final double LOSS_LEFT = 64;
    private static final double LOSS_RIGHT = 12;

    private ComparisonPainter() {
    }

    /** Maps a latent area onto a canvas with one scale for both axes, so that every map reads alike. */
    record Frame(double scale, double centreX, double centreY, double width, double height) {
        static Frame of(LatentArea a, double width, double height) {
            double spanX = (a.xMax() - a.xMin()) * 1.08;
            double spanY = (a.yMax() - a.yMin()) * 1.08;
            double scale = Math.min((width - 2 * MARGIN) / spanX, (height - 2 * MARGIN) / spanY);
            return new Frame(scale, (a.xMin() + a.xMax()) / 2, (a.yMin() + a.yMax()) / 2, width, height);
        }

        double x(double latentX) {
            return width / 2 + (latentX - centreX) * scale;
        }

        double y(double latentY) {
            return height / 2 - (latentY - centreY) * scale;
        }

        double latentX(double px) {
            return centreX + (px - width / 2) / scale;
        }

        double latentY(double py) {
            return centreY - (py - height / 2) / scale;
        }
    }

    /** A run's codes of the map's rows, the prior's circles for a VAE, and the shared probe. */
    static void paintMap(GraphicsContext g, Frame f, RunState run, Dataset data, double probeX, double probeY) {
        clear(g, f.width(), f.height());
        if (run.run().config().isVariational()) {
            g.setStroke(GRID);
            g.setLineWidth(1);
            for (int k = 1; k <= 3; k++) {
                double r = k * f.scale();
                g.strokeOval(f.x(0) - r, f.y(0) - r, 2 * r, 2 * r);
            }
        }
        int l = run.latent().latentDim();
        int[] rows = run.latent().rows();
        float[] mean = run.latent().mean();
        int classes = data.hasLabels() ? data.classNames().size() : 1;
        for (int i = 0; i < rows.length; i++) {
            g.setFill(data.hasLabels() ? Palette.classColor(data.label(rows[i]), classes) : RUN_COLOURS[0]);
            double y = l > 1 ? mean[i * l + 1] : 0;
            g.fillRect(f.x(mean[i * l]) - 1.5, f.y(y) - 1.5, 3, 3);
        }
        double px = f.x(probeX);
        double py = f.y(probeY);
        g.setStroke(PROBE);
        g.setLineWidth(2.5);
        g.strokeOval(px - 7, py - 7, 14, 14);
        g.strokeLine(px - 12, py, px - 7, py);
        g.strokeLine(px + 7, py, px + 12, py);
        g.strokeLine(px, py - 12, px, py - 7);
        g.strokeLine(px, py + 7, px, py + 12);
        String loss = run.history().isEmpty() ? ""
                : String.format(" · %.3f", run.history().get(run.history().size() - 1).train().negativeElbo());
        label(g, Texts.get("side.compare.epoch", run.epoch()) + loss, MARGIN, MARGIN);
        if (run.failure() != null) {
            label(g, Texts.get("side.compare.diverged"), MARGIN, MARGIN + 20);
        }
    }

    /**
     * The decoding of the probe: for 2-D data a large dot in the run's colour over the data, for images the image,
     * otherwise the decoded features as bars.
     */
    static void paintDecoding(GraphicsContext g, double w, double h, DataSnapshot data, float[] decoded,
            Color colour, double[] dataBounds) {
        clear(g, w, h);
        if (decoded == null) {
            return;
        }
        Dataset d = data.data();
        if (d.imageShape() != null) {
            double side = Math.min(w, h) - 2 * MARGIN;
            g.setImageSmoothing(false);
            g.drawImage(Images.single(decoded, 0, d.imageShape()), (w - side) / 2, (h - side) / 2, side, side);
        } else if (d.cols() == 2) {
            LatentArea a = new LatentArea(dataBounds[0], dataBounds[1], dataBounds[2], dataBounds[3]);
            Frame f = Frame.of(a, w, h);
            g.setFill(Color.web("#9e9e9e"));
            float[] plane = data.plane();
            for (int r = 0; r < d.rows(); r++) {
                g.fillRect(f.x(plane[2 * r]) - 1, f.y(plane[2 * r + 1]) - 1, 2, 2);
            }
            g.setFill(colour);
            g.fillOval(f.x(decoded[0]) - 7, f.y(decoded[1]) - 7, 14, 14);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            g.strokeOval(f.x(decoded[0]) - 7, f.y(decoded[1]) - 7, 14, 14);
        } else {
            float[] range = d.valueRange();
            double bar = (w - 2 * MARGIN) / decoded.length;
            g.setFill(colour);
            for (int j = 0; j < decoded.length; j++) {
                double t = (decoded[j] - range[0]) / Math.max(1e-9, range[1] - range[0]);
                double height = Math.max(0, Math.min(1, t)) * (h - 2 * MARGIN);
                g.fillRect(MARGIN + j * bar, h - MARGIN - height, Math.max(1, bar - 1), height);
            }
        }
    }

    /**
     * Every run's training loss per epoch (held-out dashed) on one scale, with a legend naming the runs, under the
     * axis's title as {@link #lossTitle} wraps it.
     */
    static void paintLosses(GraphicsContext g, double w, double h, List<RunState> runs, List<String> titleLines) {
        clear(g, w, h);
        int epochs = 1;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (RunState run : runs) {
            epochs = Math.max(epochs, run.history().size());
            // The first epoch's loss dwarfs the rest; the scale starts at the second when there is one.
            for (int e = run.history().size() > 1 ? 1 : 0; e < run.history().size(); e++) {
                for (double v : values(run.history().get(e))) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        double left = LOSS_LEFT;
        double right = w - LOSS_RIGHT;
        double bottom = h - 28;
        // The legend, one row under the title, where no line can run under it.
        double legendY = 4 + 18 * titleLines.size() + 2;
        double top = legendY + 24;
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeLine(left, top, left, bottom);
        g.strokeLine(left, bottom, right, bottom);
        for (int line = 0; line < titleLines.size(); line++) {
            label(g, titleLines.get(line), left + 4, 4 + 18 * line);
        }
        double lx = left + 4;
        for (int i = 0; i < runs.size(); i++) {
            g.setFill(RUN_COLOURS[i % RUN_COLOURS.length]);
            g.fillRect(lx, legendY + 5, 22, 8);
            String name = runs.get(i).run().name();
            label(g, name, lx + 28, legendY);
            lx += 28 + textWidth(name) + 24;
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(Texts.get("side.compare.epochAxis", epochs), (left + right) / 2, bottom + 6);
        g.setTextAlign(TextAlignment.LEFT);
        if (!Double.isFinite(low)) {
            return;
        }
        if (high - low < 1e-9) {
            high = low + 1;
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(String.format("%.2f", high), left - 4, top - 8);
        if (bottom - top >= 36) {
            g.fillText(String.format("%.2f", low), left - 4, bottom - 16);
        }
        g.setTextAlign(TextAlignment.LEFT);
        double sx = (right - left) / Math.max(1, epochs - 1);
        double sy = (bottom - top) / (high - low);
        for (int i = 0; i < runs.size(); i++) {
            List<EpochReport> history = runs.get(i).history();
            g.setStroke(RUN_COLOURS[i % RUN_COLOURS.length]);
            g.setLineWidth(2.5);
            for (int series = 0; series < 2; series++) {
                g.setLineDashes(series == 0 ? null : new double[] {6, 5});
                g.beginPath();
                for (int e = 0; e < history.size(); e++) {
                    double[] v = values(history.get(e));
                    if (series >= v.length) {
                        break;
                    }
                    double y = bottom - (Math.min(high, Math.max(low, v[series])) - low) * sy;
                    if (e == 0) {
                        g.moveTo(left + e * sx, y);
                    } else {
                        g.lineTo(left + e * sx, y);
                    }
                }
                g.stroke();
            }
            g.setLineDashes(null);
        }
    }

    /** Training and, when there are held-out rows, held-out −ELBO (a plain autoencoder's is its reconstruction). */
    private static double[] values(EpochReport r) {
        return r.heldOut() == null ? new double[] {r.train().negativeElbo()}
                : new double[] {r.train().negativeElbo(), r.heldOut().negativeElbo()};
    }

    /** The loss chart's title wrapped to a chart {@code w} wide (narrow windows, presenter mode). */
    static List<String> lossTitle(double w) {
        return wrap(Texts.get("side.compare.lossAxis"), w - LOSS_LEFT - LOSS_RIGHT - 4);
    }

    /**
     * {@code text} broken into lines no wider than {@code width}: after a space, or after any character of a script
     * written without spaces (Chinese), never inside a word.
     */
    static List<String> wrap(String text, double width) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        int lastBreak = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c >= '\u2e80') {
                if (textWidth(text.substring(start, c == ' ' ? i : i + 1)) > width && lastBreak > start) {
                    lines.add(text.substring(start, lastBreak).strip());
                    start = lastBreak;
                }
                lastBreak = i + 1;
            }
        }
        if (textWidth(text.substring(start)) > width && lastBreak > start && lastBreak < text.length()) {
            lines.add(text.substring(start, lastBreak).strip());
            start = lastBreak;
        }
        lines.add(text.substring(start).strip());
        return lines;
    }

    private static double textWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }

    private static void clear(GraphicsContext g, double w, double h) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(FONT);
        g.setTextBaseline(VPos.TOP);
    }

    private static void label(GraphicsContext g, String text, double x, double y) {
        g.setFill(TEXT);
        g.fillText(text, x, y);
    }
}
