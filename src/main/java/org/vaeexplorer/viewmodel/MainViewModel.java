package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.model.ConfigProblem;
import org.vaeexplorer.model.DataFormatException;
import org.vaeexplorer.model.Dataset;
import org.vaeexplorer.model.DatasetCatalog;
import org.vaeexplorer.model.EpochOutcome;
import org.vaeexplorer.model.EpochReport;
import org.vaeexplorer.model.InvalidConfigException;
import org.vaeexplorer.model.ModelFile;
import org.vaeexplorer.model.ToyDataset;
import org.vaeexplorer.model.Trainer;
import org.vaeexplorer.model.VaeConfig;
import org.vaeexplorer.model.VaeSnapshot;
import org.vaeexplorer.model.YieldPoint;

/**
 * The explorer's state and commands. Properties change on the UI thread only; every ND4J call runs on the model
 * thread, and results come back as immutable snapshots, coalesced so that at most one hand-over of each kind is
 * pending.
 */
public final class MainViewModel {
    /** A dataset the user can pick by name. */
    public record DatasetChoice(String id, String label, boolean toy) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A message for the user; {@code error} ones name a problem that changed nothing. */
    public record Notice(String text, boolean error) {
    }

    private final Executor uiThread;
    private final Executor modelThread;
    private final ExplorerSession session = new ExplorerSession();

    private final List<DatasetChoice> datasetChoices = new ArrayList<>();
    private final ObjectProperty<DatasetChoice> datasetChoice = new SimpleObjectProperty<>();
    private final StringProperty points = new SimpleStringProperty("2000");
    private final StringProperty noise = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper toyChosen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DataSnapshot> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private long dataSeed = 0;

    private final SettingsViewModel settings;
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(TrainingState.NO_DATA);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a dataset.");
    private final ReadOnlyBooleanWrapper settingsChanged = new ReadOnlyBooleanWrapper();
    private final ObservableList<EpochReport> reports = FXCollections.observableArrayList();
    private final LossChartViewModel chart = new LossChartViewModel(FXCollections.unmodifiableObservableList(reports));
    private VaeConfig modelConfig;
    private int targetEpoch;
    /** β and learning rate as last typed, for the model thread (which must not read JavaFX properties). */
    private volatile double liveBeta = 1;
    private volatile double liveLearningRate = 1e-3;

    private final ReadOnlyObjectWrapper<LatentSnapshot> latent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProbeSnapshot> probe = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProbeSnapshot> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ManifoldSnapshot> manifold = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PriorSampleSnapshot> priorSamples = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty probeX = new SimpleDoubleProperty(0);
    private final DoubleProperty probeY = new SimpleDoubleProperty(0);
    private final IntegerProperty dimensionX = new SimpleIntegerProperty(0);
    private final IntegerProperty dimensionY = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<List<DoubleProperty>> dimensionValues =
            new ReadOnlyObjectWrapper<>(List.of());
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    private final IntegerProperty colourFeature = new SimpleIntegerProperty(0);
    private final BooleanProperty manifoldShown = new SimpleBooleanProperty(false);
    private final StringProperty priorSampleCount = new SimpleStringProperty("100");
    private double[] manifoldArea = {-3, 3, -3, 3};

