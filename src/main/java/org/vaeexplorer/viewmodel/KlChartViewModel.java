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
    public static final double ACTIVE_VARIANCE = 0.01;

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

    /**
     * The dimensions whose posterior mean varies over the encoded rows by more than {@link #ACTIVE_VARIANCE}
     * (population variance over the sample).
     */
    static int activeUnits(LatentSnapshot encoded) {
        int l = encoded.latentDim();
        int n = encoded.rows().length;
        if (n == 0) {
            return 0;
        }
        int active = 0;
        float[] mean = encoded.mean();
        for (int k = 0; k < l; k++) {
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                double v = mean[i * l + k];
                sum += v;
                sumSquares += v * v;
            }
            double average = sum / n;
            if (sumSquares / n - average * average > ACTIVE_VARIANCE) {
                active++;
            }
        }
        return active;
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
        summary.set((active < 0 ? "" : "Active " + active + " of " + l + " · ") + "collapsed "
                + now.collapsedCount() + " of " + l);
        warning.set(l > 1 && carrying <= 1 ? "Posterior collapse: " + (carrying == 0
                ? "no latent dimension carries information, so z does not change the output."
                : "only one of the " + l + " latent dimensions carries information; moving along the others changes "
                        + "nothing.") + " Try a smaller β or KL warm-up." : "");
    }
}
