package org.vaeexplorer.view;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region holding a canvas that fills it and is redrawn at most once per pulse: changes only mark it dirty, and a
 * timer draws dirty canvases on the next frame, however many changes came in between.
 */
abstract class CanvasPane extends Region {
    protected final Canvas canvas = new Canvas();
    private boolean dirty = true;

    CanvasPane() {
        getChildren().add(canvas);
        setMinSize(120, 100);
        widthProperty().addListener((obs, was, now) -> markDirty());
        heightProperty().addListener((obs, was, now) -> markDirty());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty && getWidth() > 0 && getHeight() > 0) {
                    dirty = false;
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
