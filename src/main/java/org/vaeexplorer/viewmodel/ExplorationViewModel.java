package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;

/**
 * The exploration panes (latent canvas, data view, images): the encoded sample, the probe and its decoding, the
 * selected row and its reconstruction, the decoded manifold and samples from the prior. Every decoding runs on the
 * model thread and comes back as a snapshot; the probe is decoded in {@link #decodeProbe}.
 */
public final class ExplorationViewModel {
    private final Executor uiThread;
    private final ModelWorker worker;
    private final ExplorerSession session;
    private final Consumer<Notice> notices;
    /** The current model's configuration, {@code null} when there is none. */
    private final ObservableValue<VaeConfig> model;
    private final ObservableValue<VaeConfig> settings;

    private final ReadOnlyObjectWrapper<LatentSnapshot> latent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProbeSnapshot> probe = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProbeSnapshot> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ManifoldSnapshot> manifold = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PriorSampleSnapshot> priorSamples = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty probeX = new SimpleDoubleProperty(0);
    private final DoubleProperty probeY = new SimpleDoubleProperty(0);
    private final IntegerProperty dimensionX = new SimpleIntegerProperty(0);
    private final IntegerProperty dimensionY = new SimpleIntegerProperty(1);
    private final ReadOnlyObjectWrapper<List<DoubleProperty>> dimensionValues = new ReadOnlyObjectWrapper<>(List.of());
    private final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    private final IntegerProperty colourFeature = new SimpleIntegerProperty(0);
    private final BooleanProperty manifoldShown = new SimpleBooleanProperty(false);
    private final BooleanProperty observationNoise = new SimpleBooleanProperty(false);
    /** The model thread's copy of {@link #observationNoise}. */
    private volatile boolean noiseShown;
    private final StringProperty priorSampleCount = new SimpleStringProperty("100");
    private LatentArea visibleArea = new LatentArea(-3, 3, -3, 3);
    private final ReadOnlyObjectWrapper<LatentArea> areaToShow = new ReadOnlyObjectWrapper<>();

    private final Coalescer<LatentSnapshot> latentOut;
    private final Coalescer<ProbeSnapshot> probeOut;
    private final Coalescer<ManifoldSnapshot> manifoldOut;
    private final ReconstructionsViewModel reconstructions;
    private final InterpolationViewModel interpolation;
    private final TraversalViewModel traversal;
    private final NewestRequest<float[]> probeRequest;
    private final NewestRequest<ManifoldRequest> manifoldRequest;

    /** A rectangle of two latent dimensions. */
    public record LatentArea(double xMin, double xMax, double yMin, double yMax) {
    }

    /** What the manifold grid should cover, captured on the UI thread. */
    private record ManifoldRequest(LatentArea area, float[] base, int dimX, int dimY) {
    }

    ExplorationViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session, DataViewModel data,
            TrainingViewModel training, Consumer<Notice> notices) {
        this.uiThread = uiThread;
        this.worker = worker;
        this.session = session;
        this.notices = notices;
        this.model = training.modelConfigProperty();
        this.settings = training.settings().configProperty();
        latentOut = new Coalescer<>(uiThread, latent::set);
        probeOut = new Coalescer<>(uiThread, probe::set);
        manifoldOut = new Coalescer<>(uiThread, grid -> {
            if (manifoldShown.get()) {
                manifold.set(grid);
            }
        });
        reconstructions = new ReconstructionsViewModel(uiThread, worker, session, model);
        probeRequest = worker.newestRequest(this::decodeProbe, true);
        interpolation = new InterpolationViewModel(uiThread, worker, session, this, training);
        traversal = new TraversalViewModel(uiThread, worker, session);
        traversal.shownProperty().addListener((obs, was, now) -> requestProbe());
        manifoldRequest = worker.newestRequest(this::decodeManifold, false);
        training.onNewWeights(this::followNewWeights);
        model.addListener((obs, was, now) -> modelChanged(now));
        data.dataProperty().addListener((obs, was, now) -> {
            colourFeature.set(0);
            forgetModel();
        });
        probeX.addListener((obs, was, now) -> requestProbe());
        probeY.addListener((obs, was, now) -> requestProbe());
        dimensionX.addListener((obs, was, now) -> probeMovedInDimensions());
        dimensionY.addListener((obs, was, now) -> probeMovedInDimensions());
        selectedRow.addListener((obs, was, now) -> requestSelection());
        manifoldShown.addListener((obs, was, now) -> requestManifold());
        observationNoise.addListener((obs, was, now) -> {
            noiseShown = now;
            requestProbe();
            if (priorSamples.get() != null) {
                samplePrior();
            }
        });
    }

    /** The encoded means and spreads of a sample of the data under the current weights. */
    public ReadOnlyObjectProperty<LatentSnapshot> latentProperty() {
        return latent.getReadOnlyProperty();
    }

    /** The decoding at the probe. */
    public ReadOnlyObjectProperty<ProbeSnapshot> probeProperty() {
        return probe.getReadOnlyProperty();
    }

    /** The reconstruction of the selected row. */
    public ReadOnlyObjectProperty<ProbeSnapshot> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** The decoded grid over the visible latent area, while shown. */
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

    /** How many samples to draw from the prior, as typed. */
    public StringProperty priorSampleCountProperty() {
        return priorSampleCount;
    }

    /**
     * Whether the probe and the prior samples show draws x ~ p(x|z), the decoder's noise included, besides or
     * instead of the decoder's mean: what the generative model really produces.
     */
    public BooleanProperty observationNoiseProperty() {
        return observationNoise;
    }

    /** The interpolation between two pinned latent points, which the canvases draw. */
    public InterpolationViewModel interpolation() {
        return interpolation;
    }

    /** The traversal grid around the probe. */
    public TraversalViewModel traversal() {
        return traversal;
    }

    /** The data view's links from rows to their reconstructions. */
    public ReconstructionsViewModel reconstructions() {
        return reconstructions;
    }

    /** Moves the probe by a step in the shown dimensions (arrow keys). */
    public void nudgeProbe(double dx, double dy) {
        probeX.set(probeX.get() + dx);
        probeY.set(probeY.get() + dy);
    }

    /** The latent rectangle the canvas shows; the manifold grid covers it. */
    public void setVisibleLatentArea(double xMin, double xMax, double yMin, double yMax) {
        visibleArea = new LatentArea(xMin, xMax, yMin, yMax);
        requestManifold();
    }

    LatentArea visibleArea() {
        return visibleArea;
    }

    /**
     * The latent rectangle an opened lesson shows, which the canvas takes instead of framing the points itself;
     * {@code null} when there is none (a new model, new data).
     */
    public ReadOnlyObjectProperty<LatentArea> areaToShowProperty() {
        return areaToShow.getReadOnlyProperty();
    }

    void showArea(LatentArea area) {
        areaToShow.set(area);
    }

    /** Draws the typed number of samples from the prior; a plain autoencoder has none, and says so. */
    public void samplePrior() {
        if (model.getValue() != null && !model.getValue().isVariational()) {
            notices.accept(new Notice(Texts.get("side.prior.none"), false));
            return;
        }
        int count;
        try {
            count = Integer.parseInt(priorSampleCount.get().trim());
        } catch (NumberFormatException e) {
            notices.accept(new Notice(Texts.get("notice.samples.whole"), true));
            return;
        }
        if (count < 1 || count > 10_000) {
            notices.accept(new Notice(Texts.get("notice.samples.range"), true));
            return;
        }
        long seed = System.nanoTime();
        boolean drawn = observationNoise.get();
        worker.soon(() -> {
            if (session.hasModel()) {
                PriorSampleSnapshot s = session.samplePrior(count, seed, drawn);
                uiThread.execute(() -> priorSamples.set(s));
            }
        });
    }

    /** A new or opened model gets a probe in its own dimensions. */
    private void modelChanged(VaeConfig now) {
        if (now == null) {
            forgetModel();
        } else {
            resetDimensions(now.latentDim());
            requestProbe();
            requestManifold();
        }
    }

    /** Without a model (or on new data), every picture of one goes, and the probe takes the settings' dimensions. */
    private void forgetModel() {
        probeRequest.clear();
        manifoldRequest.clear();
        latent.set(null);
        probe.set(null);
        manifold.set(null);
        priorSamples.set(null);
        reconstructions.forget();
        traversal.forget();
        selectedRow.set(-1);
        areaToShow.set(null);
        resetDimensions(settings.getValue() == null ? 2 : settings.getValue().latentDim());
    }

    private void resetDimensions(int latentDim) {
        List<DoubleProperty> values = new ArrayList<>();
        for (int k = 0; k < latentDim; k++) {
            DoubleProperty v = new SimpleDoubleProperty(0);
            v.addListener((obs, was, now) -> probeMovedInDimensions());
            values.add(v);
        }
        // The shown dimensions first: the new values' listeners (the latent pane's boxes) read them.
        dimensionX.set(0);
        dimensionY.set(latentDim > 1 ? 1 : 0);
        dimensionValues.set(List.copyOf(values));
    }

    private void probeMovedInDimensions() {
        requestProbe();
        requestManifold();
    }

    /** Puts the probe at a full latent vector: the shown dimensions' position and every other slider. */
    void moveProbeTo(float[] z) {
        List<DoubleProperty> values = dimensionValues.get();
        if (z.length != values.size()) {
            return;
        }
        for (int k = 0; k < z.length; k++) {
            if (k != dimensionX.get() && k != dimensionY.get()) {
                values.get(k).set(z[k]);
            }
        }
        probeX.set(z[dimensionX.get()]);
        if (z.length > 1) {
            probeY.set(z[dimensionY.get()]);
        }
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
        if (model.getValue() != null && !dimensionValues.get().isEmpty()) {
            float[] z = probeVector();
            probeRequest.submit(z);
            traversal.probeAt(z);
        }
    }

    private void requestSelection() {
        int row = selectedRow.get();
        if (row < 0 || model.getValue() == null) {
            selection.set(null);
            return;
        }
        worker.soon(() -> {
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

    private void requestManifold() {
        if (!manifoldShown.get() || model.getValue() == null || dimensionValues.get().isEmpty()) {
            manifoldRequest.clear();
            manifold.set(null);
            return;
        }
        manifoldRequest.submit(new ManifoldRequest(visibleArea, probeVector(), dimensionX.get(), dimensionY.get()));
    }

    // ------------------------------------------ On the model thread. ------------------------------------------

    /** The weights changed: the encoded sample, the probe's decoding and the manifold follow them. */
    private void followNewWeights() {
        if (!session.hasModel()) {
            return;
        }
        latentOut.publish(session.encodeSample(worker.yieldPoint()));
        reconstructions.followNewWeights();
        traversal.followNewWeights();
        probeRequest.serveAgain();
        manifoldRequest.serveAgain();
    }

    /** Decodes the probe's latent point, with the rows whose codes lie nearest it. */
    private void decodeProbe(float[] z) {
        if (session.hasModel() && z.length == session.trainer().model().latentDim()) {
            probeOut.publish(session.decode(z, noiseShown ? System.nanoTime() : null));
        }
    }

    private void decodeManifold(ManifoldRequest r) {
        if (!session.hasModel() || r.base().length != session.trainer().model().latentDim()) {
            return;
        }
        int n = session.data().imageShape() != null ? 16 : 24;
        LatentArea a = r.area();
        manifoldOut.publish(session.manifold(n, a.xMin(), a.xMax(), a.yMin(), a.yMax(), r.dimX(), r.dimY(),
                r.base()));
    }
}
