package org.vaeexplorer.view;

import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Group;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.ExplorationViewModel;
import org.vaeexplorer.viewmodel.LatentSnapshot;
import org.vaeexplorer.viewmodel.PathSnapshot;
import org.vaeexplorer.viewmodel.SlowMotionSnapshot;

/**
 * The latent space: encoded means of a sample of the data coloured by class, the prior's 1σ–3σ circles, the
 * draggable probe, the selected point's posterior, and (for images) a mosaic of decodings behind the points.
 * Drag the probe to move it, drag elsewhere to pan, scroll to zoom, click a point to select it.
 */
public final class LatentCanvas extends LayeredCanvasPane {
    private static final double PROBE_RADIUS = 9;
    private final Viewport viewport = new Viewport();
    /** An interpolation's path, while one is pinned. */
    private final PathMarks path = new PathMarks();
    private final ScatterLayer points = new ScatterLayer(6);
    private final FeatureRangeCache featureRanges = new FeatureRangeCache();
    private ExplorationViewModel vm;
    private ObservableObjectValue<DataSnapshot> currentData;
    private boolean draggingProbe;
    private double lastX;
    private double lastY;
    private boolean fitPending = true;
    private final ManifoldMosaic mosaic = new ManifoldMosaic();
    private BaseCaption baseCaption;
    /** The probe: a ring with a tick either side, centred on its group's origin. */
    private final Group probe = new Group();
    /** The selected point's posterior: its 1σ ellipse and a cross at its mean. */
    private final Ellipse selectionEllipse = new Ellipse();
    private final Group selection = new Group();
    private final RowMark otherRowMark = new RowMark();
    /** A slow-motion step's example: μ, σ and the arrow to its z. */
    private final StepMarks stepMarks = new StepMarks("μ", "z");

    public LatentCanvas() {
        super(true, DEFAULT_BASE_INTERVAL_NANOS);
        setFocusTraversable(true);
        addScatterBelowBase(points);
        buildOverlay();
        base.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        base.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        base.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> draggingProbe = false);
        base.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** Connects the canvas to its view model; every change it shows marks it for redrawing. */
    public void bind(ExplorationViewModel exploration, ObservableObjectValue<DataSnapshot> data) {
        vm = exploration;
        currentData = data;
        vm.latentProperty().addListener((obs, was, now) -> {
            if (now != null && (was == null || was.epoch() == 0)) {
                fitPending = true;
            }
            markContentDirty();
        });
        currentData.addListener((obs, was, now) -> markDirty());
        vm.probeXProperty().addListener((obs, was, now) -> markOverlayDirty());
        vm.probeYProperty().addListener((obs, was, now) -> markOverlayDirty());
        vm.dimensionXProperty().addListener((obs, was, now) -> markDirty());
        vm.dimensionYProperty().addListener((obs, was, now) -> markDirty());
        vm.selectedRowProperty().addListener((obs, was, now) -> markOverlayDirty());
        vm.interpolation().otherRowProperty().addListener((obs, was, now) -> markOverlayDirty());
        vm.manifoldProperty().addListener((obs, was, now) -> markDirty());
        vm.colourFeatureProperty().addListener((obs, was, now) -> markDirty());
        vm.manifoldShownProperty().addListener((obs, was, now) -> publishArea());
        vm.interpolation().pathProperty().addListener((obs, was, now) -> markOverlayDirty());
        vm.areaToShowProperty().addListener((obs, was, now) -> {
            if (now != null) {
                fitPending = true;
                markDirty();
            }
        });
    }

    /** Draws the example of a slow-motion step: μ, its σ ellipse and an arrow to the z the step drew. */
    public void showStep(ObservableObjectValue<SlowMotionSnapshot> slowMotionStep) {
        stepMarks.follow(slowMotionStep, this::markOverlayDirty);
    }

    /** Frames the encoded points and the prior's 2σ circle. */
    public void fitToData() {
        fitPending = true;
        markDirty();
    }

