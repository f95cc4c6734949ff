package org.vaeexplorer.viewmodel;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.vaeexplorer.model.network.LatentPaths;

/**
 * The traversal grid, part of the exploration panes: each row varies one latent dimension from −3 to +3 (the
 * prior's standard deviations) with the others at the probe's values, the way β-VAE papers read what a dimension
 * means ({@link LatentPaths} makes the points). Decoded while shown, again when the probe moves or the weights
 * change. Images show it as a grid of pictures, 2-D data as a path over the data per dimension, other data as each
 * feature's value along each row.
 */
public final class TraversalViewModel {
    /** Columns of the grid: −3, −2.25, …, +3. */
    public static final int STEPS = 9;

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

    private void decodeGrid(float[] base) {
        if (!session.hasModel() || base.length != session.trainer().model().latentDim()) {
            return;
        }
        int l = base.length;
        float[] values = LatentPaths.traversalValues(STEPS, LatentPaths.DEFAULT_REACH);
        float[] decoded = session.shownModel().decode(LatentPaths.traversal(base, values), l * STEPS);
        gridOut.publish(new TraversalSnapshot(l, STEPS, values, decoded, session.project(decoded, l * STEPS)));
    }
}
