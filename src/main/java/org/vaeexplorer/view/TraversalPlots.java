package org.vaeexplorer.view;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.TraversalSnapshot;

/**
 * The traversal of data that are not images: for 2-D data each latent dimension's decoded path over the data's
 * scatter (a colour per dimension, a tick at each step from −3σ to +3σ); for wider data small multiples, one per
 * feature, of its decoded value along each dimension's row.
 */
final class TraversalPlots {
    /** Small multiples drawn at most: beyond this the panels would be too small to read. */
    static final int MAX_FEATURES = 12;

    private TraversalPlots() {
    }

    /** A latent dimension's colour: distinct from the data's greyed points. */
    static Color ofDimension(int k, int latentDim) {
        return Palette.classColor(k + 2, Math.max(latentDim + 2, 3));
    }

    /** Each dimension's decoded path over the data, with the latent values at its ends. */
    static void drawPaths(GraphicsContext g, CanvasColours colours, TraversalSnapshot grid, DataSnapshot data,
            double width, double height, double font) {
        float[] p = data.plane();
        float[] q = grid.plane();
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        widen(box, p);
        widen(box, q);
        double legend = 4 * font;
        double scale = Math.min((width - legend - 16) / (box[2] - box[0]), (height - 16) / (box[3] - box[1]));
        double x0 = legend + 8 - box[0] * scale;
        double y0 = 8 + box[3] * scale;
        g.setFill(colours.get(CanvasColours.Role.GRID));
        for (int i = 0; i < p.length; i += 2) {
            g.fillOval(x0 + p[i] * scale - 1.5, y0 - p[i + 1] * scale - 1.5, 3, 3);
        }
        int steps = grid.steps();
        for (int k = 0; k < grid.latentDim(); k++) {
            Color colour = ofDimension(k, grid.latentDim());
            g.setStroke(colour);
            g.setFill(colour);
            g.setLineWidth(2.5);
            g.beginPath();
            for (int s = 0; s < steps; s++) {
                int at = 2 * (k * steps + s);
                double x = x0 + q[at] * scale;
                double y = y0 - q[at + 1] * scale;
                if (s == 0) {
                    g.moveTo(x, y);
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
            for (int s = 0; s < steps; s++) {
                int at = 2 * (k * steps + s);
                double r = s == steps / 2 ? 5 : 3;
                g.fillOval(x0 + q[at] * scale - r, y0 - q[at + 1] * scale - r, 2 * r, 2 * r);
            }
            label(g, value(grid.values()[0]), x0 + q[2 * k * steps] * scale, y0 - q[2 * k * steps + 1] * scale);
            int last = 2 * (k * steps + steps - 1);
            label(g, value(grid.values()[steps - 1]), x0 + q[last] * scale, y0 - q[last + 1] * scale);
            g.fillText(Texts.get("latent.dimension", k + 1), 4, font * (1.4 * k + 1.2));
        }
        g.setLineWidth(1);
    }

    /** Small multiples: a panel per feature, its decoded value along each dimension's row (−3σ … +3σ). */
    static void drawFeatures(GraphicsContext g, CanvasColours colours, TraversalSnapshot grid, Dataset data,
            double width, double height, double font) {
        int features = Math.min(MAX_FEATURES, data.cols());
        int columns = (int) Math.ceil(Math.sqrt(features * width / Math.max(1, height)));
        columns = Math.max(1, Math.min(features, columns));
        int rows = (features + columns - 1) / columns;
        double legend = 1.6 * font;
        double cellW = width / columns;
        double cellH = (height - legend) / rows;
        int steps = grid.steps();
        int d = data.cols();
        for (int j = 0; j < features; j++) {
            double left = (j % columns) * cellW + 4;
            double top = legend + (j / columns) * cellH + font + 2;
            double w = cellW - 8;
            double h = cellH - font - 8;
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < grid.latentDim() * steps; i++) {
                min = Math.min(min, grid.decoded()[i * d + j]);
                max = Math.max(max, grid.decoded()[i * d + j]);
            }
            double span = Math.max(1e-6, max - min);
            g.setStroke(colours.get(CanvasColours.Role.FRAME));
            g.strokeRect(left, top, w, h);
            g.setFill(colours.get(CanvasColours.Role.TEXT));
            g.fillText(data.featureNames().get(j), left, top - 3);
            for (int k = 0; k < grid.latentDim(); k++) {
                g.setStroke(ofDimension(k, grid.latentDim()));
                g.setLineWidth(2);
                g.beginPath();
                for (int s = 0; s < steps; s++) {
                    double x = left + w * s / (steps - 1);
                    double y = top + h - h * (grid.decoded()[(k * steps + s) * d + j] - min) / span;
                    if (s == 0) {
                        g.moveTo(x, y);
                    } else {
                        g.lineTo(x, y);
                    }
                }
                g.stroke();
                g.setLineWidth(1);
            }
        }
        double x = 4;
        for (int k = 0; k < grid.latentDim(); k++) {
            g.setFill(ofDimension(k, grid.latentDim()));
            g.fillText(Texts.get("latent.dimension", k + 1), x, font);
            x += 3 * font;
        }
        g.setFill(colours.get(CanvasColours.Role.TEXT));
        String more = data.cols() > features ? " " + Texts.get("traverse.more", data.cols() - features) : "";
        g.fillText(Texts.get("traverse.features") + more, x, font);
    }

    private static void widen(double[] box, float[] xy) {
        for (int i = 0; i < xy.length; i += 2) {
            box[0] = Math.min(box[0], xy[i]);
            box[1] = Math.min(box[1], xy[i + 1]);
            box[2] = Math.max(box[2], xy[i]);
            box[3] = Math.max(box[3], xy[i + 1]);
        }
        if (box[2] - box[0] < 1e-6) {
            box[2] = box[0] + 1;
        }
        if (box[3] - box[1] < 1e-6) {
            box[3] = box[1] + 1;
        }
    }

    private static String value(float v) {
        return String.format(Locale.ROOT, "%+.0fσ", v);
    }

    private static void label(GraphicsContext g, String text, double x, double y) {
        g.fillText(text, x + 6, y - 6);
    }
}