    @Override
    protected String describe() {
        if (vm == null) {
            return null;
        }
        String x = CanvasDescriptions.brief(vm.probeXProperty().get());
        String y = CanvasDescriptions.brief(vm.probeYProperty().get());
        LatentSnapshot latent = vm.latentProperty().get();
        return latent == null ? Texts.get("presenter.access.latentEmpty", x, y)
                : Texts.get("presenter.access.latent", latent.latentDim(), latent.rows().length, x, y);
    }

    /** Where the probe is drawn, in the canvas's coordinates. */
    javafx.geometry.Point2D probeInCanvas() {
        return new javafx.geometry.Point2D(viewport.screenX(vm.probeXProperty().get()),
                viewport.screenY(vm.probeYProperty().get()));
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        if (vm == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double px = viewport.screenX(vm.probeXProperty().get());
        double py = viewport.screenY(vm.probeYProperty().get());
        if (Math.hypot(e.getX() - px, e.getY() - py) <= (PROBE_RADIUS + 4) * scale()) {
            draggingProbe = true;
            return;
        }
        int row = pointAt(e.getX(), e.getY());
        if (row >= 0) {
            // Ctrl+click: a second row, the other end of an interpolation between rows.
            (e.isShortcutDown() ? vm.interpolation().otherRowProperty() : vm.selectedRowProperty()).set(row);
        } else if (e.getClickCount() == 2) {
            vm.probeXProperty().set(viewport.worldX(e.getX()));
            vm.probeYProperty().set(viewport.worldY(e.getY()));
        }
    }

    private void dragged(MouseEvent e) {
        if (vm == null) {
            return;
        }
        if (draggingProbe) {
            vm.probeXProperty().set(viewport.worldX(e.getX()));
            vm.probeYProperty().set(viewport.worldY(e.getY()));
        } else {
            viewport.panByPixels(e.getX() - lastX, e.getY() - lastY);
            publishArea();
            markDirty();
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void scrolled(ScrollEvent e) {
        viewport.zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
        publishArea();
        markDirty();
    }

    private void publishArea() {
        if (vm != null) {
            vm.setVisibleLatentArea(viewport.minX(), viewport.maxX(), viewport.minY(), viewport.maxY());
        }
    }

    /** The data row drawn nearest to a pixel, within 6 pixels, or −1. */
    private int pointAt(double sx, double sy) {
        LatentSnapshot latent = vm.latentProperty().get();
        if (latent == null) {
            return -1;
        }
        int dx = vm.dimensionXProperty().get();
        int dy = vm.dimensionYProperty().get();
        int l = latent.latentDim();
        int best = -1;
        double bestDistance = 6;
        for (int i = 0; i < latent.rows().length; i++) {
            double x = viewport.screenX(latent.mean()[i * l + dx]);
            double y = viewport.screenY(l > 1 ? latent.mean()[i * l + dy] : 0);
            double d = Math.hypot(x - sx, y - sy);
            if (d < bestDistance) {
                bestDistance = d;
                best = latent.rows()[i];
            }
        }
        return best;
    }

    @Override
    protected void prepare(double width, double height) {
        viewport.resize(width, height);
        if (vm != null && fitPending) {
            ExplorationViewModel.LatentArea shown = vm.areaToShowProperty().get();
            if (shown != null) {
                // An opened lesson's view: exactly its rectangle, however the window is sized.
                viewport.show(shown.xMin(), shown.xMax(), shown.yMin(), shown.yMax());
            } else {
                fit(vm.latentProperty().get(), vm.dimensionXProperty().get(), vm.dimensionYProperty().get());
            }
            fitPending = false;
            publishArea();
            markDirty();
        }
    }

    /** The frame: background, manifold mosaic, axes and the prior's circles; it changes only when the view does. */
    @Override
    protected void drawBackdrop(GraphicsContext g, double width, double height) {
        double font = fontSize();
        g.setFill(colours.get(CanvasColours.Role.BACKGROUND));
        g.fillRect(0, 0, width, height);
        if (vm == null) {
            return;
        }
        LatentSnapshot latent = vm.latentProperty().get();
        int dx = vm.dimensionXProperty().get();
        int dy = vm.dimensionYProperty().get();
        DataSnapshot shown = currentData.get();
        mosaic.draw(g, vm.manifoldProperty().get(), shown == null ? null : shown.data().imageShape(), viewport);
        Axes.draw(g, colours, viewport, width, height, Texts.get("latent.dimension", dx + 1), latent != null && latent.latentDim() == 1 ? ""
                : Texts.get("latent.dimension", dy + 1), font);
        Color prior = colours.get(CanvasColours.Role.PRIOR_CIRCLE);
        g.setStroke(prior);
        g.setLineWidth(stroke());
        g.setLineDashes(6 * stroke(), 5 * stroke());
        // A plain autoencoder's codes are points (σ = 0): it has no prior whose circles could be drawn.
        boolean pointCodes = latent != null && latent.sigma().length > 0 && latent.sigma()[0] == 0;
        for (int k = 1; k <= 3 && !pointCodes; k++) {
            double r = k * viewport.scale();
            g.strokeOval(viewport.screenX(0) - r, viewport.screenY(0) - r, 2 * r, 2 * r);
            g.setFill(prior);
            // Up and to the left of the centre: the legend takes the top right corner.
            g.fillText(k + "σ", viewport.screenX(0) - r * 0.71 - 1.3 * font - 3, viewport.screenY(0) - r * 0.71 - 3);
        }
        g.setLineDashes();
    }

    /**
     * The encoded points, repainted after epochs, and on the canvas the legend or a hint, redrawn only when they
     * change: an untouched canvas costs the renderer nothing.
     */
    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        double font = fontSize();
        LatentSnapshot latent = vm == null ? null : vm.latentProperty().get();
        DataSnapshot data = vm == null ? null : currentData.get();
        int feature = vm == null ? 0 : vm.colourFeatureProperty().get();
        String hint = data == null ? Texts.get("latent.hint.noData")
                : latent == null ? Texts.get("latent.hint.train") : null;
        if (hint == null) {
            drawPoints(latent, data.data(), vm.dimensionXProperty().get(), vm.dimensionYProperty().get(), feature,
                    width, height);
        } else {
            points.hide();
        }
        BaseCaption caption = new BaseCaption(hint, hint == null ? data.data() : null, feature, width, font,
                colours.changes(), classShapes());
        if (!caption.equals(baseCaption)) {
            baseCaption = caption;
            g.clearRect(0, 0, width, height);
            if (hint != null) {
                g.setFill(colours.get(CanvasColours.Role.AXIS));
                g.setFont(CjkFont.canvas(font * 1.2));
                g.fillText(hint, 20, 3 * font);
            } else {
                Legend.draw(g, colours, data.data(), feature, width, font, classShapes());
            }
        }
    }

    /** The screen's caption is kept: the fresh canvas gets everything, the screen's canvas what it lacks. */
    @Override
    protected void drawBaseAfresh(GraphicsContext g, double width, double height) {
        BaseCaption onScreen = baseCaption;
        baseCaption = null;
        drawBase(g, width, height);
        baseCaption = onScreen;
    }

    /** What the base canvas shows: a hint, or the legend of a dataset coloured by a feature, at a width. */
    private record BaseCaption(String hint, Dataset data, int feature, double width, double font,
            int colourChanges, boolean shapes) {
    }

    private void buildOverlay() {
        Circle ring = new Circle(PROBE_RADIUS);
        Line left = new Line(-PROBE_RADIUS - 5, 0, -PROBE_RADIUS + 3, 0);
        Line right = new Line(PROBE_RADIUS - 3, 0, PROBE_RADIUS + 5, 0);
        Strokes.style("vae-probe-ring", ring);
        Strokes.style("vae-probe-mark", left, right);
        probe.getChildren().addAll(ring, left, right);
        selectionEllipse.setFill(null);
        Line across = new Line(-5, 0, 5, 0);
        Line down = new Line(0, -5, 0, 5);
        Strokes.style("vae-selection-mark", selectionEllipse, across, down);
        selection.getChildren().addAll(selectionEllipse, across, down);
        overlay.getChildren().addAll(path.node(), selection, otherRowMark.node(), stepMarks.node(), probe);
    }

    @Override
    protected void updateOverlay(double width, double height) {
        probe.setVisible(vm != null);
        LatentSnapshot latent = vm == null ? null : vm.latentProperty().get();
        selection.setVisible(latent != null
                && placeSelection(latent, vm.dimensionXProperty().get(), vm.dimensionYProperty().get()));
        // The probe and the selection's cross grow with presenter mode's scale, their strokes too.
        probe.setScaleX(scale());
        probe.setScaleY(scale());
        if (vm != null) {
            probe.setLayoutX(viewport.screenX(vm.probeXProperty().get()));
            probe.setLayoutY(viewport.screenY(vm.probeYProperty().get()));
        }
        if (vm != null) {
            otherRowMark.place(latent, vm.interpolation().otherRowProperty().get(), vm.dimensionXProperty().get(),
                    vm.dimensionYProperty().get(), viewport);
            stepMarks.placeInLatent(vm.dimensionXProperty().get(),
                    latent != null && latent.latentDim() > 1 ? vm.dimensionYProperty().get() : -1, viewport);
        }
        PathSnapshot walk = vm == null ? null : vm.interpolation().pathProperty().get();
        if (walk == null) {
            path.show(0, null, null, viewport::screenX, viewport::screenY);
        } else {
            int l = walk.latentDim();
            int dx = vm.dimensionXProperty().get();
            int dy = vm.dimensionYProperty().get();
            path.show(walk.steps(), i -> walk.z()[i * l + dx], i -> l > 1 ? walk.z()[i * l + dy] : 0,
                    viewport::screenX, viewport::screenY);
        }
    }

    private void fit(LatentSnapshot latent, int dx, int dy) {
        double minX = -2.5;
        double maxX = 2.5;
        double minY = -2.5;
        double maxY = 2.5;
        if (latent != null) {
            int l = latent.latentDim();
            for (int i = 0; i < latent.rows().length; i++) {
                double x = latent.mean()[i * l + dx];
                double y = l > 1 ? latent.mean()[i * l + dy] : 0;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        viewport.fit(minX, maxX, minY, maxY);
    }

    private void drawPoints(LatentSnapshot latent, Dataset data, int dx, int dy, int feature, double width,
            double height) {
        float[] range = data.hasLabels() ? null : featureRanges.of(data, feature);
        points.show(width, height, renderScale(),
                new EncodedPoints(latent, data, dx, dy, feature, range, viewport.frozen()));
    }

    /** Places the selected point's posterior; false when no point of the sample is selected. */
    private boolean placeSelection(LatentSnapshot latent, int dx, int dy) {
        int row = vm.selectedRowProperty().get();
        int index = java.util.Arrays.binarySearch(latent.rows(), row);
        if (row < 0 || index < 0) {
            return false;
        }
        int l = latent.latentDim();
        double mx = latent.mean()[index * l + dx];
        double my = l > 1 ? latent.mean()[index * l + dy] : 0;
        selectionEllipse.setRadiusX(latent.sigma()[index * l + dx] * viewport.scale());
        selectionEllipse.setRadiusY((l > 1 ? latent.sigma()[index * l + dy] : 0) * viewport.scale());
        selection.setLayoutX(viewport.screenX(mx));
        selection.setLayoutY(viewport.screenY(my));
        return true;
    }
}