    private final Coalescer<LatentSnapshot> latentOut;
    private final Coalescer<ProbeSnapshot> probeOut;
    private final Coalescer<ManifoldSnapshot> manifoldOut;
    private final Coalescer<double[]> progressOut;
    private final Batcher<EpochReport> reportsOut;
    private final AtomicReference<float[]> pendingProbe = new AtomicReference<>();
    private final AtomicBoolean probeJobQueued = new AtomicBoolean();
    private final AtomicBoolean manifoldJobQueued = new AtomicBoolean();
    private final AtomicReference<ManifoldRequest> pendingManifold = new AtomicReference<>();
    private volatile boolean pauseRequested;
    private final java.util.concurrent.ConcurrentLinkedQueue<Runnable> urgentJobs =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    /**
     * @param uiThread    runs work on the UI thread ({@code Platform::runLater} in the app, direct in tests)
     * @param modelThread one thread for all ND4J work
     */
    public MainViewModel(Executor uiThread, Executor modelThread) {
        this.uiThread = uiThread;
        this.modelThread = modelThread;
        this.settings = new SettingsViewModel(this::dataProblems);
        for (ToyDataset toy : ToyDataset.values()) {
            datasetChoices.add(new DatasetChoice(toy.id(), toy.label(), true));
        }
        for (DatasetCatalog.ImageSet set : DatasetCatalog.ImageSet.values()) {
            datasetChoices.add(new DatasetChoice(set.id(), set.label(), false));
        }
        latentOut = new Coalescer<>(uiThread, latent::set);
        probeOut = new Coalescer<>(uiThread, probe::set);
        manifoldOut = new Coalescer<>(uiThread, manifold::set);
        progressOut = new Coalescer<>(uiThread, this::showProgress);
        reportsOut = new Batcher<>(uiThread, reports::addAll);

        datasetChoice.addListener((obs, was, now) -> {
            toyChosen.set(now != null && now.toy());
            if (now != null && now.toy()) {
                noise.set(Double.toString(ToyDataset.fromId(now.id()).defaultNoise()));
            }
            loadChosenDataset();
        });
        probeX.addListener((obs, was, now) -> requestProbe());
        probeY.addListener((obs, was, now) -> requestProbe());
        dimensionX.addListener((obs, was, now) -> requestProbe());
        dimensionY.addListener((obs, was, now) -> requestProbe());
        selectedRow.addListener((obs, was, now) -> requestSelection());
        manifoldShown.addListener((obs, was, now) -> requestManifold());
        settings.configProperty().addListener((obs, was, now) -> applyLiveSettings(now));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Data.

    public List<DatasetChoice> datasetChoices() {
        return datasetChoices;
    }

    public ObjectProperty<DatasetChoice> datasetChoiceProperty() {
        return datasetChoice;
    }

    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty noiseProperty() {
        return noise;
    }

    public ReadOnlyBooleanProperty toyChosenProperty() {
        return toyChosen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DataSnapshot> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** Loads the chosen built-in dataset (toys with the typed size and noise). */
    public void loadChosenDataset() {
        DatasetChoice choice = datasetChoice.get();
        if (choice == null) {
            return;
        }
        int count;
        double spread;
        try {
            count = choice.toy() ? Integer.parseInt(points.get().trim()) : 0;
            spread = choice.toy() ? Double.parseDouble(noise.get().trim()) : Double.NaN;
        } catch (NumberFormatException e) {
            notice.set(new Notice("Points must be a whole number and noise a number.", true));
            return;
        }
        long seed = dataSeed;
        loadData(choice.label(), () -> DatasetCatalog.builtIn(choice.id(), count, spread, seed));
    }

    /** Draws the chosen toy dataset again with a new seed. */
    public void regenerate() {
        dataSeed++;
        loadChosenDataset();
    }

    /**
     * Opens a model ({@code .vae}), or a CSV or IDX data file; a bad file leaves the current data, model and chart
     * as they were.
     */
    public void openFile(Path file) {
        if (ModelFile.looksLikeModel(file)) {
            openModel(file);
        } else {
            loadData(file.getFileName().toString(), () -> DatasetCatalog.load(file, null, null));
        }
    }

    /** A file's data is none of the built-in choices: the chooser then shows none. */
    private void showFileData(DataSnapshot snapshot) {
        if (!DatasetCatalog.isBuiltIn(snapshot.data().name())) {
            datasetChoice.set(null);
        }
    }

    /**
     * Opens a saved model on the data it names when that is built in, otherwise on the current data (which must be
     * as wide as the model's input).
     */
    private void openModel(Path file) {
        pause();
        String fileName = file.getFileName().toString();
        DatasetChoice current = datasetChoice.get();
        String pointsText = points.get();
        String noiseText = noise.get();
        modelThread.execute(() -> {
            try {
                VaeSnapshot snapshot = ModelFile.load(file);
                Dataset needed = null;
                if (DatasetCatalog.isBuiltIn(snapshot.dataName()) && (session.data() == null
                        || !session.data().name().equals(snapshot.dataName()))) {
                    boolean sameToy = current != null && current.id().equals(snapshot.dataName());
                    int count = sameToy ? parseOr(pointsText, 2000) : 2000;
                    double spread = sameToy ? parseOr(noiseText, Double.NaN) : Double.NaN;
                    needed = DatasetCatalog.builtIn(snapshot.dataName(), count, spread, 0);
                } else if (session.data() == null) {
                    throw new InvalidConfigException(List.of(new ConfigProblem("data", "open the data '"
                            + snapshot.dataName() + "' it was trained on first, then the model")));
                }
                DataSnapshot dataSnapshot = session.openModel(snapshot, needed);
                VaeConfig config = session.trainer().model().config();
                LatentSnapshot encoded = session.encodeSample(YieldPoint.NONE);
                uiThread.execute(() -> modelOpened(fileName, config, dataSnapshot, encoded));
            } catch (DataFormatException e) {
                uiThread.execute(() -> failed("Could not open " + e.getMessage()));
            } catch (RuntimeException e) {
                uiThread.execute(() -> failed("Could not open " + fileName + ": " + e.getMessage()));
            }
        });
    }

    private static int parseOr(String text, int fallback) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static double parseOr(String text, double fallback) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void modelOpened(String fileName, VaeConfig config, DataSnapshot newData, LatentSnapshot encoded) {
        if (newData != null) {
            dataLoaded(newData);
        }
        int percent = data.get() == null ? 0
                : (int) Math.round(100.0 * config.holdoutRows() / data.get().data().rows());
        settings.load(config, percent);
        clearModel();
        modelConfig = settings.configProperty().get() != null ? settings.configProperty().get() : config;
        resetDimensions(config.latentDim());
        latent.set(encoded);
        state.set(TrainingState.PAUSED);
        status.set("Opened " + fileName + ": drag the probe, or Train to go on.");
        notice.set(new Notice("Opened the model " + fileName + " on " + data.get().data().name() + ".", false));
        requestProbe();
    }

    /** Saves the current model (atomically: an existing file stays whole until the new one is complete). */
    public void saveModel(Path file) {
        if (modelConfig == null) {
            return;
        }
        soon(() -> {
            try {
                if (session.hasModel()) {
                    ModelFile.save(session.trainer().model().snapshot(), file);
                    uiThread.execute(() -> notice.set(new Notice("Saved " + file.getFileName() + ".", false)));
                }
            } catch (java.io.IOException e) {
                uiThread.execute(() -> notice.set(new Notice("Could not save: " + e.getMessage(), true)));
            }
        });
    }

    private interface DataSource {
        Dataset load() throws DataFormatException;
    }

    private void loadData(String name, DataSource source) {
        pause();
        status.set("Loading " + name + "…");
        modelThread.execute(() -> {
            try {
                Dataset loaded = source.load();
                DataSnapshot snapshot = session.setData(loaded);
                uiThread.execute(() -> dataLoaded(snapshot));
            } catch (DataFormatException e) {
                uiThread.execute(() -> failed("Could not open " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                uiThread.execute(() -> failed(name + ": " + e.getMessage()));
            } catch (OutOfMemoryError e) {
                uiThread.execute(() -> failed(name + " is too large to load into memory."));
            }
        });
    }

    private void failed(String message) {
        notice.set(new Notice(message, true));
        status.set(statusFor(state.get()));
    }

    private void dataLoaded(DataSnapshot snapshot) {
        colourFeature.set(0);
        showFileData(snapshot);
        data.set(snapshot);
        Dataset d = snapshot.data();
        settings.applyDataDefaults(d);
        clearModel();
        notice.set(new Notice("Loaded " + d.name() + ": " + d.rows() + " rows, " + d.cols() + " features"
                + (d.hasLabels() ? ", " + d.classNames().size() + " classes" : "") + ".", false));
    }

    private List<ConfigProblem> dataProblems(VaeConfig config) {
        DataSnapshot current = data.get();
        return current == null ? List.of() : Trainer.problemsWith(config, current.data());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Settings and training.

    public SettingsViewModel settings() {
        return settings;
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

    /** True when settings other than β and the learning rate differ from the model's: Reset applies them. */
    public ReadOnlyBooleanProperty settingsChangedProperty() {
        return settingsChanged.getReadOnlyProperty();
    }

    /** Every finished epoch of the current model, in order. */
    public ObservableList<EpochReport> reports() {
        return chart.reports();
    }

    public LossChartViewModel chart() {
        return chart;
    }

    /** Trains (or continues) for the configured number of epochs. */
    public void train() {
        VaeConfig config = settings.configProperty().get();
        if (config != null) {
            trainMore(config, config.epochs());
        }
    }

    /** Runs exactly one more epoch. */
    public void step() {
        VaeConfig config = settings.configProperty().get();
        if (config != null) {
            trainMore(config, 1);
        }
    }

    /** Starts a model from the settings when there is none, then runs {@code epochs} more epochs. */
    private void trainMore(VaeConfig config, int epochs) {
        if (data.get() == null || state.get() == TrainingState.TRAINING) {
            return;
        }
        boolean fresh = modelConfig == null || state.get() == TrainingState.READY;
        if (fresh) {
            modelConfig = config;
            reports.clear();
        }
        int done = fresh || reports.isEmpty() ? 0 : reports.get(reports.size() - 1).epoch();
        targetEpoch = done + epochs;
        run(fresh ? config : null, targetEpoch);
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
        pauseRequested = true;
        withTrainer(Trainer::requestStop);
    }

    /** Forgets the model and its chart; the next Train starts afresh with the current settings. */
    public void reset() {
        pause();
        // After any running epoch has stopped and posted its last results, so that none lands in the cleared view.
        modelThread.execute(() -> {
            session.dropModel();
            uiThread.execute(this::clearModel);
        });
    }

    private void clearModel() {
        modelConfig = null;
        reports.clear();
        latent.set(null);
        probe.set(null);
        selection.set(null);
        manifold.set(null);
        priorSamples.set(null);
        selectedRow.set(-1);
        progress.set(0);
        settingsChanged.set(false);
        state.set(data.get() == null ? TrainingState.NO_DATA : TrainingState.READY);
        status.set(statusFor(state.get()));
        resetDimensions(settings.configProperty().get() == null ? 2 : settings.configProperty().get().latentDim());
    }

    private void run(VaeConfig freshConfig, int untilEpoch) {
        pauseRequested = false;
        VaeConfig live = settings.configProperty().get();
        liveBeta = live.beta();
        liveLearningRate = live.learningRate();
        state.set(TrainingState.TRAINING);
        status.set("Training…");
        if (freshConfig != null) {
            resetDimensions(freshConfig.latentDim());
        }
        modelThread.execute(() -> trainingLoop(freshConfig, untilEpoch));
        requestProbe();
    }

    /** On the model thread. */
    private void trainingLoop(VaeConfig freshConfig, int untilEpoch) {
        Trainer trainer;
        try {
            trainer = freshConfig != null ? session.startModel(freshConfig) : session.trainer();
        } catch (InvalidConfigException e) {
            uiThread.execute(() -> {
                failed("Cannot train: " + e.getMessage());
                clearModel();
            });
            return;
        }
        trainer.setBeta(liveBeta);
        trainer.setLearningRate(liveLearningRate);
        YieldPoint betweenMinibatches = () -> {
            if (pauseRequested) {
                trainer.requestStop();
            }
            drainProbe();
            runUrgentJobs();
        };
        if (freshConfig != null) {
            latentOut.publish(session.encodeSample(this::drainProbe));
        }
        int startEpoch = trainer.epochsDone();
        long started = System.nanoTime();
        EpochOutcome outcome;
        try {
            outcome = trainEpochs(trainer, startEpoch, untilEpoch, started, betweenMinibatches);
        } catch (RuntimeException | OutOfMemoryError e) {
            int done = trainer.epochsDone();
            uiThread.execute(() -> {
                failed("Training stopped: " + (e instanceof OutOfMemoryError ? "out of memory" : e.toString()));
                trainingStopped(null, done, untilEpoch);
            });
            return;
        }
        if (outcome != null && outcome.status() == EpochOutcome.Status.STOPPED) {
            latentOut.publish(session.encodeSample(this::drainProbe));
            republishProbe();
        }
        int done = trainer.epochsDone();
        uiThread.execute(() -> trainingStopped(outcome, done, untilEpoch));
        if (outcome != null && outcome.status() == EpochOutcome.Status.DIVERGED) {
            latentOut.publish(session.encodeSample(this::drainProbe));
            republishProbe();
        }
    }

    /** On the model thread: the epochs of one run, publishing each epoch's figures and pictures. */
    private EpochOutcome trainEpochs(Trainer trainer, int startEpoch, int untilEpoch, long started,
            YieldPoint betweenMinibatches) {
        // When the latent picture and the progress line were last sent: fast epochs send them less often.
        long[] lastPicture = {0, 0};
        return pauseRequested ? null : trainer.train(untilEpoch - startEpoch, report -> {
            reportsOut.add(report);
            drainProbe();
            // Fast epochs: re-encode at most ten times a second; the screen could not show more.
            if (System.nanoTime() - lastPicture[0] > 100_000_000L || report.epoch() == untilEpoch) {
                lastPicture[0] = System.nanoTime();
                latentOut.publish(session.encodeSample(this::drainProbe));
                republishProbe();
                drainProbe();
                publishManifold();
            }
            if (System.nanoTime() - lastPicture[1] < 250_000_000L && report.epoch() != untilEpoch) {
                return;
            }
            lastPicture[1] = System.nanoTime();
            double perEpoch = (System.nanoTime() - started) / 1e9 / (report.epoch() - startEpoch);
            progressOut.publish(new double[] {report.epoch(), untilEpoch, perEpoch * (untilEpoch - report.epoch()),
                    report.train().negativeElbo()});
        }, betweenMinibatches);
    }

    private void trainingStopped(EpochOutcome last, int done, int untilEpoch) {
        if (last != null && last.status() == EpochOutcome.Status.DIVERGED) {
            state.set(TrainingState.DIVERGED);
            notice.set(new Notice(last.message(), true));
            status.set("Diverged in epoch " + (done + 1) + ": lower the learning rate, then Train or Reset.");
            return;
        }
        state.set(TrainingState.PAUSED);
        progress.set(untilEpoch == 0 ? 0 : Math.min(1, done / (double) untilEpoch));
        status.set((done >= untilEpoch ? "Finished " : "Paused at ") + "epoch " + done + ".");
    }

    private void showProgress(double[] figures) {
        if (state.get() != TrainingState.TRAINING) {
            return;
        }
        progress.set(figures[0] / figures[1]);
        status.set(String.format(Locale.ROOT, "Epoch %d of %d · %s left · −ELBO %.3f nats", (int) figures[0],
                (int) figures[1], duration(figures[2]), figures[3]));
    }

    private void applyLiveSettings(VaeConfig now) {
        if (now != null) {
            liveBeta = now.beta();
            liveLearningRate = now.learningRate();
        }
        if (now == null || modelConfig == null) {
            settingsChanged.set(false);
            return;
        }
        withTrainer(trainer -> {
            trainer.setBeta(now.beta());
            trainer.setLearningRate(now.learningRate());
        });
        VaeConfig structural = now.withBeta(modelConfig.beta()).withLearningRate(modelConfig.learningRate())
                .withEpochs(modelConfig.epochs());
        settingsChanged.set(!structural.equals(modelConfig));
    }

    /** Runs on the calling thread: the trainer's stop request and rate setters are thread-safe by design. */
    private void withTrainer(java.util.function.Consumer<Trainer> action) {
        Trainer trainer = session.trainer();
        if (trainer != null) {
            action.accept(trainer);
        }
    }

    private static String statusFor(TrainingState s) {
        return switch (s) {
            case NO_DATA -> "Choose a dataset.";
            case READY -> "Ready: press Train (Space).";
            case TRAINING -> "Training…";
            case PAUSED -> "Paused.";
            case DIVERGED -> "Diverged: lower the learning rate.";
        };
    }

    private static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(0, seconds));
        }
        return String.format(Locale.ROOT, "%d min %02d s", (int) (seconds / 60), (int) (seconds % 60));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Latent space: probe, selection, manifold, prior samples.

    public ReadOnlyObjectProperty<LatentSnapshot> latentProperty() {
        return latent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProbeSnapshot> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /** The reconstruction of the selected row. */
    public ReadOnlyObjectProperty<ProbeSnapshot> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ManifoldSnapshot> manifoldProperty() {
        return manifold.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PriorSampleSnapshot> priorSamplesProperty() {
        return priorSamples.getReadOnlyProperty();
    }

    /** The probe's coordinate on the canvas's horizontal latent dimension. */
    public DoubleProperty probeXProperty() {
        return probeX;
    }

    public DoubleProperty probeYProperty() {
        return probeY;
    }

    /** Which latent dimension the canvas shows horizontally. */
    public IntegerProperty dimensionXProperty() {
        return dimensionX;
    }

    public IntegerProperty dimensionYProperty() {
        return dimensionY;
    }

    /** One value per latent dimension: the probe's coordinates in the dimensions the canvas does not show. */
    public ReadOnlyObjectProperty<List<DoubleProperty>> dimensionValuesProperty() {
        return dimensionValues.getReadOnlyProperty();
    }

    /** For unlabelled data: the feature whose value colours the points. */
    public IntegerProperty colourFeatureProperty() {
        return colourFeature;
    }

    /** The selected data row, or −1. */
    public IntegerProperty selectedRowProperty() {
        return selectedRow;
    }

    public BooleanProperty manifoldShownProperty() {
        return manifoldShown;
    }

    public StringProperty priorSampleCountProperty() {
        return priorSampleCount;
    }

    /** Moves the probe by a step in the shown dimensions (arrow keys). */
    public void nudgeProbe(double dx, double dy) {
        probeX.set(probeX.get() + dx);
        probeY.set(probeY.get() + dy);
    }

    /** The latent rectangle the canvas shows; the manifold grid covers it. */
    public void setVisibleLatentArea(double xMin, double xMax, double yMin, double yMax) {
        manifoldArea = new double[] {xMin, xMax, yMin, yMax};
        requestManifold();
    }

    /** Draws the typed number of samples from the prior. */
    public void samplePrior() {
        int count;
        try {
            count = Integer.parseInt(priorSampleCount.get().trim());
        } catch (NumberFormatException e) {
            notice.set(new Notice("Samples must be a whole number.", true));
            return;
        }
        if (count < 1 || count > 10_000) {
            notice.set(new Notice("Samples must be 1 to 10000.", true));
            return;
        }
        long seed = System.nanoTime();
        soon(() -> {
            if (session.hasModel()) {
                PriorSampleSnapshot s = session.samplePrior(count, seed);
                uiThread.execute(() -> priorSamples.set(s));
            }
        });
    }

    private void resetDimensions(int latentDim) {
        List<DoubleProperty> values = new ArrayList<>();
        for (int k = 0; k < latentDim; k++) {
            DoubleProperty v = new SimpleDoubleProperty(0);
            v.addListener((obs, was, now) -> {
                requestProbe();
                requestManifold();
            });
            values.add(v);
        }
        dimensionValues.set(List.copyOf(values));
        dimensionX.set(0);
        dimensionY.set(latentDim > 1 ? 1 : 0);
    }

    /** The full latent vector of the probe. */
    float[] probeVector() {
        List<DoubleProperty> values = dimensionValues.get();
        float[] z = new float[values.size()];
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) values.get(k).get();
        }
        if (z.length > 0) {
            z[dimensionX.get()] = (float) probeX.get();
            if (z.length > 1) {
                z[dimensionY.get()] = (float) probeY.get();
            }
        }
        return z;
    }

    private void requestProbe() {
        if (modelConfig == null || dimensionValues.get().isEmpty()) {
            return;
        }
        pendingProbe.set(probeVector());
        if (probeJobQueued.compareAndSet(false, true)) {
            modelThread.execute(() -> {
                probeJobQueued.set(false);
                drainProbe();
            });
        }
    }

    /**
     * Runs a short model job (save, selection, prior samples) on the model thread as soon as possible: between two
     * minibatches when training, otherwise next; whichever comes first runs it, once.
     */
    private void soon(Runnable job) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                job.run();
            }
        };
        urgentJobs.add(once);
        modelThread.execute(() -> {
            urgentJobs.remove(once);
            once.run();
        });
    }

    private void runUrgentJobs() {
        for (Runnable job = urgentJobs.poll(); job != null; job = urgentJobs.poll()) {
            job.run();
        }
    }

    /** On the model thread: decodes the newest probe request, if any. */
    private void drainProbe() {
        float[] z = pendingProbe.getAndSet(null);
        if (z != null && session.hasModel() && z.length == session.trainer().model().latentDim()) {
            lastDecodedProbe = z;
            probeOut.publish(session.decode(z));
        }
    }

    /** The latent point last decoded; only the model thread uses it. */
    private float[] lastDecodedProbe;

    /** On the model thread, after an epoch: the weights moved, so the probe's decoding did too. */
    private void republishProbe() {
        float[] z = pendingProbe.get() != null ? pendingProbe.get() : lastDecodedProbe;
        if (z != null && z.length == session.trainer().model().latentDim()) {
            probeOut.publish(session.decode(z));
        }
    }

    private void requestSelection() {
        int row = selectedRow.get();
        if (row < 0 || modelConfig == null) {
            selection.set(null);
            return;
        }
        soon(() -> {
            if (session.hasModel() && row < session.data().rows()) {
                ProbeSnapshot s = session.reconstruct(row);
                uiThread.execute(() -> {
                    if (selectedRow.get() == row) {
                        selection.set(s);
                    }
                });
            }
        });
    }

    /** What the manifold grid should cover, captured on the UI thread. */
    private record ManifoldRequest(double[] area, float[] base, int dimX, int dimY) {
    }

    private void requestManifold() {
        if (!manifoldShown.get() || modelConfig == null || dimensionValues.get().isEmpty()) {
            pendingManifold.set(null);
            manifold.set(null);
            return;
        }
        pendingManifold.set(new ManifoldRequest(manifoldArea.clone(), probeVector(), dimensionX.get(),
                dimensionY.get()));
        if (manifoldJobQueued.compareAndSet(false, true)) {
            modelThread.execute(() -> {
                manifoldJobQueued.set(false);
                publishManifold();
            });
        }
    }

    /** On the model thread: decodes the grid of the newest request (kept, so that each epoch can redo it). */
    private void publishManifold() {
        ManifoldRequest r = pendingManifold.get();
        if (r == null || !session.hasModel() || r.base().length != session.trainer().model().latentDim()) {
            return;
        }
        int n = session.data().imageShape() != null ? 16 : 24;
        manifoldOut.publish(session.manifold(n, r.area()[0], r.area()[1], r.area()[2], r.area()[3], r.dimX(),
                r.dimY(), r.base()));
    }

    /** Stops training so that the application can exit; the model thread is the caller's to shut down. */
    public void shutdown() {
        pause();
    }
}
