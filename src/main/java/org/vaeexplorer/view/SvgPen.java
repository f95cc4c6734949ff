package org.vaeexplorer.view;

import java.util.Locale;
import javafx.scene.paint.Color;

/**
 * Writes what a {@link Pen} draws as an SVG document, in the pane's units; scatter points become {@code circle}
 * elements and pictures (a pane's raster layers) embedded PNG {@code image} elements.
 */
final class SvgPen implements Pen {
    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private final double fontSize;
    private Color stroke = Color.BLACK;
    private Color fill = Color.BLACK;
    private double lineWidth = 1;
    private double[] dashes;

    SvgPen(double width, double height, double fontSize) {
        this.width = width;
        this.height = height;
        this.fontSize = fontSize;
    }

    /** The whole document. */
    String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" "
                        + "viewBox=\"0 0 %s %s\" font-family=\"sans-serif\" font-size=\"%s\">%n", n(width), n(height),
                        n(width), n(height), n(fontSize))
                + body + "</svg>\n";
    }

    @Override
    public void setStroke(Color colour) {
        stroke = colour;
    }

    @Override
    public void setFill(Color colour) {
        fill = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        this.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(strokeStyle()).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h).append(" fill=\"none\"").append(strokeStyle()).append("/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h).append(paint("fill", fill)).append("/>\n");
    }

    @Override
    public void fillText(String text, double x, double y) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"').append(paint("fill", fill))
                .append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int points) {
        body.append("<polygon points=\"").append(points(xs, ys, points)).append('"').append(paint("fill", fill))
                .append("/>\n");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int points) {
        body.append("<polyline points=\"").append(points(xs, ys, points)).append("\" fill=\"none\"")
                .append(strokeStyle()).append("/>\n");
    }

    /** A scatter point. */
    void circle(double x, double y, double radius, Color colour, double opacity) {
        body.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(radius))
                .append('"').append(paint("fill", colour.deriveColor(0, 1, 1, opacity))).append("/>\n");
    }

    /** A picture over the whole document, as a PNG inside it. */
    void image(byte[] png) {
        body.append("<image x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" href=\"data:image/png;base64,")
                .append(java.util.Base64.getEncoder().encodeToString(png)).append("\"/>\n");
    }

    private StringBuilder rect(double x, double y, double w, double h) {
        return body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(w)).append("\" height=\"").append(n(h)).append('"');
    }

    private String strokeStyle() {
        StringBuilder s = new StringBuilder(paint("stroke", stroke));
        s.append(" stroke-width=\"").append(n(lineWidth)).append('"');
        if (dashes != null) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                s.append(i > 0 ? "," : "").append(n(dashes[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private static String paint(String attribute, Color c) {
        String rgb = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
        return " " + attribute + "=\"" + rgb + "\"" + (c.getOpacity() < 1 ? " " + attribute + "-opacity=\""
                + n(c.getOpacity()) + "\"" : "");
    }

    private static String points(double[] xs, double[] ys, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(i > 0 ? " " : "").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return s.toString();
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
