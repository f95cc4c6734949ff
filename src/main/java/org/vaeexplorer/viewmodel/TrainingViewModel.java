package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochOutcome;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.MinibatchStep;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.text.Texts;

/**
 * The training pane: the settings, the model they made, its training state, progress and status, the commands
 * train, pause, step, reset, open and save, and the epochs' figures that feed the loss chart. The epochs themselves
 * run on the model thread in a {@link TrainingRun}.
 */
public final class TrainingViewModel {
    private final Executor uiThread;
    private final ModelWorker worker;
    private final ExplorerSession session;
    private final DataViewModel data;
    private final Consumer<Notice> notices;
    private final SettingsViewModel settings;
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(TrainingState.NO_DATA);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(TrainingState.NO_DATA.status());
    private final ReadOnlyObjectWrapper<VaeConfig> modelConfig = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper settingsChanged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper();
    private final ObservableList<EpochReport> reports = FXCollections.observableArrayList();
    private final LossChartViewModel chart = new LossChartViewModel(FXCollections.unmodifiableObservableList(reports));
    /** Runs on the model thread whenever the weights changed, so that pictures of the model can follow. */
    private final List<Runnable> weightsListeners = new CopyOnWriteArrayList<>();
    private final Batcher<EpochReport> lossChartFeed;
    private final Coalescer<TrainingProgress> progressOut;
    private final ModelFiles modelFiles;
    /** The running or the last run; the UI thread asks it to pause and passes it β and the learning rate. */
    private TrainingRun run;
    /** What Reset does while a lesson is open, or {@code null}. */
    private Runnable resetToLesson;

    TrainingViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session, DataViewModel data,
            Consumer<Notice> notices) {
        this.uiThread = uiThread;
        this.worker = worker;
        this.session = session;
        this.data = data;
        this.notices = notices;
        this.settings = new SettingsViewModel(data.dataProperty());
        this.modelFiles = new ModelFiles(uiThread, worker, session, data, notices, this);
        lossChartFeed = new Batcher<>(uiThread, reports::addAll);
        progressOut = new Coalescer<>(uiThread, this::showProgress);
        settingsChanged.bind(Bindings.createBooleanBinding(this::structureDiffers, settings.configProperty(),
                modelConfig));
        settings.configProperty().addListener((obs, was, now) -> applyLiveSettings(now));
        canRun.bind(Bindings.createBooleanBinding(this::mayStart, state, settings.validProperty(),
                data.settledProperty()));
        data.loadingProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                pause();
                status.set(Texts.get("status.loading", now));
            } else {
                status.set(state.get().status());
            }
        });
        // The settings adapt to new data themselves (SettingsViewModel.applyDataDefaults).
        data.dataProperty().addListener((obs, was, now) -> clearModel());
    }

    public SettingsViewModel settings() {
        return settings;
    }

    public LossChartViewModel chart() {
        return chart;
    }

    /** Every finished epoch of the current model, in order: what the loss chart draws. */
    public ObservableList<EpochReport> reports() {
        return chart.reports();
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Share of the current run's epochs done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The configuration of the current model, or {@code null} when there is none. */
    public ReadOnlyObjectProperty<VaeConfig> modelConfigProperty() {
        return modelConfig.getReadOnlyProperty();
    }

    /** True when Train, Step and the minibatch step can start: data loaded, none loading, valid settings, idle. */
    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    /** True when settings other than β and the learning rate differ from the model's: Reset applies them. */
    public ReadOnlyBooleanProperty settingsChangedProperty() {
        return settingsChanged.getReadOnlyProperty();
    }

    /** While a lesson is open, Reset runs {@code action} (the lesson's state again); {@code null} ends that. */
    void resetTo(Runnable action) {
        resetToLesson = action;
    }

    /** Registers work for the model thread to do whenever the weights changed (after epochs, on opening a model). */
    void onNewWeights(Runnable modelThreadWork) {
        weightsListeners.add(modelThreadWork);
    }

    /** Trains (or continues) for the configured number of epochs. */
    public void train() {
        trainMore(0, null);
    }

    /** Runs exactly one more epoch. */
    public void step() {
        trainMore(1, null);
    }

    /** Slow motion: runs the next minibatch only and hands what it drew to {@code traced} on the model thread. */
    void stepMinibatch(Consumer<MinibatchStep> traced) {
        trainMore(1, traced);
    }

    /** Space: train when idle, pause when training. */
    public void toggleTraining() {
        if (state.get() == TrainingState.TRAINING) {
            pause();
        } else {
            train();
        }
    }

    /** Stops after the current minibatch; Train resumes. */
    public void pause() {
        TrainingRun current = run;
        if (current != null) {
            current.requestPause();
        }
    }

    /**
     * Forgets the model and its chart; the next Train starts afresh with the current settings. In a lesson, goes
     * back to the lesson as it was opened instead.
     */
    public void reset() {
        if (resetToLesson != null) {
            resetToLesson.run();
            return;
        }
        pause();
        // After any running epoch has stopped and posted its last results, so that none lands in the cleared view.
        worker.run(() -> {
            session.dropModel();
            uiThread.execute(this::clearModel);
        });
    }

    /** Makes a model if none, then runs {@code epochs} epochs (0: as set), or one minibatch for {@code traced}. */
    private void trainMore(int epochs, Consumer<MinibatchStep> traced) {
        VaeConfig config = settings.configProperty().get();
        if (config == null || !mayStart()) {
            return;
        }
        boolean fresh = modelConfig.get() == null || state.get() == TrainingState.READY;
        if (fresh) {
            reports.clear();
            modelConfig.set(config);
        }
        int done = fresh || reports.isEmpty() ? 0 : reports.get(reports.size() - 1).epoch();
        run = new TrainingRun(this, worker, session, fresh ? config : null,
                done + (epochs == 0 ? config.epochs() : epochs), config.beta(), config.learningRate(), traced);
        state.set(TrainingState.TRAINING);
        status.set(Texts.get("status.training"));
        worker.run(run::execute);
    }

    // ---------------------------------------------------------------------------------------------------------
    // What a run reports, from the model thread.

    void weightsChanged() {
        if (!worker.closing()) {
            weightsListeners.forEach(Runnable::run);
        }
    }

    void epochDone(EpochReport report) {
        session.epochDone(report);
        lossChartFeed.add(report);
    }

    void progressed(TrainingProgress figures) {
        progressOut.publish(figures);
    }

    /** The run could not start: its settings do not suit the data, or the model is gone. */
    void couldNotStart(String message) {
        uiThread.execute(() -> {
            failed(Texts.get("status.cannotTrain", message));
            clearModel();
        });
    }

    /** The run threw: the model keeps the weights of its last finished epoch. */
    void runFailed(String reason, int epochsDone, int untilEpoch) {
        uiThread.execute(() -> {
            failed(Texts.get("status.stopped", reason));
            paused(epochsDone, untilEpoch);
        });
    }

    /** The run finished, paused or diverged ({@code last} says which; {@code null} when it paused before starting). */
    void runEnded(EpochOutcome last, int epochsDone, int untilEpoch) {
        uiThread.execute(() -> {
            if (last != null && last.status() == EpochOutcome.Status.DIVERGED) {
                state.set(TrainingState.DIVERGED);
                notices.accept(new Notice(last.message(), true));
                status.set(Texts.get("status.divergedIn", epochsDone + 1));
            } else {
                paused(epochsDone, untilEpoch);
            }
        });
    }

    /** On the UI thread, after the model thread went back to an earlier epoch: the chart keeps {@code history}. */
    void wentBackTo(List<EpochReport> history) {
        int epoch = history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
        reports.setAll(history);
        state.set(TrainingState.PAUSED);
        status.set(Texts.get("status.wentBack", epoch));
    }

    // Not while data loads: a run queued behind the loading would train a model that the new data then clears.
    private boolean mayStart() {
        return state.get() != TrainingState.TRAINING && data.dataProperty().get() != null
                && data.settledProperty().get() && settings.validProperty().get();
    }

    private void paused(int epochsDone, int untilEpoch) {
        state.set(TrainingState.PAUSED);
        progress.set(untilEpoch == 0 ? 0 : Math.min(1, epochsDone / (double) untilEpoch));
        status.set(Texts.get(epochsDone >= untilEpoch ? "status.finished" : "status.pausedAt", epochsDone));
    }

    private void showProgress(TrainingProgress figures) {
        if (state.get() != TrainingState.TRAINING) {
            return;
        }
        progress.set(figures.fraction());
        status.set(figures.describe());
    }

    /** On the UI thread: what could not be done (a run, a model file), as a notice; the state stays. */
    void failed(String message) {
        notices.accept(new Notice(message, true));
        status.set(state.get().status());
    }

    private void clearModel() {
        reports.clear();
        modelConfig.set(null);
        progress.set(0);
        state.set(data.dataProperty().get() == null ? TrainingState.NO_DATA : TrainingState.READY);
        String loading = data.loadingProperty().get();
        status.set(loading.isEmpty() ? state.get().status() : Texts.get("status.loading", loading));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Settings that apply while training.

    private boolean structureDiffers() {
        VaeConfig now = settings.configProperty().get();
        VaeConfig model = modelConfig.get();
        return now != null && model != null && !now.sameModelAs(model);
    }

    /** β and the learning rate reach the running trainer at once; the trainer's setters are thread-safe. */
    private void applyLiveSettings(VaeConfig now) {
        TrainingRun current = run;
        if (now != null && current != null) {
            current.setRates(now.beta(), now.learningRate());
        }
        Trainer trainer = session.trainer();
        if (now != null && modelConfig.get() != null && trainer != null) {
            trainer.setBeta(now.beta());
            trainer.setLearningRate(now.learningRate());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Model files.

    /** Saves the current model (atomically: an existing file stays whole until the new one is complete). */
    public void saveModel(Path file) {
        if (modelConfig.get() != null) {
            modelFiles.save(file);
        }
    }

    /**
     * Opens a saved model on the data it names when that is built in, otherwise on the current data (which must be
     * as wide as the model's input); a bad file leaves data, model and chart as they were.
     */
    public void openModel(Path file) {
        pause();
        modelFiles.open(file);
    }

    /** On the UI thread: a model file was opened, with its data made current and shown. */
    void modelOpened(String fileName, VaeConfig config) {
        Dataset current = data.dataProperty().get().data();
        restore(config, config, List.of());
        status.set(Texts.get("status.opened", fileName));
        notices.accept(new Notice(Texts.get("notice.modelOpened", fileName, current.name()), false));
    }

    /**
     * On the UI thread, after the model thread has made the data and model current: the settings form shows
     * {@code form}, the model is {@code model} ({@code null}: none yet) with the epochs {@code history}.
     */
    void restore(VaeConfig form, VaeConfig model, List<EpochReport> history) {
        Dataset current = data.dataProperty().get().data();
        settings.load(form, (int) Math.round(100.0 * form.holdoutRows() / current.rows()));
        clearModel();
        if (model == null) {
            return;
        }
        VaeConfig loaded = settings.configProperty().get();
        // The form's own configuration when it describes the model, so that Reset is not offered for nothing.
        modelConfig.set(loaded != null && loaded.sameModelAs(model) ? loaded : model);
        reports.setAll(history);
        state.set(TrainingState.PAUSED);
        status.set(Texts.get("status.pausedAt", history.isEmpty() ? 0 : history.get(history.size() - 1).epoch()));
    }
}
