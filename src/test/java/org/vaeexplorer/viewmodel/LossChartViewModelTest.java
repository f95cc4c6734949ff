package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.training.EpochReport;

/** The loss chart's range: the shown series, padded, and from zero to the −ELBO when stacked. */
class LossChartViewModelTest {
    private static EpochReport epoch(int n, double reconstruction, double kl) {
        return new EpochReport(n, 0.1, 1, 1e-3, new ElboTerms(reconstruction, kl), null, new double[] {kl}, null);
    }

    @Test
    void stackingRangesFromZeroToTheLargestNegativeElboOnALinearScaleOnly() {
        ObservableList<EpochReport> reports = FXCollections.observableArrayList(epoch(1, 40, 5), epoch(2, 30, 10));
        LossChartViewModel chart = new LossChartViewModel(reports);
        for (LossChartViewModel.Series s : LossChartViewModel.Series.values()) {
            chart.shownProperty(s).set(s == LossChartViewModel.Series.TRAIN_KL);
        }
        double[] klOnly = chart.valueRange();
        // KL from 5 to 10, padded by 5 % of its span on both ends.
        assertEquals(4.75, klOnly[0], 1e-12);
        assertEquals(10.25, klOnly[1], 1e-12);

        chart.stackedProperty().set(true);
        assertTrue(chart.drawsStacked());
        double[] stacked = chart.valueRange();
        // From 0 to the larger −ELBO, 45, padded by 5 % of 45.
        assertEquals(-2.25, stacked[0], 1e-12);
        assertEquals(47.25, stacked[1], 1e-12);

        chart.logScaleProperty().set(true);
        assertFalse(chart.drawsStacked(), "a log scale does not stack");
    }
}
