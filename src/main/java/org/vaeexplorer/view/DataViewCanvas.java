package org.vaeexplorer.view;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.DrawViewModel;
import org.vaeexplorer.viewmodel.ExplorationViewModel;
import org.vaeexplorer.viewmodel.ManifoldSnapshot;
import org.vaeexplorer.viewmodel.PathSnapshot;
import org.vaeexplorer.viewmodel.SlowMotionSnapshot;
import org.vaeexplorer.viewmodel.PriorSampleSnapshot;
import org.vaeexplorer.viewmodel.ReconstructionSnapshot;
import org.vaeexplorer.viewmodel.ProbeSnapshot;

/**
 * The data as given (or its first two principal components), coloured like the latent canvas, with the probe's
 * decoding, its recent trail, the decoder's spread as an ellipse, the decoded manifold as a warped mesh, prior
 * samples, and the selected point's reconstruction.
 */
public final class DataViewCanvas extends LayeredCanvasPane {
    private static final int TRAIL = 40;
    private final Viewport viewport = new Viewport();
    /** An interpolation's path, while one is pinned. */
    private final PathMarks path = new PathMarks();
    private final ScatterLayer points = new ScatterLayer(5);
    private final FeatureRangeCache featureRanges = new FeatureRangeCache();
    private final Deque<double[]> trail = new ArrayDeque<>();
    private ExplorationViewModel vm;
    private ObservableObjectValue<DataSnapshot> currentData;
    private boolean fitPending = true;
    /** An empty drawing's frame, from −3 to 3, is due. */
    private boolean framePending;
    /** The pen and eraser, once bound; {@code null} before. */
    private DrawingInput drawing;
    private double lastX;
    private double lastY;
    private final Polyline trailLine = new Polyline();
    private final SpreadEllipses spread = new SpreadEllipses();
    private final Circle probeMarker = new Circle(7);
    /** The selected point, a dashed line to its reconstruction and a square on it. */
    private final Circle selectedMarker = new Circle(6);
    private final Line toReconstruction = new Line();
    private final Rectangle reconstructionMarker = new Rectangle(10, 10);
    /** A slow-motion step's example and the decoding of the z drawn for it. */
    private final StepMarks stepMarks = new StepMarks("x", "x̂");

