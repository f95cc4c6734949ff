package org.vaeexplorer.view;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Layers that fill the region, each updated at most once per pulse: an optional backdrop canvas for what changes
 * only when the view moves (axes, grids), a base canvas for what changes per epoch (points, loss curves) and an
 * overlay of shape nodes for what follows the mouse (the probe, a hover box). The overlay is nodes, not a canvas,
 * because a changed canvas is repainted whole while a moved node repaints only the pixels it left and entered: with
 * software rendering that is the difference between tens of milliseconds of the renderer per drag event and almost
 * none. Changes only mark a layer dirty; a timer updates it on a later frame, however many changes came between.
 */
abstract class LayeredCanvasPane extends Region {
    /** Below the base layer, or {@code null} when the pane draws everything on its base layer. */
    private final Canvas backdrop;
    protected final Canvas base = new Canvas();
    /** Shapes that follow the mouse; subclasses add them once and move them in {@link #updateOverlay}. */
    protected final Pane overlay = new Pane();
    private final Rectangle overlayClip = new Rectangle();
    /** Scatter points between the backdrop and the base canvas, or {@code null}. */
    private ScatterLayer scatter;
    /**
     * The default least time between two redraws of the base layer: while training it changes every epoch, and
     * drawing thousands of points 60 times a second would take the CPU the training needs, for changes no eye can
     * follow.
     */
    static final long DEFAULT_BASE_INTERVAL_NANOS = 80_000_000L;
    private final long baseIntervalNanos;
    /**
     * The pulse in which some pane last redrew its base layer: one base layer per pulse at most, so that the
     * renderer's work for a frame is one canvas's, not the sum of all that changed in the same epoch.
     */
    private static long lastBasePulse;
    private boolean backdropDirty = true;
    private boolean baseDirty = true;
    private boolean overlayDirty = true;
    private long lastBaseDraw;

    LayeredCanvasPane() {
        this(false, DEFAULT_BASE_INTERVAL_NANOS);
    }

    /**
     * @param withBackdrop      whether the pane draws a backdrop ({@link #drawBackdrop}) below its base layer
     * @param baseIntervalNanos the least time between two redraws of the base layer (and backdrop)
     */
    LayeredCanvasPane(boolean withBackdrop, long baseIntervalNanos) {
        this.baseIntervalNanos = baseIntervalNanos;
        backdrop = withBackdrop ? new Canvas() : null;
        if (backdrop != null) {
            backdrop.setMouseTransparent(true);
            getChildren().add(backdrop);
        }
        getChildren().addAll(base, overlay);
        // An opaque plain background lets the renderer start each repaint of a region here, at this pane, instead of
        // first painting every container beneath it (a split pane's background is a scaled cached image: slow).
        setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        overlay.setMouseTransparent(true);
        // Unmanaged: moving a shape must not ask every container up to the window for a new layout.
        overlay.setManaged(false);
        overlay.setClip(overlayClip);
        setMinSize(120, 100);
        widthProperty().addListener((obs, was, now) -> markDirty());
        heightProperty().addListener((obs, was, now) -> markDirty());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (getWidth() <= 0 || getHeight() <= 0) {
                    return;
                }
                if ((baseDirty || backdropDirty) && now - lastBaseDraw >= baseIntervalNanos
                        && now != lastBasePulse) {
                    lastBaseDraw = now;
                    lastBasePulse = now;
                    overlayDirty = true;
                    prepare(getWidth(), getHeight());
                    if (backdrop != null && backdropDirty) {
                        drawBackdrop(backdrop.getGraphicsContext2D(), getWidth(), getHeight());
                    }
                    backdropDirty = false;
                    baseDirty = false;
                    drawBase(base.getGraphicsContext2D(), getWidth(), getHeight());
                }
                if (overlayDirty) {
                    overlayDirty = false;
                    updateOverlay(getWidth(), getHeight());
                }
            }
        }.start();
    }

    @Override
    protected void layoutChildren() {
        for (Node c : getChildren()) {
            if (c instanceof Canvas canvas) {
                canvas.setWidth(getWidth());
                canvas.setHeight(getHeight());
            }
        }
        overlay.resize(getWidth(), getHeight());
        overlayClip.setWidth(getWidth());
        overlayClip.setHeight(getHeight());
        if (scatter != null) {
            scatter.sizeFor(getWidth(), getHeight(), renderScale());
        }
    }

    /** The screen's pixels per unit of this pane: above 1 on HiDPI screens. */
    protected final double renderScale() {
        var window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : window.getRenderScaleX();
    }

    /** Puts the subclass's scatter points between the backdrop and the base canvas, sized with the pane. */
    protected final void addScatterBelowBase(ScatterLayer layer) {
        scatter = layer;
        getChildren().add(getChildren().indexOf(base), layer.view());
    }

    /** Every layer: the view moved or what it shows changed. */
    final void markDirty() {
        backdropDirty = true;
        baseDirty = true;
    }

    /** The base and overlay layers only: new content in an unchanged frame. */
    final void markContentDirty() {
        baseDirty = true;
    }

    final void markOverlayDirty() {
        overlayDirty = true;
    }

    /** Called before the layers are drawn: sizes, fitting (which must then {@link #markDirty()}). */
    protected abstract void prepare(double width, double height);

    /** Only for a pane made with a backdrop: draws it, opaque. */
    protected void drawBackdrop(GraphicsContext g, double width, double height) {
        throw new IllegalStateException(getClass().getSimpleName() + " has no backdrop");
    }

    protected abstract void drawBase(GraphicsContext g, double width, double height);

    /** Shows, hides and moves the overlay's shapes to match the current state. */
    protected abstract void updateOverlay(double width, double height);
}
