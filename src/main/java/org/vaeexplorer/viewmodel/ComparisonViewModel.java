package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.Pca;
import org.vaeexplorer.model.network.Encoding;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.YieldPoint;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.training.EpochOutcome;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ExplorationViewModel.LatentArea;

/**
 * Runs side by side: the current data trained two or three ways ({@link ComparisonPlan}) on the one model thread,
 * an epoch of each in turn, so that each run is exactly what training its settings alone would give. What comes back
 * is one immutable {@link ComparisonSnapshot} at a time (coalesced: the screen takes the newest), with every run's
 * latent map on one shared area, and the decodings by each run of the one probe position. The window's own session
 * is never touched: closing the comparison leaves it as it was.
 */
public final class ComparisonViewModel {
    /** At most this many rows are encoded and drawn per map. */
    static final int MAP_ROWS = 2000;

    /** Every run's state after some epochs; nobody writes its arrays once published. */
    public record ComparisonSnapshot(List<RunState> runs, LatentArea area) {
    }

    /**
     * One run: its name and settings, the epochs done, their reports (oldest first), its codes of the map's rows
     * (latent dimensions 1 and 2 are drawn), and why it stopped when it diverged ({@code null} otherwise).
     */
    public record RunState(ComparisonPlan.Run run, int epoch, List<EpochReport> history, LatentSnapshot latent,
            String failure) {
    }

    /** The probe's position in the first two latent dimensions and each run's decoding of it, in the data's units. */
    public record ProbeDecodings(double x, double y, List<float[]> decoded) {
    }

    private final Executor uiThread;
    private final ModelWorker worker;
    private final ObservableValue<DataSnapshot> data;
    private final Runnable pauseWindowTraining;
    private final Consumer<Notice> notices;
    private final ReadOnlyObjectWrapper<ComparisonPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ComparisonSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProbeDecodings> probe = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper();
    private final DoubleProperty probeX = new SimpleDoubleProperty();
    private final DoubleProperty probeY = new SimpleDoubleProperty();
    private final Coalescer<ComparisonSnapshot> snapshotOut;
    private final Coalescer<ProbeDecodings> probeOut;
    private final NewestRequest<double[]> probeRequest;
    private volatile boolean stopRequested;
    /** The plan open on the UI thread: a run of another plan (closed, replaced) stops at once. */
    private volatile ComparisonPlan wanted;

    // On the model thread only.
    private ComparisonPlan running;
    private final List<Trainer> trainers = new ArrayList<>();
    private final List<List<EpochReport>> histories = new ArrayList<>();
    private String[] failures = new String[0];
    private Dataset dataset;
    private int[] mapRows = new int[0];

    ComparisonViewModel(Executor uiThread, ModelWorker worker, ObservableValue<DataSnapshot> data,
            Runnable pauseWindowTraining, Consumer<Notice> notices) {
        this.uiThread = uiThread;
        this.worker = worker;
        this.data = data;
        this.pauseWindowTraining = pauseWindowTraining;
        this.notices = notices;
        snapshotOut = new Coalescer<>(uiThread, snapshot::set);
        probeOut = new Coalescer<>(uiThread, probe::set);
        probeRequest = worker.newestRequest(this::decodeProbe, true);
        // The runs train on the data they were opened with; other data ends them.
        data.addListener((obs, was, now) -> close());
        probeX.addListener((obs, was, now) -> requestProbe());
        probeY.addListener((obs, was, now) -> requestProbe());
    }

    /** The runs being compared, or {@code null} while no comparison is open. */
    public ReadOnlyObjectProperty<ComparisonPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The newest state of every run, or {@code null} before the first. */
    public ReadOnlyObjectProperty<ComparisonSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Each run's decoding of the shared probe. */
    public ReadOnlyObjectProperty<ProbeDecodings> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    /** The shared probe in latent dimension 1; every map shows it, every run decodes it. */
    public DoubleProperty probeXProperty() {
        return probeX;
    }

    /** The shared probe in latent dimension 2. */
    public DoubleProperty probeYProperty() {
        return probeY;
    }

    /**
     * Opens a comparison of the plan's runs on the current data and trains them; the window's own training pauses
     * (both would need the one model thread).
     */
    public void open(ComparisonPlan runs) {
        DataSnapshot current = data.getValue();
        if (current == null) {
            notices.accept(new Notice(Texts.get("side.compare.noData"), true));
            return;
        }
        close();
        pauseWindowTraining.run();
        plan.set(runs);
        wanted = runs;
        probeX.set(0);
        probeY.set(0);
        worker.run(() -> start(runs, current.data()));
        requestProbe();
        train();
    }

    /** Trains every run on, an epoch of each in turn, until each has its epochs or {@link #pause} is called. */
    public void train() {
        ComparisonPlan runs = plan.get();
        if (runs == null || training.get()) {
            return;
        }
        stopRequested = false;
        training.set(true);
        worker.run(() -> trainInTurn(runs));
    }

