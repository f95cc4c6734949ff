package org.vaeexplorer.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The drawing calls a chart makes, so that one piece of drawing code paints a canvas ({@link #on}) or writes SVG
 * ({@link SvgPen}): an exported SVG then shows exactly what the pane shows.
 */
interface Pen {
    void setStroke(Color colour);

    void setFill(Color colour);

    void setLineWidth(double width);

    /** Dashes of these lengths, or a solid line for none. */
    void setLineDashes(double... dashes);

    void strokeLine(double x1, double y1, double x2, double y2);

    void strokeRect(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h);

    void fillText(String text, double x, double y);

    void fillPolygon(double[] xs, double[] ys, int points);

    /** Strokes the line through these points. */
    void strokePolyline(double[] xs, double[] ys, int points);

    /** Draws on a canvas. */
    static Pen on(GraphicsContext g) {
        return new Pen() {
            @Override
            public void setStroke(Color colour) {
                g.setStroke(colour);
            }

            @Override
            public void setFill(Color colour) {
                g.setFill(colour);
            }

            @Override
            public void setLineWidth(double width) {
                g.setLineWidth(width);
            }

            @Override
            public void setLineDashes(double... dashes) {
                g.setLineDashes(dashes);
            }

            @Override
            public void strokeLine(double x1, double y1, double x2, double y2) {
                g.strokeLine(x1, y1, x2, y2);
            }

            @Override
            public void strokeRect(double x, double y, double w, double h) {
                g.strokeRect(x, y, w, h);
            }

            @Override
            public void fillRect(double x, double y, double w, double h) {
                g.fillRect(x, y, w, h);
            }

            @Override
            public void fillText(String text, double x, double y) {
                g.fillText(text, x, y);
            }

            @Override
            public void fillPolygon(double[] xs, double[] ys, int points) {
                g.fillPolygon(xs, ys, points);
            }

            @Override
            public void strokePolyline(double[] xs, double[] ys, int points) {
                g.strokePolyline(xs, ys, points);
            }
        };
    }
}
