package org.vaeexplorer.viewmodel;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * The data view's reconstructions, part of the exploration panes: while shown, up to {@value #ROWS} rows of the
 * latent canvas's sample are linked to the model's reconstructions of them, which follow the weights.
 */
public final class ReconstructionsViewModel {
    /** At most this many rows are linked to their reconstructions: more lines would hide the data. */
    static final int ROWS = 1000;

    private final ExplorerSession session;
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    /** The model thread's copy of {@link #shown}. */
    private volatile boolean computing;
    private final ReadOnlyObjectWrapper<ReconstructionSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final Coalescer<ReconstructionSnapshot> out;

    ReconstructionsViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session,
            ObservableValue<VaeConfig> model) {
        this.session = session;
        out = new Coalescer<>(uiThread, reconstructed -> {
            if (shown.get()) {
                snapshot.set(reconstructed);
            }
        });
        shown.addListener((obs, was, now) -> {
            computing = now;
            if (!now) {
                snapshot.set(null);
            } else if (model.getValue() != null) {
                worker.soon(this::followNewWeights);
            }
        });
    }

    /** Whether the data view links each row of a sample to its reconstruction (the shrinkage a VAE does). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The reconstructions while they are shown and there is a model, else {@code null}. */
    public ReadOnlyObjectProperty<ReconstructionSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** On the UI thread: the model is gone. */
    void forget() {
        snapshot.set(null);
    }

    /** On the model thread, after the weights changed. */
    void followNewWeights() {
        if (computing && session.hasModel()) {
            out.publish(session.reconstructSample(ROWS));
        }
    }
}
