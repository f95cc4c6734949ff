package org.vaeexplorer.view;

import java.util.function.DoubleUnaryOperator;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import org.vaeexplorer.viewmodel.SlowMotionSnapshot;

/**
 * A slow-motion step as overlay shapes: a start point with an optional spread ellipse, an arrow to an end marker,
 * and their names. The latent canvas draws μ, σ and the arrow to z = μ + σ·ε; the data view the example x and an
 * arrow to the decoding of that z.
 */
final class StepMarks {
    private static final double HEAD = 9;
    private final Circle start = new Circle(5);
    private final Ellipse spread = new Ellipse();
    private final Line shaft = new Line();
    private final Polygon head = new Polygon();
    private final Polygon end = new Polygon(0, -7, 7, 0, 0, 7, -7, 0);
    private final Text startLabel;
    private final Text endLabel;
    private final Group group;
    private ObservableObjectValue<SlowMotionSnapshot> step;

    /** @param startName the start point's name ("μ", "x"); @param endName the end marker's ("z", "x̂") */
    StepMarks(String startName, String endName) {
        startLabel = new Text(startName);
        endLabel = new Text(endName);
        spread.setFill(null);
        Strokes.style("vae-step-spread", spread);
        Strokes.style("vae-step-arrow", shaft, head);
        Strokes.style("vae-step-point", start, end);
        startLabel.getStyleClass().add("vae-step-label");
        endLabel.getStyleClass().add("vae-step-label");
        group = new Group(spread, shaft, head, start, end, startLabel, endLabel);
        group.setVisible(false);
    }

    Group node() {
        return group;
    }

    /** Follows the slow-motion steps, running {@code changed} (a redraw) at each. */
    void follow(ObservableObjectValue<SlowMotionSnapshot> slowMotionStep, Runnable changed) {
        step = slowMotionStep;
        step.addListener((obs, was, now) -> changed.run());
    }

    /** The step to show, or {@code null}. */
    private SlowMotionSnapshot current() {
        return step == null ? null : step.get();
    }

    /** Shows the step's example and its decoding on the data's plane; nothing without a step. */
    void placeOnPlane(DoubleUnaryOperator toScreenX, DoubleUnaryOperator toScreenY) {
        SlowMotionSnapshot s = current();
        group.setVisible(s != null);
        if (s != null) {
            float[] p = s.plane();
            show(toScreenX.applyAsDouble(p[0]), toScreenY.applyAsDouble(p[1]), toScreenX.applyAsDouble(p[2]),
                    toScreenY.applyAsDouble(p[3]), -1, -1);
        }
    }

    /** Shows the step's μ, σ and z in latent dimensions {@code dx} and {@code dy} (−1: a 1-D latent space). */
    void placeInLatent(int dx, int dy, Viewport viewport) {
        SlowMotionSnapshot s = current();
        group.setVisible(s != null);
        if (s == null) {
            return;
        }
        double scale = viewport.scale();
        float[] sigma = s.sigma();
        show(viewport.screenX(s.mean()[dx]), viewport.screenY(dy < 0 ? 0 : s.mean()[dy]), viewport.screenX(s.z()[dx]),
                viewport.screenY(dy < 0 ? 0 : s.z()[dy]), sigma == null ? -1 : sigma[dx] * scale,
                sigma == null ? -1 : dy < 0 ? 0 : sigma[dy] * scale);
    }

    /**
     * Shows the step from ({@code sx}, {@code sy}) to ({@code ex}, {@code ey}) on screen, with an ellipse of radii
     * {@code rx}, {@code ry} around the start unless they are negative.
     */
    private void show(double sx, double sy, double ex, double ey, double rx, double ry) {
        start.setCenterX(sx);
        start.setCenterY(sy);
        spread.setVisible(rx >= 0 && ry >= 0);
        spread.setCenterX(sx);
        spread.setCenterY(sy);
        spread.setRadiusX(Math.max(0, rx));
        spread.setRadiusY(Math.max(0, ry));
        end.setLayoutX(ex);
        end.setLayoutY(ey);
        double length = Math.hypot(ex - sx, ey - sy);
        double ux = length > 0 ? (ex - sx) / length : 1;
        double uy = length > 0 ? (ey - sy) / length : 0;
        // The arrow stops at the end marker's edge; too short an arrow is left out.
        boolean arrow = length > 2 * HEAD;
        shaft.setVisible(arrow);
        head.setVisible(arrow);
        if (arrow) {
            double tipX = ex - 8 * ux;
            double tipY = ey - 8 * uy;
            shaft.setStartX(sx + 5 * ux);
            shaft.setStartY(sy + 5 * uy);
            shaft.setEndX(tipX - HEAD * ux);
            shaft.setEndY(tipY - HEAD * uy);
            head.getPoints().setAll(tipX, tipY, tipX - HEAD * ux - 0.5 * HEAD * uy, tipY - HEAD * uy + 0.5 * HEAD * ux,
                    tipX - HEAD * ux + 0.5 * HEAD * uy, tipY - HEAD * uy - 0.5 * HEAD * ux);
        }
        // The names sit behind the start and beyond the end, along the arrow, clear of it.
        startLabel.setX(sx - 16 * ux - 5);
        startLabel.setY(sy - 16 * uy + 5);
        endLabel.setX(ex + 16 * ux - 5);
        endLabel.setY(ey + 16 * uy + 5);
    }
}
