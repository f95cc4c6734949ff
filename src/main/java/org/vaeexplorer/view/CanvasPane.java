package org.vaeexplorer.view;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region holding a canvas that fills it and is redrawn at most once per pulse (and at most about twelve times a
 * second): changes only mark it dirty, and a timer draws it on a later frame, however many changes came between.
 */
abstract class CanvasPane extends Region {
    /** At most about twelve redraws a second: charts and image panels change per epoch or per drag event. */
    private static final long INTERVAL_NANOS = 80_000_000L;
    protected final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private long lastDraw;

    CanvasPane() {
        getChildren().add(canvas);
        setMinSize(120, 100);
        widthProperty().addListener((obs, was, now) -> markDirty());
        heightProperty().addListener((obs, was, now) -> markDirty());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty && getWidth() > 0 && getHeight() > 0 && now - lastDraw >= INTERVAL_NANOS) {
                    dirty = false;
                    lastDraw = now;
                    draw(canvas.getGraphicsContext2D(), getWidth(), getHeight());
                }
            }
        }.start();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    final void markDirty() {
        dirty = true;
    }

    /** Draws everything; called on the FX thread at most once per pulse. */
    protected abstract void draw(GraphicsContext g, double width, double height);
}
