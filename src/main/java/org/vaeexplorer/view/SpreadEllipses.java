package org.vaeexplorer.view;

import javafx.scene.Group;
import javafx.scene.shape.Ellipse;

/** The decoder's spread around the probe's decoding: 1σ and 2σ ellipses, rotated to the covariance's axes. */
final class SpreadEllipses {
    private final Ellipse[] spread = {new Ellipse(), new Ellipse()};
    private final Group group = new Group(spread);

    SpreadEllipses() {
        for (Ellipse e : spread) {
            e.setFill(null);
        }
        Strokes.style("vae-probe-spread", spread);
    }

    Group node() {
        return group;
    }

    /** The 1σ and 2σ ellipses of a 2×2 covariance {xx, xy, yy} at screen point (x, y), from its eigen-decomposition. */
    void place(double x, double y, double[] c, double scale) {
        double trace = c[0] + c[2];
        double det = c[0] * c[2] - c[1] * c[1];
        double root = Math.sqrt(Math.max(0, trace * trace / 4 - det));
        double l1 = trace / 2 + root;
        double l2 = Math.max(0, trace / 2 - root);
        double angle = Math.toDegrees(Math.atan2(l1 - c[0], c[1] == 0 ? 1e-12 : c[1]));
        if (c[1] == 0) {
            angle = c[0] >= c[2] ? 0 : 90;
        }
        group.setLayoutX(x);
        group.setLayoutY(y);
        group.setRotate(-angle);
        for (int k = 1; k <= 2; k++) {
            spread[k - 1].setRadiusX(k * Math.sqrt(l1) * scale);
            spread[k - 1].setRadiusY(k * Math.sqrt(l2) * scale);
        }
    }
}
