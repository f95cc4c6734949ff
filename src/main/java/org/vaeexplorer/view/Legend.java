package org.vaeexplorer.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;

/** The class colours (and, when asked, marker shapes), in a box at the top right of a canvas. */
final class Legend {
    private static final int MAX_ENTRIES = 12;

    private Legend() {
    }

    /**
     * @param feature the feature that colours unlabelled data
     * @param shapes  whether classes are drawn with their marker shapes
     */
    static void draw(GraphicsContext g, CanvasColours colours, Dataset data, int feature, double width,
            double font, boolean shapes) {
        g.setFont(CjkFont.canvas(font));
        String[] lines;
        Color[] colors;
        if (data.hasLabels()) {
            int classes = data.classNames().size();
            int shown = Math.min(classes, MAX_ENTRIES);
            lines = new String[shown + (classes > shown ? 1 : 0)];
            colors = new Color[lines.length];
            for (int c = 0; c < shown; c++) {
                lines[c] = data.classNames().get(c);
                colors[c] = Palette.classColor(c, classes);
            }
            if (classes > shown) {
                lines[shown] = Texts.get("latent.legend.more", classes - shown);
            }
        } else {
            lines = new String[] {Texts.get("latent.legend.low", data.featureNames().get(feature)),
                Texts.get("latent.legend.high", data.featureNames().get(feature))};
            colors = new Color[] {Palette.ramp(0), Palette.ramp(1)};
        }
        double lineHeight = font * 1.35;
        double boxWidth = 0;
        for (String line : lines) {
            boxWidth = Math.max(boxWidth, line.length() * font * 0.6);
        }
        boxWidth += font * 2.2;
        double x = width - boxWidth - 8;
        double y = 8;
        g.setFill(colours.get(CanvasColours.Role.LEGEND_BACKGROUND));
        g.fillRect(x, y, boxWidth, lines.length * lineHeight + 6);
        g.setStroke(colours.get(CanvasColours.Role.FRAME));
        g.strokeRect(x, y, boxWidth, lines.length * lineHeight + 6);
        for (int i = 0; i < lines.length; i++) {
            double ly = y + 3 + (i + 0.5) * lineHeight;
            if (colors[i] != null && shapes && data.hasLabels()) {
                marker(g, MarkerShape.ofClass(i), colors[i], x + 6 + font * 0.4, ly, font * 0.42);
            } else if (colors[i] != null) {
                g.setFill(colors[i]);
                g.fillOval(x + 6, ly - font * 0.35, font * 0.7, font * 0.7);
            }
            g.setFill(colours.get(CanvasColours.Role.TEXT));
            g.fillText(lines[i], x + font * 1.6, ly + font * 0.35);
        }
    }

    /** A class's marker, as the scatter draws it: a dozen entries at most, so paths are cheap here. */
    private static void marker(GraphicsContext g, MarkerShape shape, Color colour, double cx, double cy, double r) {
        g.setFill(colour);
        g.setStroke(colour);
        double saved = g.getLineWidth();
        switch (shape) {
            case CIRCLE -> g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
            case SQUARE -> g.fillRect(cx - 0.82 * r, cy - 0.82 * r, 1.64 * r, 1.64 * r);
            case TRIANGLE_UP -> g.fillPolygon(new double[] {cx, cx + 1.05 * r, cx - 1.05 * r},
                    new double[] {cy - r, cy + 0.75 * r, cy + 0.75 * r}, 3);
            case TRIANGLE_DOWN -> g.fillPolygon(new double[] {cx, cx + 1.05 * r, cx - 1.05 * r},
                    new double[] {cy + r, cy - 0.75 * r, cy - 0.75 * r}, 3);
            case DIAMOND -> g.fillPolygon(new double[] {cx, cx + 1.1 * r, cx, cx - 1.1 * r},
                    new double[] {cy - 1.1 * r, cy, cy + 1.1 * r, cy}, 4);
            case PLUS -> {
                g.fillRect(cx - r, cy - 0.3 * r, 2 * r, 0.6 * r);
                g.fillRect(cx - 0.3 * r, cy - r, 0.6 * r, 2 * r);
            }
            case CROSS -> {
                g.setLineWidth(0.6 * r);
                g.strokeLine(cx - 0.7 * r, cy - 0.7 * r, cx + 0.7 * r, cy + 0.7 * r);
                g.strokeLine(cx - 0.7 * r, cy + 0.7 * r, cx + 0.7 * r, cy - 0.7 * r);
            }
            case RING -> {
                g.setLineWidth(0.45 * r);
                g.strokeOval(cx - 0.77 * r, cy - 0.77 * r, 1.54 * r, 1.54 * r);
            }
            case HOLLOW_SQUARE -> {
                g.setLineWidth(0.42 * r);
                g.strokeRect(cx - 0.61 * r, cy - 0.61 * r, 1.22 * r, 1.22 * r);
            }
            case HOLLOW_DIAMOND -> {
                g.setLineWidth(0.38 * r);
                g.strokePolygon(new double[] {cx, cx + 0.83 * r, cx, cx - 0.83 * r},
                        new double[] {cy - 0.83 * r, cy, cy + 0.83 * r, cy}, 4);
            }
        }
        g.setLineWidth(saved);
    }
}
