package org.vaeexplorer.view;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;

/** Grid lines and tick labels at round numbers for a {@link Viewport}. */
final class Axes {
    private Axes() {
    }

    static double niceStep(double span, int targetTicks) {
        double raw = span / Math.max(1, targetTicks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] steps = {1, 2, 5, 10};
        for (double s : steps) {
            if (s * magnitude >= raw) {
                return s * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static void draw(GraphicsContext g, CanvasColours colours, Viewport v, double width, double height, String xName,
            String yName, double fontSize) {
        g.setFont(CjkFont.canvas(fontSize));
        g.setLineWidth(1);
        double stepX = niceStep(v.maxX() - v.minX(), (int) (width / 90));
        double stepY = niceStep(v.maxY() - v.minY(), (int) (height / 70));
        g.setStroke(colours.get(CanvasColours.Role.GRID));
        g.setFill(colours.get(CanvasColours.Role.AXIS));
        for (double x = Math.ceil(v.minX() / stepX) * stepX; x <= v.maxX(); x += stepX) {
            double sx = v.screenX(x);
            g.strokeLine(sx, 0, sx, height);
            g.fillText(format(x, stepX), sx + 2, height - 4);
        }
        for (double y = Math.ceil(v.minY() / stepY) * stepY; y <= v.maxY(); y += stepY) {
            double sy = v.screenY(y);
            g.strokeLine(0, sy, width, sy);
            g.fillText(format(y, stepY), 3, sy - 2);
        }
        g.setStroke(colours.get(CanvasColours.Role.AXIS));
        g.strokeLine(v.screenX(0), 0, v.screenX(0), height);
        g.strokeLine(0, v.screenY(0), width, v.screenY(0));
        g.fillText(xName, width - 8 - xName.length() * fontSize * 0.55, v.screenY(0) - 5);
        g.fillText(yName, v.screenX(0) + 5, fontSize + 4);
    }

    static String format(double value, double step) {
        if (Math.abs(value) < step / 2) {
            return "0";
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
