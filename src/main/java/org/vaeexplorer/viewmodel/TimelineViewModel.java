package org.vaeexplorer.viewmodel;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.WeightTimeline;
import org.vaeexplorer.text.Texts;

/**
 * The training timeline under the loss chart: the epochs whose weights were kept ({@link WeightTimeline} thins them
 * in bounded memory) and the live one last. Choosing a past stop pauses training and has every picture (latent map,
 * probe, manifold, reconstructions, interpolation, traversal) drawn with the model of that epoch; the live stop, or
 * Train, snaps back. "Continue from here" makes the past epoch's weights the live model, with a fresh optimiser,
 * and cuts the loss history and the later checkpoints.
 */
public final class TimelineViewModel {
    /** What the model thread is asked to show for the live model. */
    private static final int LIVE = -1;

    private final Executor uiThread;
    private final ModelWorker worker;
    private final ExplorerSession session;
    private final TrainingViewModel training;
    /** The epochs one can stop at, oldest first; the last is the live model's. Empty without a model. */
    private final ReadOnlyObjectWrapper<List<Integer>> stops = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    /**
     * The stops and the index together, set once both are: what is derived from the pair must never see a new list
     * with the old index (the live end would look past for a moment, or point beyond a thinned list).
     */
    private final javafx.beans.property.ObjectProperty<Position> position =
            new javafx.beans.property.SimpleObjectProperty<>(new Position(List.of(), -1));
    private final NewestRequest<Integer> showRequest;
    private final Coalescer<List<Integer>> stopsOut;
    private final BooleanBinding live;
    private final StringBinding label;
    private final javafx.beans.binding.IntegerBinding shownEpoch;

    TimelineViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session, TrainingViewModel training) {
        this.uiThread = uiThread;
        this.worker = worker;
        this.session = session;
        this.training = training;
        showRequest = worker.newestRequest(this::show, false);
        stopsOut = new Coalescer<>(uiThread, this::stopsChanged);
        // Epochs end faster than the pictures follow them (those are throttled): each one adds a stop.
        training.reports().addListener((javafx.collections.ListChangeListener<EpochReport>) c ->
                stopsChanged(session.timelineStops()));
        training.onNewWeights(() -> stopsOut.publish(session.timelineStops()));
        live = Bindings.createBooleanBinding(() -> position.get().live(), position);
        label = Bindings.createStringBinding(this::describe, position);
        shownEpoch = Bindings.createIntegerBinding(() -> position.get().live() || position.get().index() < 0 ? -1
                : position.get().stops().get(position.get().index()), position);
        training.modelConfigProperty().addListener((obs, was, now) -> {
            if (now == null) {
                moveTo(List.of(), -1);
            }
        });
        training.stateProperty().addListener((obs, was, now) -> {
            if (now == TrainingState.TRAINING) {
                moveTo(stops.get(), stops.get().size() - 1);
            }
        });
    }

    /** The epochs one can stop at, oldest first, the live model's last; empty while there is no model. */
    public ReadOnlyObjectProperty<List<Integer>> stopsProperty() {
        return stops.getReadOnlyProperty();
    }

    /** Which stop is shown, or -1 without a model. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** True while the live model is shown. */
    public BooleanBinding liveProperty() {
        return live;
    }

    /** The past epoch shown, or -1 while the live model is (or there is none). */
    public javafx.beans.binding.IntegerBinding shownEpochProperty() {
        return shownEpoch;
    }

    /** "epoch N of M · live", or "· past" for an earlier checkpoint; empty without a model. */
    public StringBinding labelProperty() {
        return label;
    }

    /** Shows the model of stop {@code i}: a past one pauses training first, the last is the live model. */
    public void select(int i) {
        List<Integer> s = stops.get();
        if (s.isEmpty() || i == index.get()) {
            return;
        }
        int clamped = Math.max(0, Math.min(s.size() - 1, i));
        moveTo(s, clamped);
        boolean past = clamped < s.size() - 1;
        if (past) {
            training.pause();
        }
        showRequest.submit(past ? s.get(clamped) : LIVE);
    }

    /** Back to the live model. */
    public void goLive() {
        select(stops.get().size() - 1);
    }

    /** The past epoch shown becomes the live model and training goes on from it; nothing happens when live. */
    public void continueFromHere() {
        if (live.get() || stops.get().isEmpty()) {
            return;
        }
        training.pause();
        worker.run(() -> {
            if (session.shownEpoch() == null) {
                return;
            }
            List<EpochReport> kept = session.continueFromShown();
            uiThread.execute(() -> training.wentBackTo(kept));
            training.weightsChanged();
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // On the model thread.

    private void show(int epoch) {
        if (!session.hasModel()) {
            return;
        }
        session.show(epoch == LIVE ? null : epoch);
        training.weightsChanged();
    }

    // ---------------------------------------------------------------------------------------------------------
    // On the UI thread.

    /** The live end follows the newest epoch; a past stop stays on its epoch while it is still held. */
    private void stopsChanged(List<Integer> now) {
        List<Integer> was = stops.get();
        boolean wasLive = index.get() < 0 || index.get() >= was.size() - 1;
        int shown = wasLive || now.isEmpty() ? -1 : now.indexOf(was.get(index.get()));
        moveTo(now, shown >= 0 && shown < now.size() - 1 ? shown : now.size() - 1);
    }

    private void moveTo(List<Integer> now, int i) {
        stops.set(now);
        index.set(i);
        position.set(new Position(now, i));
    }

    /** Stop {@code index} of {@code stops}, -1 without a model. */
    private record Position(List<Integer> stops, int index) {
        boolean live() {
            return index == stops.size() - 1;
        }
    }

    private String describe() {
        List<Integer> s = position.get().stops();
        int i = position.get().index();
        if (i < 0 || i >= s.size()) {
            return "";
        }
        int last = s.get(s.size() - 1);
        return Texts.get(i == s.size() - 1 ? "timeline.label.live" : "timeline.label.past", s.get(i), last);
    }
}
