package org.vaeexplorer.view;

import java.util.function.DoubleUnaryOperator;
import javafx.scene.Group;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;

/**
 * An interpolation path as overlay shapes: a line through its points with "A" at the start and "B" at the end. The
 * latent canvas draws the latent path, the data view the decoded one.
 */
final class PathMarks {
    private final Polyline line = new Polyline();
    private final Text startLabel = new Text("A");
    private final Text endLabel = new Text("B");
    private final Group group = new Group(line, startLabel, endLabel);

    PathMarks() {
        Strokes.style("vae-interpolation-path", line);
        startLabel.getStyleClass().add("vae-interpolation-label");
        endLabel.getStyleClass().add("vae-interpolation-label");
        group.setVisible(false);
    }

    Group node() {
        return group;
    }

    /**
     * Shows the path through {@code count} points whose coordinates {@code xs} and {@code ys} give, on screen
     * through {@code toScreenX} and {@code toScreenY}; hides it when {@code count} is 0.
     */
    void show(int count, DoubleIndex xs, DoubleIndex ys, DoubleUnaryOperator toScreenX,
            DoubleUnaryOperator toScreenY) {
        group.setVisible(count > 1);
        if (count < 2) {
            return;
        }
        Double[] points = new Double[2 * count];
        for (int i = 0; i < count; i++) {
            points[2 * i] = toScreenX.applyAsDouble(xs.at(i));
            points[2 * i + 1] = toScreenY.applyAsDouble(ys.at(i));
        }
        line.getPoints().setAll(points);
        startLabel.setX(points[0] + 6);
        startLabel.setY(points[1] - 6);
        endLabel.setX(points[2 * count - 2] + 6);
        endLabel.setY(points[2 * count - 1] - 6);
    }

    /** A coordinate of the i-th point. */
    interface DoubleIndex {
        double at(int i);
    }
}
