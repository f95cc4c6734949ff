package org.vaeexplorer.view;

/** Maps a plane's coordinates to pixels and back: a centre, a scale in pixels per unit, y pointing up. */
final class Viewport {
    private double centerX;
    private double centerY;
    private double scale = 60;
    private double width = 1;
    private double height = 1;

    void resize(double w, double h) {
        width = w;
        height = h;
    }

    double screenX(double x) {
        return toScreenX(x, centerX, scale, width);
    }

    double screenY(double y) {
        return toScreenY(y, centerY, scale, height);
    }

    private static double toScreenX(double x, double centerX, double scale, double width) {
        return width / 2 + (x - centerX) * scale;
    }

    private static double toScreenY(double y, double centerY, double scale, double height) {
        return height / 2 - (y - centerY) * scale;
    }

    /** This mapping as it is now, for another thread to use while this one goes on changing. */
    Frozen frozen() {
        return new Frozen(centerX, centerY, scale, width, height);
    }

    /** A viewport's mapping at one moment; it never changes. */
    record Frozen(double centerX, double centerY, double scale, double width, double height) {
        double screenX(double x) {
            return toScreenX(x, centerX, scale, width);
        }

        double screenY(double y) {
            return toScreenY(y, centerY, scale, height);
        }
    }

    double worldX(double sx) {
        return centerX + (sx - width / 2) / scale;
    }

    double worldY(double sy) {
        return centerY - (sy - height / 2) / scale;
    }

    double scale() {
        return scale;
    }

    void panByPixels(double dx, double dy) {
        centerX -= dx / scale;
        centerY += dy / scale;
    }

    /** Zooms by a factor, keeping the point under (sx, sy) in place. */
    void zoomAt(double sx, double sy, double factor) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        scale = Math.max(1e-3, Math.min(1e6, scale * factor));
        centerX = wx - (sx - width / 2) / scale;
        centerY = wy + (sy - height / 2) / scale;
    }

    /** Shows the rectangle with a margin of 8 %. */
    void fit(double minX, double maxX, double minY, double maxY) {
        fit(minX, maxX, minY, maxY, 1.16);
    }

    /** Shows exactly the rectangle (as much as the aspect ratio allows). */
    void show(double minX, double maxX, double minY, double maxY) {
        fit(minX, maxX, minY, maxY, 1.0);
    }

    private void fit(double minX, double maxX, double minY, double maxY, double margin) {
        if (!(maxX > minX)) {
            minX -= 1;
            maxX += 1;
        }
        if (!(maxY > minY)) {
            minY -= 1;
            maxY += 1;
        }
        centerX = (minX + maxX) / 2;
        centerY = (minY + maxY) / 2;
        scale = Math.min(width / ((maxX - minX) * margin), height / ((maxY - minY) * margin));
    }

    double minX() {
        return worldX(0);
    }

    double maxX() {
        return worldX(width);
    }

    double minY() {
        return worldY(height);
    }

    double maxY() {
        return worldY(0);
    }
}