    /** Stops after the current minibatch. */
    public void pause() {
        stopRequested = true;
    }

    /** Ends the comparison and forgets its models. */
    public void close() {
        if (plan.get() == null) {
            return;
        }
        pause();
        wanted = null;
        plan.set(null);
        snapshot.set(null);
        probe.set(null);
        probeRequest.clear();
        worker.run(this::forget);
    }

    private void requestProbe() {
        if (plan.get() != null) {
            probeRequest.submit(new double[] {probeX.get(), probeY.get()});
        }
    }

    // ---------------------------------------------- On the model thread. ----------------------------------------------

    private void start(ComparisonPlan runs, Dataset on) {
        forget();
        if (wanted != runs) {
            return;
        }
        try {
            for (ComparisonPlan.Run r : runs.runs()) {
                trainers.add(Trainer.create(r.config(), on));
                histories.add(new ArrayList<>());
            }
        } catch (InvalidConfigException e) {
            forget();
            uiThread.execute(() -> {
                notices.accept(new Notice(Texts.get("side.compare.cannot", e.getMessage()), true));
                plan.set(null);
            });
            return;
        }
        running = runs;
        dataset = on;
        failures = new String[trainers.size()];
        mapRows = Pca.sample(on.rows(), MAP_ROWS, 2);
        publish();
    }

    private void forget() {
        running = null;
        trainers.clear();
        histories.clear();
        dataset = null;
    }

    private void trainInTurn(ComparisonPlan runs) {
        Throttle pictures = new Throttle(100);
        boolean trained = true;
        while (running == runs && wanted == runs && trained && !stopRequested) {
            trained = false;
            for (int i = 0; i < trainers.size() && !stopRequested; i++) {
                Trainer t = trainers.get(i);
                if (failures[i] == null && t.epochsDone() < runs.runs().get(i).config().epochs()) {
                    epoch(i, t);
                    trained = true;
                }
            }
            if (pictures.due(false) || !trained) {
                publish();
            }
        }
        if (running == runs) {
            publish();
        }
        uiThread.execute(() -> training.set(false));
    }

    private void epoch(int i, Trainer t) {
        YieldPoint yieldPoint = () -> {
            if (stopRequested || wanted != running) {
                t.requestStop();
            }
            worker.yieldPoint().yieldNow();
        };
        EpochOutcome outcome = t.runEpoch(yieldPoint);
        switch (outcome.status()) {
            case COMPLETED -> histories.get(i).add(outcome.report());
            case DIVERGED -> failures[i] = outcome.message();
            case STOPPED -> { }
        }
    }

    /** Encodes the map's rows by every run and hands the state over; the probe follows the new weights. */
    private void publish() {
        if (running == null) {
            return;
        }
        List<RunState> states = new ArrayList<>();
        double[] bounds = {-3, 3, -3, 3};
        for (int i = 0; i < trainers.size(); i++) {
            Vae vae = trainers.get(i).model();
            Encoding q = vae.encodeRows(dataset, mapRows, worker.yieldPoint());
            LatentSnapshot codes = new LatentSnapshot(trainers.get(i).epochsDone(), vae.latentDim(), mapRows,
                    q.mean(), q.sigma());
            widen(bounds, codes);
            states.add(new RunState(running.runs().get(i), trainers.get(i).epochsDone(),
                    List.copyOf(histories.get(i)), codes, failures[i]));
        }
        snapshotOut.publish(new ComparisonSnapshot(List.copyOf(states),
                new LatentArea(bounds[0], bounds[1], bounds[2], bounds[3])));
        probeRequest.serveAgain();
    }

    /** Grows {@code bounds} (x min, x max, y min, y max) to hold the codes' first two dimensions. */
    private static void widen(double[] bounds, LatentSnapshot codes) {
        int l = codes.latentDim();
        float[] mean = codes.mean();
        for (int r = 0; r < codes.rows().length; r++) {
            double x = mean[r * l];
            double y = l > 1 ? mean[r * l + 1] : 0;
            if (Double.isFinite(x) && Double.isFinite(y)) {
                bounds[0] = Math.min(bounds[0], x);
                bounds[1] = Math.max(bounds[1], x);
                bounds[2] = Math.min(bounds[2], y);
                bounds[3] = Math.max(bounds[3], y);
            }
        }
    }

    /** Each run decodes the probe: its first two latent dimensions, the others at 0. */
    private void decodeProbe(double[] at) {
        if (running == null) {
            return;
        }
        List<float[]> decoded = new ArrayList<>();
        for (Trainer t : trainers) {
            float[] z = new float[t.model().latentDim()];
            z[0] = (float) at[0];
            if (z.length > 1) {
                z[1] = (float) at[1];
            }
            decoded.add(t.model().decode(z, 1));
        }
        probeOut.publish(new ProbeDecodings(at[0], at[1], List.copyOf(decoded)));
    }
}
