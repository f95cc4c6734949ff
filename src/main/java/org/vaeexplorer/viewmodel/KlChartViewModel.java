package org.vaeexplorer.viewmodel;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.vaeexplorer.model.network.LatentUsage;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.text.Texts;

/**
 * The KL pane: the last epoch's KL divergence per latent dimension, which dimensions have collapsed (carry under
 * {@value #COLLAPSED_NATS} nats), how many are active in the sense of Burda et al. (2015) — the variance over the
 * data of the posterior mean above {@value #ACTIVE_VARIANCE} — and a warning when all but one have collapsed.
 */
public final class KlChartViewModel {
    /** Below this KL (nats per example) a dimension is drawn as collapsed. */
    public static final double COLLAPSED_NATS = 0.01;
    /** Above this variance of its posterior mean over the data a dimension is active. */
    public static final double ACTIVE_VARIANCE = LatentUsage.ACTIVE_VARIANCE;

    /**
     * One epoch's bars.
     *
     * @param train       KL per dimension on the training rows, nats per example
     * @param heldOut     the same on the held-out rows, or {@code null} when none are held out
     * @param activeUnits active dimensions in the latest encoding of the data, or -1 before there is one
     */
    public record KlBars(int epoch, double[] train, double[] heldOut, int activeUnits) {
        public KlBars {
            train = train.clone();
            heldOut = heldOut == null ? null : heldOut.clone();
        }

        @Override
        public double[] heldOut() {
            return heldOut == null ? null : heldOut.clone();
        }

        public int dimensions() {
            return train.length;
        }

        public boolean collapsed(int dimension) {
            return train[dimension] < COLLAPSED_NATS;
        }

        public int collapsedCount() {
            int n = 0;
            for (int k = 0; k < train.length; k++) {
                n += collapsed(k) ? 1 : 0;
            }
            return n;
        }

        @Override
        public double[] train() {
            return train.clone();
        }
    }

    private final ObservableList<EpochReport> reports;
    private final ObservableValue<LatentSnapshot> latent;
    private final ObservableValue<Number> shownEpoch;
    private final ObservableValue<VaeConfig> model;
    private final ReadOnlyObjectWrapper<KlBars> bars = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noKl = new ReadOnlyBooleanWrapper();

    /**
     * @param shownEpoch the past epoch the window shows, or -1 for the newest: the bars are that epoch's
     * @param model      the current model's configuration: a plain autoencoder has no KL to show
     */
    KlChartViewModel(ObservableList<EpochReport> reports, ObservableValue<LatentSnapshot> latent,
            ObservableValue<Number> shownEpoch, ObservableValue<VaeConfig> model) {
        this.reports = reports;
        this.latent = latent;
        this.shownEpoch = shownEpoch;
        this.model = model;
        model.addListener((obs, was, now) -> update());
        reports.addListener((ListChangeListener<EpochReport>) c -> update());
        latent.addListener((obs, was, now) -> update());
        shownEpoch.addListener((obs, was, now) -> update());
    }

    /** The newest epoch's bars, or {@code null} before the first epoch. */
    public ReadOnlyObjectProperty<KlBars> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    /**
     * One short line: how many dimensions are active (see {@link #ACTIVE_VARIANCE}) and how many collapsed (see
     * {@link #COLLAPSED_NATS}); empty without a model.
     */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while the model is a plain autoencoder, which has no KL to draw (the summary says so). */
    public ReadOnlyBooleanProperty noKlProperty() {
        return noKl.getReadOnlyProperty();
    }

    /** What to tell the user when all but one dimension have collapsed; empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Active dimensions of the encoded rows, counted the model's way ({@link LatentUsage}). */
    static int activeUnits(LatentSnapshot encoded) {
        return LatentUsage.activeUnits(encoded.mean(), encoded.rows().length, encoded.latentDim());
    }

    /** The report of the epoch shown: the newest, or the past one the timeline shows. */
    private EpochReport shown() {
        int epoch = shownEpoch.getValue().intValue();
        if (epoch >= 0) {
            for (int i = reports.size() - 1; i >= 0; i--) {
                if (reports.get(i).epoch() == epoch) {
                    return reports.get(i);
                }
            }
        }
        return reports.get(reports.size() - 1);
    }

    private void update() {
        boolean plainAutoencoder = model.getValue() != null && !model.getValue().isVariational();
        noKl.set(plainAutoencoder);
        if (reports.isEmpty() || plainAutoencoder) {
            bars.set(null);
            summary.set(plainAutoencoder ? Texts.get("side.kl.none") : "");
            warning.set("");
            return;
        }
        EpochReport last = shown();
        LatentSnapshot encoded = latent.getValue();
        int active = encoded != null && encoded.latentDim() == last.klPerDimension().length ? activeUnits(encoded)
                : -1;
        KlBars now = new KlBars(last.epoch(), last.klPerDimension(), last.heldOutKlPerDimension(), active);
        bars.set(now);
        int l = now.dimensions();
        int carrying = l - now.collapsedCount();
        summary.set(active < 0 ? Texts.get("kl.summary.collapsed", now.collapsedCount(), l)
                : Texts.get("kl.summary", active, l, now.collapsedCount()));
        warning.set(l > 1 && carrying <= 1 ? Texts.get(carrying == 0 ? "kl.warning.none" : "kl.warning.one", l) : "");
    }
}
