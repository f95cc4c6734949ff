package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.Likelihood;

/**
 * The explorer's view model without a screen: both the UI and the model "threads" run work at once on the caller,
 * so every command completes before it returns.
 */
class MainViewModelTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private MainViewModel vm;

    @BeforeEach
    void create() {
        vm = new MainViewModel(NOW, NOW);
        vm.settings().field("hidden").textProperty().set("16,16");
        vm.settings().field("epochs").textProperty().set("3");
        vm.pointsProperty().set("400");
        vm.datasetChoiceProperty().set(vm.datasetChoices().stream().filter(c -> c.id().equals("moons"))
                .findFirst().orElseThrow());
    }

    @Test
    void choosingADatasetLoadsIt() {
        assertNotNull(vm.dataProperty().get());
        assertEquals(400, vm.dataProperty().get().data().rows());
        assertEquals(TrainingState.READY, vm.stateProperty().get());
        assertTrue(vm.toyChosenProperty().get());
        assertEquals("0.1", vm.noiseProperty().get());
    }

    @Test
    void trainingAddsOneReportPerEpochAndEncodesTheData() {
        vm.train();
        assertEquals(3, vm.reports().size());
        assertEquals(TrainingState.PAUSED, vm.stateProperty().get());
        assertEquals(1.0, vm.progressProperty().get(), 1e-9);
        LatentSnapshot latent = vm.latentProperty().get();
        assertNotNull(latent);
        assertEquals(3, latent.epoch());
        assertEquals(400, latent.rows().length);
        assertNotNull(vm.probeProperty().get(), "the probe is decoded as soon as there is a model");
        vm.train();
        assertEquals(6, vm.reports().size(), "Train again continues the same model");
        vm.step();
        assertEquals(7, vm.reports().get(6).epoch());
        vm.reset();
        assertTrue(vm.reports().isEmpty());
        assertNull(vm.latentProperty().get());
        assertEquals(TrainingState.READY, vm.stateProperty().get());
    }

    @Test
    void movingTheProbeDecodesTheNewPoint() {
        vm.step();
        vm.probeXProperty().set(0.0);
        ProbeSnapshot first = vm.probeProperty().get();
        vm.probeXProperty().set(2.0);
        vm.probeYProperty().set(-1.5);
        ProbeSnapshot moved = vm.probeProperty().get();
        assertEquals(2.0f, moved.z()[0]);
        assertEquals(-1.5f, moved.z()[1]);
        assertNotEquals(first.decoded()[0], moved.decoded()[0]);
        assertNotNull(moved.planeCovariance(), "a Gaussian decoder has a spread");
        assertEquals(6, moved.nearestRows().length);
    }

    @Test
    void invalidSettingsAreMarkedAndCannotTrain() {
        vm.settings().field("lr").textProperty().set("abc");
        assertFalse(vm.settings().validProperty().get());
        assertFalse(vm.settings().field("lr").problemProperty().get().isEmpty());
        vm.settings().field("latent").textProperty().set("99");
        assertTrue(vm.settings().field("latent").problemProperty().get().contains("64"));
        vm.train();
        assertTrue(vm.reports().isEmpty());
        vm.settings().field("lr").textProperty().set("0.002");
        vm.settings().field("latent").textProperty().set("2");
        assertTrue(vm.settings().validProperty().get());
        vm.settings().likelihoodProperty().set(Likelihood.BERNOULLI);
        assertFalse(vm.settings().validProperty().get(), "moons are not in [0, 1]");
        assertFalse(vm.settings().likelihoodProblemProperty().get().isEmpty());
    }

    @Test
    void aBadFileNamesTheProblemAndKeepsDataModelAndChart() throws Exception {
        vm.step();
        var dataBefore = vm.dataProperty().get();
        Path bad = dir.resolve("broken.csv");
        Files.writeString(bad, "a,b\n1,2\n3,oops\n");
        vm.openFile(bad);
        assertTrue(vm.noticeProperty().get().error());
        assertTrue(vm.noticeProperty().get().text().contains("broken.csv, line 3"),
                vm.noticeProperty().get().text());
        assertEquals(dataBefore, vm.dataProperty().get());
        assertEquals(1, vm.reports().size());
        assertNotNull(vm.latentProperty().get());
    }

    @Test
    void changingStructureAsksForResetWhileBetaAndRateApplyLive() {
        vm.step();
        vm.settings().field("beta").textProperty().set("2");
        assertFalse(vm.settingsChangedProperty().get());
        vm.step();
        assertEquals(2.0, vm.reports().get(1).beta(), 1e-12);
        vm.settings().field("hidden").textProperty().set("8");
        assertTrue(vm.settingsChangedProperty().get());
    }

    @Test
    void higherLatentDimensionsGetOneValuePerDimension() {
        vm.settings().field("latent").textProperty().set("4");
        vm.step();
        assertEquals(4, vm.dimensionValuesProperty().get().size());
        vm.dimensionXProperty().set(2);
        vm.dimensionValuesProperty().get().get(0).set(1.25);
        vm.probeXProperty().set(-0.5);
        float[] z = vm.probeProperty().get().z();
        assertEquals(1.25f, z[0]);
        assertEquals(-0.5f, z[2]);
    }

    @Test
    void manifoldAndPriorSamplesDecodeGrids() {
        vm.step();
        vm.setVisibleLatentArea(-2, 2, -1, 1);
        vm.manifoldShownProperty().set(true);
        ManifoldSnapshot grid = vm.manifoldProperty().get();
        assertNotNull(grid);
        assertEquals(grid.n() * grid.n() * 2, grid.decoded().length);
        assertEquals(-2, grid.xMin());
        vm.priorSampleCountProperty().set("25");
        vm.samplePrior();
        assertEquals(25, vm.priorSamplesProperty().get().count());
        vm.manifoldShownProperty().set(false);
        assertNull(vm.manifoldProperty().get());
    }

    @Test
    void selectingARowShowsItsReconstruction() {
        vm.step();
        vm.selectedRowProperty().set(7);
        assertNotNull(vm.selectionProperty().get());
        vm.selectedRowProperty().set(-1);
        assertNull(vm.selectionProperty().get());
    }

    @Test
    void aSavedModelOpensAgainOnItsDataAndDecodesAlike() throws Exception {
        vm.settings().field("latent").textProperty().set("3");
        vm.train();
        vm.probeXProperty().set(0.7);
        float[] decodedBefore = vm.probeProperty().get().decoded();
        Path file = dir.resolve("moons.vae");
        vm.saveModel(file);
        assertTrue(Files.size(file) > 0);
        vm.reset();
        vm.settings().field("latent").textProperty().set("2");
        vm.openFile(file);
        assertEquals(TrainingState.PAUSED, vm.stateProperty().get());
        assertEquals("3", vm.settings().field("latent").textProperty().get());
        assertNotNull(vm.latentProperty().get());
        vm.probeXProperty().set(0.0);
        vm.probeXProperty().set(0.7);
        assertEquals(decodedBefore[0], vm.probeProperty().get().decoded()[0], 0f);
        vm.train();
        assertEquals(3, vm.reports().size(), "training goes on from the opened model");
    }
}
