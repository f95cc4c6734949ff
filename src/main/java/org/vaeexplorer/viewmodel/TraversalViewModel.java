package org.vaeexplorer.viewmodel;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The traversal grid, part of the exploration panes: each row varies one latent dimension from −3 to +3 (the
 * prior's standard deviations) with the others at the probe's values, the way β-VAE papers read what a dimension
 * means. Decoded while shown, again when the probe moves or the weights change. Images show it as a grid of
 * pictures, 2-D data as a path over the data per dimension, other data as each feature's value along each row.
 */
public final class TraversalViewModel {
    /** Columns of the grid: −3, −2.25, …, +3. */
    public static final int STEPS = 9;
    static final double REACH = 3;

    private final ExplorerSession session;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<TraversalSnapshot> grid = new ReadOnlyObjectWrapper<>();
    private final Coalescer<TraversalSnapshot> gridOut;
    private final NewestRequest<float[]> gridRequest;

    TraversalViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session) {
        this.session = session;
        gridOut = new Coalescer<>(uiThread, decoded -> {
            if (shown.get()) {
                grid.set(decoded);
            }
        });
        gridRequest = worker.newestRequest(this::decodeGrid, false);
        shown.addListener((obs, was, now) -> {
            if (!now) {
                gridRequest.clear();
                grid.set(null);
            }
        });
    }

    /** Whether the grid is on screen (the view says so): it is decoded only then. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The newest grid while shown and there is a model, else {@code null}. */
    public ReadOnlyObjectProperty<TraversalSnapshot> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** On the UI thread: the probe is at {@code z} (its full latent vector). */
    void probeAt(float[] z) {
        if (shown.get()) {
            gridRequest.submit(z);
        }
    }

    /** On the UI thread: the model is gone. */
    void forget() {
        gridRequest.clear();
        grid.set(null);
    }

    /** On the model thread, after the weights changed. */
    void followNewWeights() {
        gridRequest.serveAgain();
    }

    /** The values a dimension takes along a row. */
    static float[] values() {
        float[] values = new float[STEPS];
        for (int s = 0; s < STEPS; s++) {
            values[s] = (float) (-REACH + 2 * REACH * s / (STEPS - 1));
        }
        return values;
    }

    /** The latent points of the grid around {@code base}, row by row. */
    static float[] points(float[] base) {
        int l = base.length;
        float[] values = values();
        float[] z = new float[l * STEPS * l];
        for (int k = 0; k < l; k++) {
            for (int s = 0; s < STEPS; s++) {
                int at = (k * STEPS + s) * l;
                System.arraycopy(base, 0, z, at, l);
                z[at + k] = values[s];
            }
        }
        return z;
    }

    private void decodeGrid(float[] base) {
        if (!session.hasModel() || base.length != session.trainer().model().latentDim()) {
            return;
        }
        int l = base.length;
        float[] decoded = session.shownModel().decode(points(base), l * STEPS);
        gridOut.publish(new TraversalSnapshot(l, STEPS, values(), decoded, session.project(decoded, l * STEPS)));
    }
}
