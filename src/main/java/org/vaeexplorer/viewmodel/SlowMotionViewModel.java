package org.vaeexplorer.viewmodel;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableIntegerValue;
import org.vaeexplorer.model.network.MinibatchTrace;
import org.vaeexplorer.model.training.MinibatchStep;

/**
 * Slow motion: trains one minibatch at a time, the very step an epoch takes, and shows for one example of it (the
 * selected row when the minibatch holds it, else its first) what the step drew and what it cost. The step runs on
 * the model thread through the {@link TrainingViewModel}, so state, chart and pictures follow as after any training.
 */
public final class SlowMotionViewModel {
    private final TrainingViewModel training;
    private final ExplorerSession session;
    private final ObservableIntegerValue selectedRow;
    private final ReadOnlyObjectWrapper<SlowMotionSnapshot> step = new ReadOnlyObjectWrapper<>();
    private final Coalescer<SlowMotionSnapshot> stepOut;
    /** True from a step's request until training is idle again: other training hides the last step. */
    private boolean stepping;

    SlowMotionViewModel(Executor uiThread, ExplorerSession session, TrainingViewModel training,
            ObservableIntegerValue selectedRow) {
        this.training = training;
        this.session = session;
        this.selectedRow = selectedRow;
        this.stepOut = new Coalescer<>(uiThread, step::set);
        training.stateProperty().addListener((obs, was, now) -> {
            if (now == TrainingState.TRAINING && !stepping || now == TrainingState.READY
                    || now == TrainingState.NO_DATA) {
                step.set(null);
            }
            if (now != TrainingState.TRAINING) {
                stepping = false;
            }
        });
    }

    /** The last step's highlighted example, or {@code null} when none is shown. */
    public ReadOnlyObjectProperty<SlowMotionSnapshot> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Trains the next minibatch only (making a model first when there is none). */
    public void step() {
        if (training.stateProperty().get() == TrainingState.TRAINING) {
            return;
        }
        int selected = selectedRow.get();
        stepping = true;
        training.stepMinibatch(s -> stepOut.publish(snapshotOf(s, selected)));
        stepping = training.stateProperty().get() == TrainingState.TRAINING;
    }

    /** On the model thread: the example to show, its values and decoding placed on the data view's plane. */
    private SlowMotionSnapshot snapshotOf(MinibatchStep s, int selected) {
        int i = 0;
        for (int k = 0; k < s.rows().length; k++) {
            if (s.rows()[k] == selected) {
                i = k;
            }
        }
        MinibatchTrace t = s.trace();
        int l = t.latentDim();
        int d = t.inputDim();
        int row = s.rows()[i];
        float[] x = session.data().copyRows(row, row + 1);
        float[] decoded = MinibatchTrace.row(t.decoded(), i, d);
        float[] both = new float[2 * d];
        System.arraycopy(x, 0, both, 0, d);
        System.arraycopy(decoded, 0, both, d, d);
        double[] epsilon = null;
        if (t.epsilon() != null) {
            epsilon = new double[l];
            System.arraycopy(t.epsilon(), i * l, epsilon, 0, l);
        }
        return new SlowMotionSnapshot(s.epoch(), s.index(), s.count(), s.rows().length, row, row == selected, x,
                MinibatchTrace.row(t.mean(), i, l), t.sigma() == null ? null : MinibatchTrace.row(t.sigma(), i, l),
                epsilon, MinibatchTrace.row(t.latent(), i, l), decoded, session.project(both, 2), s.terms());
    }
}
