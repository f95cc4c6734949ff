package org.vaeexplorer.view;

import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * Two stacked canvases that fill the region, each redrawn at most once per pulse: a base layer for what changes
 * per epoch (points, axes, loss curves) and an overlay for what follows the mouse (the probe, a hover box), so that
 * moving the mouse redraws only a few shapes. Changes only mark a layer dirty; a timer draws it on a later frame,
 * however many changes came between.
 */
abstract class LayeredCanvasPane extends Region {
    protected final Canvas base = new Canvas();
    protected final Canvas overlay = new Canvas();
    /**
     * The base layer is redrawn at most this often: while training it changes every epoch, and drawing thousands of
     * points 60 times a second would take the CPU the training needs, for changes no eye can follow.
     */
    private static final long BASE_INTERVAL_NANOS = 80_000_000L;
    private boolean baseDirty = true;
    private boolean overlayDirty = true;
    private long lastBaseDraw;

    LayeredCanvasPane() {
        getChildren().addAll(base, overlay);
        overlay.setMouseTransparent(true);
        setMinSize(120, 100);
        widthProperty().addListener((obs, was, now) -> markDirty());
        heightProperty().addListener((obs, was, now) -> markDirty());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (getWidth() <= 0 || getHeight() <= 0) {
                    return;
                }
                if (baseDirty && now - lastBaseDraw >= BASE_INTERVAL_NANOS) {
                    baseDirty = false;
                    lastBaseDraw = now;
                    overlayDirty = true;
                    prepare(getWidth(), getHeight());
                    drawBase(base.getGraphicsContext2D(), getWidth(), getHeight());
                }
                if (overlayDirty) {
                    overlayDirty = false;
                    GraphicsContext g = overlay.getGraphicsContext2D();
                    g.clearRect(0, 0, getWidth(), getHeight());
                    drawOverlay(g, getWidth(), getHeight());
                }
            }
        }.start();
    }

    @Override
    protected void layoutChildren() {
        for (Canvas c : new Canvas[] {base, overlay}) {
            c.setWidth(getWidth());
            c.setHeight(getHeight());
        }
    }

    /** Both layers. */
    final void markDirty() {
        baseDirty = true;
    }

    final void markOverlayDirty() {
        overlayDirty = true;
    }

    /** Called before the base layer is drawn: sizes, fitting. */
    protected abstract void prepare(double width, double height);

    protected abstract void drawBase(GraphicsContext g, double width, double height);

    protected abstract void drawOverlay(GraphicsContext g, double width, double height);
}
