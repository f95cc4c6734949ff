package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executor;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.training.EpochReport;

/** The KL pane's figures: collapsed by KL, active by the variance of the posterior mean, and the warning. */
class KlChartViewModelTest {
    private static final Executor NOW = Runnable::run;

    private static EpochReport epoch(int n, double... klPerDimension) {
        return new EpochReport(n, 0.1, 1, 1e-3, new ElboTerms(1, 1), null, klPerDimension, null);
    }

    /** Four rows in three dimensions: means whose population variances are 0.01625, 0.005 and 1. */
    private static LatentSnapshot encoded() {
        float[] mean = {
            0.1f, 0.1f, 1f,
            -0.1f, 0.0f, -1f,
            0.15f, -0.1f, 1f,
            -0.15f, 0.0f, -1f};
        return new LatentSnapshot(1, 3, new int[] {0, 1, 2, 3}, mean, new float[12]);
    }

    @Test
    void activeUnitsCountDimensionsWhosePosteriorMeanVariesOverTheData() {
        // Variances by hand: (0.01 + 0.01 + 0.0225 + 0.0225) / 4 = 0.01625; (0.01 + 0.01) / 4 - 0 = 0.005; 1.
        assertEquals(2, KlChartViewModel.activeUnits(encoded()));
    }

    @Test
    void theNewestEpochGivesTheBarsAndCollapsedDimensions() {
        ObservableList<EpochReport> reports = FXCollections.observableArrayList();
        SimpleObjectProperty<LatentSnapshot> latent = new SimpleObjectProperty<>();
        SimpleIntegerProperty shown = new SimpleIntegerProperty(-1);
        KlChartViewModel kl = new KlChartViewModel(reports, latent, shown, new SimpleObjectProperty<>());
        assertNull(kl.barsProperty().get());

        reports.add(epoch(1, 0.5, 0.2, 0.3));
        reports.add(epoch(2, 0.009, 0.4, 0.011));
        KlChartViewModel.KlBars bars = kl.barsProperty().get();
        assertEquals(2, bars.epoch());
        assertArrayEquals(new double[] {0.009, 0.4, 0.011}, bars.train());
        assertTrue(bars.collapsed(0) && !bars.collapsed(1) && !bars.collapsed(2));
        assertEquals(-1, bars.activeUnits(), "no encoding yet");
        assertNull(bars.heldOut(), "nothing held out");
        assertEquals("collapsed 1 of 3", kl.summaryProperty().get());
        assertEquals("", kl.warningProperty().get());

        latent.set(encoded());
        assertEquals(2, kl.barsProperty().get().activeUnits());
        assertEquals("Active 2 of 3 · collapsed 1 of 3", kl.summaryProperty().get());

        shown.set(1);
        assertArrayEquals(new double[] {0.5, 0.2, 0.3}, kl.barsProperty().get().train(), "the past epoch shown");
        shown.set(-1);
        assertEquals(2, kl.barsProperty().get().epoch(), "live again");

        reports.clear();
        assertNull(kl.barsProperty().get());
        assertEquals("", kl.summaryProperty().get());
    }

    @Test
    void allButOneCollapsedRaisesTheWarning() {
        ObservableList<EpochReport> reports = FXCollections.observableArrayList();
        KlChartViewModel kl = new KlChartViewModel(reports, new SimpleObjectProperty<>(), new SimpleIntegerProperty(-1),
                new SimpleObjectProperty<>());
        reports.add(epoch(1, 0.001, 2.0, 0.002));
        assertTrue(kl.warningProperty().get().startsWith("Posterior collapse: only one of the 3 latent dimensions"),
                kl.warningProperty().get());
        reports.add(epoch(2, 0.001, 0.003, 0.002));
        assertTrue(kl.warningProperty().get().startsWith("Posterior collapse: no latent dimension"));
        reports.add(epoch(3, 0.5, 0.3, 0.002));
        assertEquals("", kl.warningProperty().get(), "two dimensions carry information");
        reports.setAll(epoch(1, 0.0));
        assertEquals("", kl.warningProperty().get(), "one latent dimension cannot collapse into fewer");
    }

    @Test
    void aCollapsedLessonWarnsInTheWindow() {
        MainViewModel window = new MainViewModel(NOW, NOW);
        window.settings().field("latent").textProperty().set("3");
        window.settings().field("beta").textProperty().set("200");
        window.settings().field("epochs").textProperty().set("15");
        window.data().pointsProperty().set("400");
        window.data().datasetChoiceProperty().set(window.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        window.training().train();

        assertTrue(window.kl().warningProperty().get().startsWith("Posterior collapse"),
                "β = 200 leaves no dimension alive: " + window.kl().summaryProperty().get());
        assertEquals(0, window.kl().barsProperty().get().activeUnits());
        double[] heldOut = window.kl().barsProperty().get().heldOut();
        assertEquals(3, heldOut.length, "the held-out rows' bars too");
        EpochReport last = window.training().reports().get(window.training().reports().size() - 1);
        assertArrayEquals(last.heldOutKlPerDimension(), heldOut, 0);
    }
}
