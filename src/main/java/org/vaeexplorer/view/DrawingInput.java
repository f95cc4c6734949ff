package org.vaeexplorer.view;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.EventType;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import org.vaeexplorer.viewmodel.DrawViewModel;

/**
 * The data view's pen and eraser: turns the pointer's screen positions into data coordinates for the
 * {@link DrawViewModel}, shows the brush as a circle under the pointer, and paints the points drawn but not yet part
 * of the data. Nothing is drawn while training runs (new data would end the run's model under it).
 */
final class DrawingInput {
    private final DrawViewModel draw;
    private final ObservableBooleanValue training;
    private final Viewport viewport;
    private final Circle brush = new Circle();

    DrawingInput(DrawViewModel draw, ObservableBooleanValue training, Viewport viewport) {
        this.draw = draw;
        this.training = training;
        this.viewport = viewport;
        brush.setFill(null);
        brush.setMouseTransparent(true);
        brush.setVisible(false);
        Strokes.style("vae-draw-brush", brush);
    }

    /** The brush's outline, for the overlay. */
    Circle brush() {
        return brush;
    }

    /** Whether the pointer draws now (rather than pans and selects). */
    boolean drawing() {
        return draw.activeProperty().get() && !training.get();
    }

    /**
     * Draws with a mouse event on the base canvas when drawing.
     *
     * @return whether the event was taken (the canvas then neither pans nor selects)
     */
    boolean handle(MouseEvent e) {
        if (!drawing()) {
            brush.setVisible(false);
            return false;
        }
        EventType<? extends MouseEvent> type = e.getEventType();
        if (type == MouseEvent.MOUSE_EXITED) {
            brush.setVisible(false);
            return true;
        }
        placeBrush(e.getX(), e.getY());
        boolean primary = e.getButton() == MouseButton.PRIMARY || e.isPrimaryButtonDown();
        if (type == MouseEvent.MOUSE_PRESSED && primary) {
            draw.press(viewport.worldX(e.getX()), viewport.worldY(e.getY()));
        } else if (type == MouseEvent.MOUSE_DRAGGED && e.isPrimaryButtonDown()) {
            draw.drag(viewport.worldX(e.getX()), viewport.worldY(e.getY()));
        } else if (type == MouseEvent.MOUSE_RELEASED && e.getButton() == MouseButton.PRIMARY) {
            draw.release();
        }
        return true;
    }

    private void placeBrush(double x, double y) {
        brush.setVisible(true);
        brush.setCenterX(x);
        brush.setCenterY(y);
        brush.setRadius(Math.max(2, draw.brushRadiusProperty().get() * viewport.scale()));
        brush.getStrokeDashArray().setAll(draw.toolProperty().get() == DrawViewModel.Tool.ERASER
                ? List.of(4.0, 3.0) : List.of());
    }

    /** The points drawn but not yet in the data, in their class's colour. */
    void paintPending(GraphicsContext g) {
        DrawViewModel.Points p = draw.pendingProperty().get();
        for (int i = 0; i < p.count(); i++) {
            g.setFill(Palette.classColor(p.labels()[i], DrawViewModel.MAX_CLASSES));
            double x = viewport.screenX(p.xy()[2 * i]);
            double y = viewport.screenY(p.xy()[2 * i + 1]);
            g.fillOval(x - 2.5, y - 2.5, 5, 5);
        }
    }
}
