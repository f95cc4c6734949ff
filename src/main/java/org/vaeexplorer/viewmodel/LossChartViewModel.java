package org.vaeexplorer.viewmodel;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.text.Texts;

/**
 * What the loss chart shows: the epochs' figures, which series, and on which scale. The figures are fed by the
 * {@link TrainingViewModel}, one report per finished epoch.
 */
public final class LossChartViewModel {
    /** Which term of the negative ELBO. */
    public enum Term { TOTAL, RECONSTRUCTION, KL }

    /** One line of the chart. */
    public enum Series {
        TRAIN_TOTAL(Term.TOTAL, false, "loss.series.train.total"),
        TRAIN_RECONSTRUCTION(Term.RECONSTRUCTION, false, "loss.series.train.reconstruction"),
        TRAIN_KL(Term.KL, false, "loss.series.train.kl"),
        HELD_OUT_TOTAL(Term.TOTAL, true, "loss.series.held.out.total"),
        HELD_OUT_RECONSTRUCTION(Term.RECONSTRUCTION, true, "loss.series.held.out.reconstruction"),
        HELD_OUT_KL(Term.KL, true, "loss.series.held.out.kl");

        private final Term term;
        private final boolean heldOut;
        private final String labelKey;

        Series(Term term, boolean heldOut, String labelKey) {
            this.term = term;
            this.heldOut = heldOut;
            this.labelKey = labelKey;
        }

        public Term term() {
            return term;
        }

        public boolean heldOut() {
            return heldOut;
        }

        public String label() {
            return Texts.get(labelKey);
        }
    }

    private final ObservableList<EpochReport> reports;
    private final Map<Series, BooleanProperty> shown = new EnumMap<>(Series.class);
    private final BooleanProperty logScale = new SimpleBooleanProperty(false);
    private final BooleanProperty stacked = new SimpleBooleanProperty(false);
    private final javafx.beans.property.IntegerProperty markedEpoch = new javafx.beans.property.SimpleIntegerProperty(-1);

    LossChartViewModel(ObservableList<EpochReport> reports) {
        this.reports = reports;
        for (Series s : Series.values()) {
            shown.put(s, new SimpleBooleanProperty(s.term() != Term.RECONSTRUCTION));
        }
    }

    public ObservableList<EpochReport> reports() {
        return reports;
    }

    public BooleanProperty shownProperty(Series series) {
        return shown.get(series);
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /**
     * Whether the training rows' reconstruction and KL are drawn stacked, reconstruction below, so that their sum,
     * the −ELBO, is the top edge (on a linear scale; the log scale does not stack).
     */
    public BooleanProperty stackedProperty() {
        return stacked;
    }

    /** The past epoch the timeline shows, marked on the chart, or -1 for none (bound by the window's view model). */
    public javafx.beans.property.IntegerProperty markedEpochProperty() {
        return markedEpoch;
    }

    /** Stacking applies: asked for, and on a linear scale. */
    public boolean drawsStacked() {
        return stacked.get() && !logScale.get();
    }

    /** A series' value at an epoch; NaN where there is none (no held-out rows). */
    public static double value(EpochReport report, Series series) {
        ElboTerms terms = series.heldOut() ? report.heldOut() : report.train();
        if (terms == null) {
            return Double.NaN;
        }
        return switch (series.term()) {
            case TOTAL -> terms.negativeElbo();
            case RECONSTRUCTION -> terms.reconstruction();
            case KL -> terms.kl();
        };
    }

    /** Smallest and largest value of the shown series (positive values only on a log scale). */
    public double[] valueRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        // Once, not per epoch: values() copies its array, and this runs at every redraw over every epoch.
        List<Series> drawn = Arrays.stream(Series.values()).filter(s -> shown.get(s).get()).toList();
        boolean positiveOnly = logScale.get();
        for (EpochReport r : reports) {
            for (Series s : drawn) {
                double v = value(r, s);
                if (Double.isFinite(v) && (!positiveOnly || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (drawsStacked()) {
            for (EpochReport r : reports) {
                max = Math.max(max, r.train().negativeElbo());
            }
            min = Math.min(min, 0);
        }
        if (min > max) {
            return new double[] {0, 1};
        }
        double pad = (max - min) * 0.05;
        return new double[] {logScale.get() ? min : min - pad, max + pad};
    }
}