    public DataViewCanvas() {
        super(true, DEFAULT_BASE_INTERVAL_NANOS);
        addScatterBelowBase(points);
        buildOverlay();
        // A resize (the drawing tools' bar appearing) keeps a drawing's frame rather than jumping to the data.
        widthProperty().addListener((obs, was, now) -> fitPending |= !drawingNow());
        heightProperty().addListener((obs, was, now) -> fitPending |= !drawingNow());
        base.addEventFilter(MouseEvent.ANY, e -> {
            // The pen and eraser take the pointer first while drawing.
            if (drawing != null && drawing.handle(e)) {
                e.consume();
                markOverlayDirty();
            }
        });
        base.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        base.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            viewport.panByPixels(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
            markDirty();
        });
        base.addEventHandler(ScrollEvent.SCROLL, e -> {
            viewport.zoomAt(e.getX(), e.getY(), Math.pow(1.0015, e.getDeltaY()));
            markDirty();
        });
    }

    public void bind(ExplorationViewModel exploration, ObservableObjectValue<DataSnapshot> data) {
        vm = exploration;
        currentData = data;
        currentData.addListener((obs, was, now) -> {
            trail.clear();
            // A drawing keeps its frame: the data must not jump away under the pen.
            if (!drawingNow()) {
                fitToData();
            } else {
                markDirty();
            }
        });
        vm.probeProperty().addListener((obs, was, now) -> {
            if (now != null) {
                trail.addLast(new double[] {now.planeX(), now.planeY()});
                while (trail.size() > TRAIL) {
                    trail.removeFirst();
                }
            } else {
                trail.clear();
            }
            markOverlayDirty();
        });
        vm.selectionProperty().addListener((obs, was, now) -> markOverlayDirty());
        vm.manifoldProperty().addListener((obs, was, now) -> markContentDirty());
        vm.priorSamplesProperty().addListener((obs, was, now) -> markContentDirty());
        vm.interpolation().pathProperty().addListener((obs, was, now) -> markOverlayDirty());
        vm.reconstructions().snapshotProperty().addListener((obs, was, now) -> markContentDirty());
        vm.colourFeatureProperty().addListener((obs, was, now) -> markDirty());
        vm.selectedRowProperty().addListener((obs, was, now) -> markOverlayDirty());
    }

    /**
     * Lets the pointer draw data with {@code draw}'s pen and eraser while drawing is on and {@code training} is
     * false; an empty drawing starts framed from −3 to 3.
     */
    public void bindDrawing(DrawViewModel draw, ObservableBooleanValue training) {
        drawing = new DrawingInput(draw, training, viewport);
        overlay.getChildren().add(drawing.brush());
        draw.pendingProperty().addListener((obs, was, now) -> markContentDirty());
        draw.activeProperty().addListener((obs, was, now) -> {
            if (now && draw.emptyStartProperty().get()) {
                framePending = true;
            }
            markDirty();
        });
    }

    private boolean drawingNow() {
        return drawing != null && drawing.drawing();
    }

    public void fitToData() {
        fitPending = true;
        markDirty();
    }

    private void pressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        DataSnapshot data = vm == null ? null : currentData.get();
        if (data == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int stride = DataPoints.stride(data.data().rows());
        int best = -1;
        double bestDistance = 6;
        for (int r = 0; r < data.data().rows(); r += stride) {
            double d = Math.hypot(viewport.screenX(data.plane()[2 * r]) - e.getX(),
                    viewport.screenY(data.plane()[2 * r + 1]) - e.getY());
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        if (best >= 0) {
            (e.isShortcutDown() ? vm.interpolation().otherRowProperty() : vm.selectedRowProperty()).set(best);
        }
    }

    @Override
    protected void prepare(double width, double height) {
        viewport.resize(width, height);
        DataSnapshot data = vm == null ? null : currentData.get();
        if (framePending) {
            viewport.show(-3, 3, -3, 3);
            framePending = false;
            fitPending = false;
        } else if (data != null && fitPending) {
            fit(data);
            fitPending = false;
        }
    }

    @Override
    protected String describe() {
        return vm == null ? null : CanvasDescriptions.data(currentData.get(), vm.probeProperty().get());
    }

    /** Axes and the data's points: they change only when the view, the data or its colouring do. */
    @Override
    protected void drawBackdrop(GraphicsContext g, double width, double height) {
        double font = fontSize();
        g.setFill(colours.get(CanvasColours.Role.BACKGROUND));
        g.fillRect(0, 0, width, height);
        DataSnapshot data = vm == null ? null : currentData.get();
        if (data == null) {
            points.hide();
            if (drawing != null && drawing.drawing()) {
                Axes.draw(g, colours, viewport, width, height, "x", "y", font);
            }
            return;
        }
        Dataset d = data.data();
        String x = data.principalComponents() ? "PC1" : d.featureNames().get(0);
        String y = data.principalComponents() ? "PC2" : d.cols() > 1 ? d.featureNames().get(1) : "";
        Axes.draw(g, colours, viewport, width, height, x, y, font);
        drawScatter(data, width, height);
    }

    /** Over the points: the decoded manifold's mesh, prior samples and the legend. */
    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        g.clearRect(0, 0, width, height);
        if (drawing != null) {
            drawing.paintPending(g);
        }
        DataSnapshot data = vm == null ? null : currentData.get();
        if (data == null) {
            return;
        }
        drawManifold(g, vm.manifoldProperty().get(), data.data());
        drawReconstructions(g, data, vm.reconstructions().snapshotProperty().get());
        drawPriorSamples(g, vm.priorSamplesProperty().get());
        Legend.draw(g, colours, data.data(), vm.colourFeatureProperty().get(), width, fontSize(), classShapes());
    }

    private void buildOverlay() {
        // Round joins (in main.css): a zig-zag drag would otherwise leave mitred spikes.
        Strokes.style("vae-probe-trail", trailLine);
        Strokes.style("vae-probe-marker", probeMarker);
        selectedMarker.setFill(null);
        reconstructionMarker.setFill(null);
        Strokes.style("vae-selection-mark", selectedMarker, toReconstruction, reconstructionMarker);
        Strokes.style("vae-selection-link", toReconstruction);
        overlay.getChildren().addAll(path.node(), selectedMarker, toReconstruction, reconstructionMarker, trailLine,
                spread.node(), stepMarks.node(), probeMarker);
    }

    @Override
    protected void updateOverlay(double width, double height) {
        DataSnapshot data = vm == null ? null : currentData.get();
        placeSelection(data, data == null ? null : vm.selectionProperty().get());
        PathSnapshot decodedPath = data == null ? null : vm.interpolation().pathProperty().get();
        path.show(decodedPath == null ? 0 : decodedPath.steps(), i -> decodedPath.plane()[2 * i],
                i -> decodedPath.plane()[2 * i + 1], viewport::screenX, viewport::screenY);
        placeProbe(data == null ? null : vm.probeProperty().get());
        stepMarks.placeOnPlane(viewport::screenX, viewport::screenY);
    }

    /** Draws the example of a slow-motion step and an arrow to the decoding of the z the step drew for it. */
    public void showStep(ObservableObjectValue<SlowMotionSnapshot> slowMotionStep) {
        stepMarks.follow(slowMotionStep, this::markOverlayDirty);
    }

    private void fit(DataSnapshot data) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        float[] p = data.plane();
        for (int i = 0; i < p.length; i += 2) {
            minX = Math.min(minX, p[i]);
            maxX = Math.max(maxX, p[i]);
            minY = Math.min(minY, p[i + 1]);
            maxY = Math.max(maxY, p[i + 1]);
        }
        viewport.fit(minX, maxX, minY, maxY);
    }

    private void drawScatter(DataSnapshot data, double width, double height) {
        Dataset d = data.data();
        int feature = vm.colourFeatureProperty().get();
        float[] range = d.hasLabels() ? null : featureRanges.of(d, feature);
        points.show(width, height, renderScale(), new DataPoints(data, feature, range, viewport.frozen()));
    }

    /** For 2-D data: the decoded latent grid as a mesh, showing how the decoder warps the plane. */
    private void drawManifold(GraphicsContext g, ManifoldSnapshot grid, Dataset d) {
        if (grid == null || d.imageShape() != null) {
            return;
        }
        int n = grid.n();
        float[] p = grid.plane();
        g.setStroke(colours.get(CanvasColours.Role.MANIFOLD_MESH));
        g.setLineWidth(stroke());
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = 2 * (i * n + j);
                double sx = viewport.screenX(p[k]);
                double sy = viewport.screenY(p[k + 1]);
                if (j + 1 < n) {
                    g.strokeLine(sx, sy, viewport.screenX(p[k + 2]), viewport.screenY(p[k + 3]));
                }
                if (i + 1 < n) {
                    int up = 2 * ((i + 1) * n + j);
                    g.strokeLine(sx, sy, viewport.screenX(p[up]), viewport.screenY(p[up + 1]));
                }
            }
        }
    }

    /** A line from each row to its reconstruction, and a dot at the reconstruction. */
    private void drawReconstructions(GraphicsContext g, DataSnapshot data, ReconstructionSnapshot shown) {
        if (shown == null) {
            return;
        }
        g.setStroke(colours.get(CanvasColours.Role.AXIS));
        g.setFill(colours.get(CanvasColours.Role.TEXT));
        g.setLineWidth(0.6 * stroke());
        int[] rows = shown.rows();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] >= data.data().rows()) {
                continue;
            }
            double rx = viewport.screenX(shown.plane()[2 * i]);
            double ry = viewport.screenY(shown.plane()[2 * i + 1]);
            g.strokeLine(viewport.screenX(data.plane()[2 * rows[i]]), viewport.screenY(data.plane()[2 * rows[i] + 1]),
                    rx, ry);
            g.fillOval(rx - 1.5 * scale(), ry - 1.5 * scale(), 3 * scale(), 3 * scale());
        }
        g.setLineWidth(1);
    }

    private void drawPriorSamples(GraphicsContext g, PriorSampleSnapshot samples) {
        if (samples == null) {
            return;
        }
        g.setStroke(colours.get(CanvasColours.Role.PRIOR_SAMPLE_EDGE));
        g.setFill(colours.get(CanvasColours.Role.PRIOR_SAMPLE_FILL));
        g.setLineWidth(stroke());
        double half = 3 * scale();
        for (int i = 0; i < samples.count(); i++) {
            double x = viewport.screenX(samples.plane()[2 * i]);
            double y = viewport.screenY(samples.plane()[2 * i + 1]);
            g.fillRect(x - half, y - half, 2 * half, 2 * half);
            g.strokeRect(x - half, y - half, 2 * half, 2 * half);
        }
        g.setLineWidth(1);
    }

    private void placeSelection(DataSnapshot data, ProbeSnapshot reconstruction) {
        int row = data == null ? -1 : vm.selectedRowProperty().get();
        boolean shown = row >= 0 && row < data.data().rows();
        selectedMarker.setVisible(shown);
        boolean reconstructed = shown && reconstruction != null;
        toReconstruction.setVisible(reconstructed);
        reconstructionMarker.setVisible(reconstructed);
        if (!shown) {
            return;
        }
        double ox = viewport.screenX(data.plane()[2 * row]);
        double oy = viewport.screenY(data.plane()[2 * row + 1]);
        selectedMarker.setCenterX(ox);
        selectedMarker.setCenterY(oy);
        if (reconstructed) {
            double rx = viewport.screenX(reconstruction.planeX());
            double ry = viewport.screenY(reconstruction.planeY());
            toReconstruction.setStartX(ox);
            toReconstruction.setStartY(oy);
            toReconstruction.setEndX(rx);
            toReconstruction.setEndY(ry);
            reconstructionMarker.setX(rx - 5);
            reconstructionMarker.setY(ry - 5);
        }
    }

    private void placeProbe(ProbeSnapshot probe) {
        probeMarker.setVisible(probe != null);
        trailLine.setVisible(probe != null);
        spread.node().setVisible(probe != null && probe.planeCovariance() != null);
        if (probe == null) {
            return;
        }
        Double[] points = new Double[2 * trail.size()];
        int i = 0;
        for (double[] point : trail) {
            points[i++] = viewport.screenX(point[0]);
            points[i++] = viewport.screenY(point[1]);
        }
        trailLine.getPoints().setAll(points);
        double x = viewport.screenX(probe.planeX());
        double y = viewport.screenY(probe.planeY());
        probeMarker.setCenterX(x);
        probeMarker.setCenterY(y);
        probeMarker.setRadius(7 * scale());
        if (probe.planeCovariance() != null) {
            spread.place(x, y, probe.planeCovariance(), viewport.scale());
        }
    }
}
