package org.vaeexplorer.view;

/**
 * The marker shapes that tell classes apart besides their colours, one per class in turn. Each is a test of whether
 * a point (relative to the centre, in units of the marker's radius, y downwards) is inside, from which
 * {@link DiscRaster} makes a stamp once per picture; plain Java, for the painter thread.
 */
enum MarkerShape {
    CIRCLE, SQUARE, TRIANGLE_UP, DIAMOND, PLUS, CROSS, TRIANGLE_DOWN, RING, HOLLOW_SQUARE, HOLLOW_DIAMOND;

    private static final MarkerShape[] ALL = values();

    /** The shape of class {@code label}; the shapes repeat after ten classes. */
    static MarkerShape ofClass(int label) {
        return ALL[Math.floorMod(label, ALL.length)];
    }

    /** Whether (x, y), in radii from the centre, is inside the shape. */
    boolean contains(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        return switch (this) {
            case CIRCLE -> x * x + y * y <= 1;
            case SQUARE -> ax <= 0.82 && ay <= 0.82;
            case TRIANGLE_UP -> triangle(ax, y);
            case TRIANGLE_DOWN -> triangle(ax, -y);
            case DIAMOND -> ax + ay <= 1.1;
            case PLUS -> (ax <= 0.3 && ay <= 1) || (ay <= 0.3 && ax <= 1);
            case CROSS -> MarkerShape.PLUS.contains((x - y) * 0.7071, (x + y) * 0.7071);
            case RING -> x * x + y * y <= 1 && x * x + y * y >= 0.3;
            case HOLLOW_SQUARE -> ax <= 0.82 && ay <= 0.82 && (ax >= 0.4 || ay >= 0.4);
            case HOLLOW_DIAMOND -> ax + ay <= 1.1 && ax + ay >= 0.55;
        };
    }

    /** Apex at the top (y = −1), base at y = 0.75, as wide as the circle. */
    private static boolean triangle(double ax, double y) {
        return y >= -1 && y <= 0.75 && ax <= 1.05 * (y + 1) / 1.75;
    }
}
