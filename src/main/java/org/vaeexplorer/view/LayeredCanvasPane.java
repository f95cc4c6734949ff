package org.vaeexplorer.view;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;

/**
 * Layers that fill the region, each updated at most once per pulse: an optional backdrop canvas for what changes
 * only when the view moves (axes, grids), a base canvas for what changes per epoch (points, loss curves) and an
 * overlay of shape nodes for what follows the mouse (the probe, a hover box). The overlay is nodes, not a canvas,
 * because a changed canvas is repainted whole while a moved node repaints only the pixels it left and entered
 * (docs/decisions/0006). Changes only mark a layer dirty; the window's {@link RepaintScheduler} updates it on a
 * later pulse, however many changes came between. Its colours come from CSS (style class {@code vae-canvas}).
 */
abstract class LayeredCanvasPane extends Region implements RepaintScheduler.Repaintable, CanvasColours.Owner {
    /** Below the base layer, or {@code null} when the pane draws everything on its base layer. */
    private final Canvas backdrop;
    protected final Canvas base = new Canvas();
    /** Shapes that follow the mouse; subclasses add them once and move them in {@link #updateOverlay}. */
    protected final Pane overlay = new Pane();
    private final Rectangle overlayClip = new Rectangle();
    /** What the canvases are painted with; a change of theme redraws every layer. */
    protected final CanvasColours colours = new CanvasColours(this, this::markDirty);
    /** The window's scale for texts and marks, for line widths, and class shapes ({@link CanvasLook}). */
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private final DoubleProperty stroke = new SimpleDoubleProperty(1);
    private final BooleanProperty shapes = new SimpleBooleanProperty();
    /** Scatter points between the backdrop and the base canvas, or {@code null}. */
    private ScatterLayer scatter;
    /**
     * The default least time between two redraws of the base layer: while training it changes every epoch, and
     * redrawing it every frame would take the CPU the training needs, for changes no eye can follow.
     */
    static final long DEFAULT_BASE_INTERVAL_NANOS = 80_000_000L;
    private final long baseIntervalNanos;
    private RepaintScheduler scheduler;
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
        getStyleClass().add("vae-canvas");
        overlay.setMouseTransparent(true);
        // Unmanaged: moving a shape must not ask every container up to the window for a new layout.
        overlay.setManaged(false);
        overlay.setClip(overlayClip);
        setMinSize(120, 100);
        widthProperty().addListener((obs, was, now) -> markDirty());
        heightProperty().addListener((obs, was, now) -> markDirty());
        scale.addListener((obs, was, now) -> lookChanged());
        stroke.addListener((obs, was, now) -> markDirty());
        shapes.addListener((obs, was, now) -> lookChanged());
        sceneProperty().addListener((obs, was, now) -> adoptLook());
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    }

    /** A screen reader reading the pane hears {@link #describe()}, made only when it asks. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && getAccessibleText() == null) {
            String text = describe();
            if (text != null) {
                return text;
            }
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** What the pane shows, in a sentence for screen readers, or {@code null} to say nothing more than its role. */
    protected String describe() {
        return null;
    }

    /** Follows the look of the window this pane is now in. */
    private void adoptLook() {
        CanvasLook look = getScene() == null ? null : CanvasLook.of(this);
        if (look != null) {
            scale.bind(look.scale);
            stroke.bind(look.stroke);
            shapes.bind(look.shapes);
        }
    }

    private void lookChanged() {
        if (scatter != null) {
            scatter.look(scale.get(), shapes.get());
        }
        markDirty();
        markOverlayDirty();
    }

    /** What texts, point sizes and marks are scaled by: above 1 in presenter mode. */
    final ReadOnlyDoubleProperty scaleProperty() {
        return scale;
    }

    protected final double scale() {
        return scale.get();
    }

    /** What line widths are multiplied by: the scale, and more in the projector theme. */
    protected final double stroke() {
        return stroke.get();
    }

    /** Whether classes are drawn with a marker shape each as well as a colour. */
    protected final boolean classShapes() {
        return shapes.get();
    }

    /** The size of the panes' text: the platform's, at least 11, times the scale. */
    protected final double fontSize() {
        return Math.max(11, Font.getDefault().getSize()) * scale.get();
    }

    /** Repaints on the pulses of the window's scheduler; scatter points are painted on {@code painter}. */
    final void paintWith(RepaintScheduler repaints, Executor painter) {
        scheduler = repaints;
        if (scatter != null) {
            scatter.paintWith(repaints, painter);
        }
        scheduler.requestRepaint(this);
    }

    @Override
    public final boolean repaint(RepaintScheduler.Pulse pulse) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            // A change of size marks the pane dirty again.
            return false;
        }
        if ((baseDirty || backdropDirty) && pulse.nanos() - lastBaseDraw >= baseIntervalNanos
                && pulse.takeBaseLayer()) {
            lastBaseDraw = pulse.nanos();
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
        return baseDirty || backdropDirty || overlayDirty;
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

    @Override
    public CanvasColours canvasColours() {
        return colours;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CanvasColours.REGION_AND_COLOURS;
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
        requestRepaint();
    }

    /** The base and overlay layers only: new content in an unchanged frame. */
    final void markContentDirty() {
        baseDirty = true;
        requestRepaint();
    }

    final void markOverlayDirty() {
        overlayDirty = true;
        requestRepaint();
    }

    private void requestRepaint() {
        if (scheduler != null) {
            scheduler.requestRepaint(this);
        }
    }

    /**
     * Called before the layers are drawn: sizes, fitting (which must then {@link #markDirty()}). Nothing by default.
     */
    protected void prepare(double width, double height) {
    }

    /** Only for a pane made with a backdrop: draws it, opaque. */
    protected void drawBackdrop(GraphicsContext g, double width, double height) {
        throw new IllegalStateException(getClass().getSimpleName() + " has no backdrop");
    }

    protected abstract void drawBase(GraphicsContext g, double width, double height);

    /**
     * Draws the base layer on a canvas of its own, for an exported picture. A pane that skips drawing what its screen
     * canvas already shows overrides this to draw everything.
     */
    protected void drawBaseAfresh(GraphicsContext g, double width, double height) {
        drawBase(g, width, height);
    }

    /**
     * The pane as a picture of {@code scale} pixels per unit: every layer drawn afresh by the code that draws it on
     * screen, at that resolution (a snapshot of the screen's canvases would only enlarge their pixels).
     */
    final WritableImage picture(double scale) {
        double width = getWidth();
        double height = getHeight();
        prepare(width, height);
        Pane stack = new Pane();
        if (backdrop != null) {
            stack.getChildren().add(layer(scale, g -> drawBackdrop(g, width, height)));
        }
        // Drawing the base hands the scatter its newest points.
        Canvas drawnBase = layer(scale, g -> drawBaseAfresh(g, width, height));
        WritableImage dots = scatter == null ? null : scatter.pictureNow(width, height, scale);
        if (dots != null) {
            stack.getChildren().add(new ImageView(dots));
        }
        stack.getChildren().add(drawnBase);
        stack.getChildren().add(new ImageView(overlayPicture(scale, drawnBase)));
        SnapshotParameters flat = new SnapshotParameters();
        flat.setFill(colours.get(CanvasColours.Role.BACKGROUND));
        return stack.snapshot(flat, null);
    }

    /** The overlay's shapes at {@code scale}, transparent around them, the size of {@code layer}. */
    private WritableImage overlayPicture(double scale, Canvas layer) {
        updateOverlay(getWidth(), getHeight());
        SnapshotParameters shapes = new SnapshotParameters();
        shapes.setFill(Color.TRANSPARENT);
        shapes.setTransform(new Scale(scale, scale));
        shapes.setViewport(new Rectangle2D(0, 0, layer.getWidth(), layer.getHeight()));
        return overlay.snapshot(shapes, null);
    }

    /**
     * For a pane with scatter points: SVG with the points as circles, drawn from the list the screen's scatter is
     * painted from, between the pane's other layers, which are embedded as pictures at twice the size.
     */
    final String scatterSvg() throws java.io.IOException {
        double width = getWidth();
        double height = getHeight();
        prepare(width, height);
        SvgPen pen = new SvgPen(width, height, fontSize());
        if (backdrop != null) {
            pen.image(png(layer(2, g -> drawBackdrop(g, width, height)).snapshot(null, null)));
        }
        Canvas drawnBase = layer(2, g -> drawBaseAfresh(g, width, height));
        scatter.listLatest((x, y, colour, opacity, shapeClass) -> pen.circle(x, y, scatter.radius(), colour, opacity));
        Pane front = new Pane(drawnBase, new ImageView(overlayPicture(2, drawnBase)));
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        pen.image(png(front.snapshot(transparent, null)));
        return pen.document();
    }

    private static byte[] png(WritableImage image) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        PanePictures.writePng(image, bytes);
        return bytes.toByteArray();
    }

    /** A canvas of the pane's size at {@code scale} pixels per unit, drawn on in the pane's units. */
    private Canvas layer(double scale, java.util.function.Consumer<GraphicsContext> draw) {
        Canvas canvas = new Canvas(Math.ceil(getWidth() * scale), Math.ceil(getHeight() * scale));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.scale(scale, scale);
        draw.accept(g);
        return canvas;
    }

    /** Shows, hides and moves the overlay's shapes to match the current state. Nothing by default. */
    protected void updateOverlay(double width, double height) {
    }

    /**
     * Fills a layer with the background colour and sets the text font the panes share.
     *
     * @return the font's size, which the pane's text and margins scale with
     */
    protected final double clearWithFont(GraphicsContext g, double width, double height) {
        double font = fontSize();
        g.setFont(CjkFont.canvas(font));
        g.setFill(colours.get(CanvasColours.Role.BACKGROUND));
        g.fillRect(0, 0, width, height);
        return font;
    }
}
