package org.vaeexplorer.view;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.vaeexplorer.model.Dataset;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.ManifoldSnapshot;
import org.vaeexplorer.viewmodel.PriorSampleSnapshot;
import org.vaeexplorer.viewmodel.ProbeSnapshot;

/**
 * The data as given (or its first two principal components), coloured like the latent canvas, with the probe's
 * decoding, its recent trail, the decoder's spread as an ellipse, the decoded manifold as a warped mesh, prior
 * samples, and the selected point's reconstruction.
 */
public final class DataViewCanvas extends LayeredCanvasPane {
    private static final int MAX_POINTS = 4000;
    private static final int TRAIL = 40;
    private final Viewport viewport = new Viewport();
    private final ScatterLayer points = new ScatterLayer(5);
    private final FeatureRangeCache featureRanges = new FeatureRangeCache();
    private final Deque<double[]> trail = new ArrayDeque<>();
    private MainViewModel vm;
    private boolean fitPending = true;
    private double lastX;
    private double lastY;

    public DataViewCanvas() {
        widthProperty().addListener((obs, was, now) -> fitPending = true);
        heightProperty().addListener((obs, was, now) -> fitPending = true);
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

    public void bind(MainViewModel viewModel) {
        vm = viewModel;
        vm.dataProperty().addListener((obs, was, now) -> {
            trail.clear();
            fitToData();
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
        vm.manifoldProperty().addListener((obs, was, now) -> markDirty());
        vm.priorSamplesProperty().addListener((obs, was, now) -> markDirty());
        vm.colourFeatureProperty().addListener((obs, was, now) -> markDirty());
        vm.selectedRowProperty().addListener((obs, was, now) -> markOverlayDirty());
    }

    public void fitToData() {
        fitPending = true;
        markDirty();
    }

    private void pressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        DataSnapshot data = vm == null ? null : vm.dataProperty().get();
        if (data == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        int stride = stride(data.data().rows());
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
            vm.selectedRowProperty().set(best);
        }
    }

    private static int stride(int rows) {
        return Math.max(1, (rows + MAX_POINTS - 1) / MAX_POINTS);
    }

    @Override
    protected void prepare(double width, double height) {
        viewport.resize(width, height);
        DataSnapshot data = vm == null ? null : vm.dataProperty().get();
        if (data != null && fitPending) {
            fit(data);
            fitPending = false;
        }
    }

    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        double font = Math.max(11, Font.getDefault().getSize());
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        DataSnapshot data = vm == null ? null : vm.dataProperty().get();
        if (data == null) {
            return;
        }
        Dataset d = data.data();
        String x = data.principalComponents() ? "PC1" : d.featureNames().get(0);
        String y = data.principalComponents() ? "PC2" : d.cols() > 1 ? d.featureNames().get(1) : "";
        Axes.draw(g, viewport, width, height, x, y, font);
        drawScatter(g, data, width, height);
        drawManifold(g, vm.manifoldProperty().get(), d);
        drawPriorSamples(g, vm.priorSamplesProperty().get());
        Legend.draw(g, d, vm.colourFeatureProperty().get(), width, font);
    }

    @Override
    protected void drawOverlay(GraphicsContext g, double width, double height) {
        DataSnapshot data = vm == null ? null : vm.dataProperty().get();
        if (data == null) {
            return;
        }
        drawSelection(g, data, vm.selectionProperty().get());
        drawProbe(g, vm.probeProperty().get());
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

    private void drawScatter(GraphicsContext g, DataSnapshot data, double width, double height) {
        Dataset d = data.data();
        int feature = vm.colourFeatureProperty().get();
        float[] range = d.hasLabels() ? null : featureRanges.of(d, feature);
        points.begin(g, width, height);
        for (int r = 0; r < d.rows(); r += stride(d.rows())) {
            Color colour = Palette.ofRow(d, r, feature, range);
            points.dot(viewport.screenX(data.plane()[2 * r]), viewport.screenY(data.plane()[2 * r + 1]), colour, 0.6);
        }
        points.drawTo(g, width, height);
    }

    /** For 2-D data: the decoded latent grid as a mesh, showing how the decoder warps the plane. */
    private void drawManifold(GraphicsContext g, ManifoldSnapshot grid, Dataset d) {
        if (grid == null || d.imageShape() != null) {
            return;
        }
        int n = grid.n();
        float[] p = grid.plane();
        g.setStroke(Color.rgb(40, 40, 40, 0.45));
        g.setLineWidth(1);
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

    private void drawPriorSamples(GraphicsContext g, PriorSampleSnapshot samples) {
        if (samples == null) {
            return;
        }
        g.setStroke(Color.BLACK);
        g.setFill(Color.rgb(255, 255, 255, 0.8));
        for (int i = 0; i < samples.count(); i++) {
            double x = viewport.screenX(samples.plane()[2 * i]);
            double y = viewport.screenY(samples.plane()[2 * i + 1]);
            g.fillRect(x - 3, y - 3, 6, 6);
            g.strokeRect(x - 3, y - 3, 6, 6);
        }
    }

    private void drawSelection(GraphicsContext g, DataSnapshot data, ProbeSnapshot reconstruction) {
        int row = vm.selectedRowProperty().get();
        if (row < 0 || row >= data.data().rows()) {
            return;
        }
        double ox = viewport.screenX(data.plane()[2 * row]);
        double oy = viewport.screenY(data.plane()[2 * row + 1]);
        g.setStroke(Color.BLACK);
        g.setLineWidth(2);
        g.strokeOval(ox - 6, oy - 6, 12, 12);
        if (reconstruction != null) {
            double rx = viewport.screenX(reconstruction.planeX());
            double ry = viewport.screenY(reconstruction.planeY());
            g.setLineDashes(4, 3);
            g.strokeLine(ox, oy, rx, ry);
            g.setLineDashes();
            g.strokeRect(rx - 5, ry - 5, 10, 10);
        }
        g.setLineWidth(1);
    }

    private void drawProbe(GraphicsContext g, ProbeSnapshot probe) {
        if (probe == null) {
            return;
        }
        g.setStroke(Palette.PROBE.deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(2);
        double[] previous = null;
        for (double[] point : trail) {
            if (previous != null) {
                g.strokeLine(viewport.screenX(previous[0]), viewport.screenY(previous[1]), viewport.screenX(point[0]),
                        viewport.screenY(point[1]));
            }
            previous = point;
        }
        double x = viewport.screenX(probe.planeX());
        double y = viewport.screenY(probe.planeY());
        double[] c = probe.planeCovariance();
        if (c != null) {
            drawCovarianceEllipse(g, x, y, c);
        }
        g.setFill(Palette.PROBE);
        g.fillOval(x - 7, y - 7, 14, 14);
        g.setStroke(Color.WHITE);
        g.strokeOval(x - 7, y - 7, 14, 14);
        g.setLineWidth(1);
    }

    /** The 1σ and 2σ ellipses of a 2×2 covariance {xx, xy, yy}, from its eigen-decomposition. */
    private void drawCovarianceEllipse(GraphicsContext g, double x, double y, double[] c) {
        double trace = c[0] + c[2];
        double det = c[0] * c[2] - c[1] * c[1];
        double root = Math.sqrt(Math.max(0, trace * trace / 4 - det));
        double l1 = trace / 2 + root;
        double l2 = Math.max(0, trace / 2 - root);
        double angle = Math.toDegrees(Math.atan2(l1 - c[0], c[1] == 0 ? 1e-12 : c[1]));
        if (c[1] == 0) {
            angle = c[0] >= c[2] ? 0 : 90;
        }
        g.save();
        g.translate(x, y);
        g.rotate(-angle);
        g.setStroke(Palette.PROBE);
        g.setLineWidth(1.5);
        for (int k = 1; k <= 2; k++) {
            double a = k * Math.sqrt(l1) * viewport.scale();
            double b = k * Math.sqrt(l2) * viewport.scale();
            g.strokeOval(-a, -b, 2 * a, 2 * b);
        }
        g.restore();
    }
}
