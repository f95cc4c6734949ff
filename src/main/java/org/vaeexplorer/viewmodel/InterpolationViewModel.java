package org.vaeexplorer.viewmodel;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.network.LatentPaths;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * The interpolation pane, part of the exploration panes (whose canvases draw its path): two latent points pinned
 * from the probe or the posterior means of two selected rows, a linear or spherical path between them
 * ({@link LatentPaths}), the path decoded (a film strip for images, a curve over the data for the rest), and a
 * position along the path that moves the probe (the view animates it to play the path).
 */
public final class InterpolationViewModel {
    /** Points along a path, ends included. */
    public static final int STEPS = 10;

    private final ExplorerSession session;
    private final ExplorationViewModel exploration;
    private final ObservableValue<VaeConfig> model;
    private final ReadOnlyObjectWrapper<float[]> start = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<float[]> end = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty spherical = new SimpleBooleanProperty(false);
    private final DoubleProperty position = new SimpleDoubleProperty(0);
    private final ReadOnlyObjectWrapper<PathSnapshot> path = new ReadOnlyObjectWrapper<>();
    private final Coalescer<PathSnapshot> pathOut;
    private final Executor uiThread;
    private final ModelWorker worker;
    /** The second selected row (Ctrl+click), or −1: the selected row and it can be the path's ends. */
    private final IntegerProperty otherRow = new SimpleIntegerProperty(-1);
    private final BooleanBinding twoRows;
    private final NewestRequest<float[]> pathRequest;

    InterpolationViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session,
            ExplorationViewModel exploration, TrainingViewModel training) {
        this.session = session;
        this.exploration = exploration;
        this.uiThread = uiThread;
        this.worker = worker;
        IntegerProperty selected = exploration.selectedRowProperty();
        twoRows = Bindings.createBooleanBinding(() -> selected.get() >= 0 && otherRow.get() >= 0
                && selected.get() != otherRow.get(), selected, otherRow);
        this.model = training.modelConfigProperty();
        pathOut = new Coalescer<>(uiThread, decoded -> {
            if (start.get() != null && end.get() != null) {
                path.set(decoded);
            }
        });
        pathRequest = worker.newestRequest(this::decodePath, false);
        training.onNewWeights(pathRequest::serveAgain);
        model.addListener((obs, was, now) -> {
            if (now == null || was == null || now.latentDim() != was.latentDim()) {
                clear();
            }
        });
        spherical.addListener((obs, was, now) -> requestPath());
        position.addListener((obs, was, now) -> followPosition(now.doubleValue()));
    }

    /** The pinned start, or {@code null}. */
    public ReadOnlyObjectProperty<float[]> startProperty() {
        return start.getReadOnlyProperty();
    }

    /** The pinned end, or {@code null}. */
    public ReadOnlyObjectProperty<float[]> endProperty() {
        return end.getReadOnlyProperty();
    }

    /** Spherical (great-circle) rather than straight: a path that keeps a typical distance from the origin. */
    public BooleanProperty sphericalProperty() {
        return spherical;
    }

    /** Where the probe is on the path, 0 (start) to 1 (end); setting it moves the probe there. */
    public DoubleProperty positionProperty() {
        return position;
    }

    /** The decoded path while both ends are pinned, else {@code null}. */
    public ReadOnlyObjectProperty<PathSnapshot> pathProperty() {
        return path.getReadOnlyProperty();
    }

    /** A second selected row (Ctrl+click on a point), or −1; with the selected row, the ends of {@link #pinRows}. */
    public IntegerProperty otherRowProperty() {
        return otherRow;
    }

    /** True when two different rows are selected. */
    public BooleanBinding twoRowsProperty() {
        return twoRows;
    }

    /** Pins the selected row's posterior mean as the start and the other row's as the end. */
    public void pinRows() {
        if (!twoRows.get() || model.getValue() == null) {
            return;
        }
        int a = exploration.selectedRowProperty().get();
        int b = otherRow.get();
        worker.soon(() -> {
            if (session.hasModel() && Math.max(a, b) < session.data().rows()) {
                Vae vae = session.shownModel();
                float[] from = vae.encode(session.data().copyRows(a, a + 1), 1).mean();
                float[] to = vae.encode(session.data().copyRows(b, b + 1), 1).mean();
                uiThread.execute(() -> pin(from, to));
            }
        });
    }

    /** Pins the probe's current latent point as the start. */
    public void pinStart() {
        pin(start);
    }

    /** Pins the probe's current latent point as the end. */
    public void pinEnd() {
        pin(end);
    }

    /** Pins both ends at once (an opened lesson's); ends that do not fit the model's dimensions are ignored. */
    void pin(float[] a, float[] b) {
        int l = exploration.dimensionValuesProperty().get().size();
        if (model.getValue() == null || a.length != l || b.length != l) {
            return;
        }
        start.set(a.clone());
        end.set(b.clone());
        requestPath();
    }

    /** Forgets both ends and the path. */
    public void clear() {
        pathRequest.clear();
        otherRow.set(-1);
        start.set(null);
        end.set(null);
        path.set(null);
    }

    private void pin(ReadOnlyObjectWrapper<float[]> which) {
        if (model.getValue() == null) {
            return;
        }
        which.set(exploration.probeVector());
        requestPath();
    }

    private void requestPath() {
        if (start.get() != null && end.get() != null) {
            pathRequest.submit(LatentPaths.interpolate(start.get(), end.get(), STEPS, spherical.get()));
        }
    }

    private void followPosition(double t) {
        float[] a = start.get();
        float[] b = end.get();
        if (a != null && b != null) {
            exploration.moveProbeTo(LatentPaths.point(a, b, Math.max(0, Math.min(1, t)), spherical.get()));
        }
    }

    /** On the model thread. */
    private void decodePath(float[] z) {
        if (session.hasModel() && z.length == STEPS * session.trainer().model().latentDim()) {
            pathOut.publish(session.decodePath(z, STEPS));
        }
    }
}
