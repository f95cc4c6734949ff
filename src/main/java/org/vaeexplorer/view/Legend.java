package org.vaeexplorer.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;

/** The class colours, in a box at the top right of a canvas. */
final class Legend {
    private static final int MAX_ENTRIES = 12;

    private Legend() {
    }

    /** @param feature the feature that colours unlabelled data */
    static void draw(GraphicsContext g, CanvasColours colours, Dataset data, int feature, double width,
            double font) {
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
            if (colors[i] != null) {
                g.setFill(colors[i]);
                g.fillOval(x + 6, ly - font * 0.35, font * 0.7, font * 0.7);
            }
            g.setFill(colours.get(CanvasColours.Role.TEXT));
            g.fillText(lines[i], x + font * 1.6, ly + font * 0.35);
        }
    }
}
