package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exploration panes' view model without a screen; UI and model work run at once on the caller. */
class ExplorationViewModelTest {
    private static final Executor NOW = Runnable::run;
    private MainViewModel main;
    private ExplorationViewModel exploration;

    @BeforeEach
    void create() {
        main = new MainViewModel(NOW, NOW);
        exploration = main.exploration();
        main.settings().field("hidden").textProperty().set("16,16");
        main.settings().field("epochs").textProperty().set("3");
        main.data().pointsProperty().set("400");
        main.data().datasetChoiceProperty().set(main.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
    }

    @Test
    void nothingIsDecodedWithoutAModel() {
        exploration.probeXProperty().set(1.0);
        exploration.selectedRowProperty().set(3);
        exploration.manifoldShownProperty().set(true);
        assertNull(exploration.probeProperty().get());
        assertNull(exploration.selectionProperty().get());
        assertNull(exploration.manifoldProperty().get());
        assertEquals(2, exploration.dimensionValuesProperty().get().size(), "the settings' latent dimensions");
    }

    @Test
    void theProbeIsDecodedAsSoonAsThereIsAModelAndAfterEachMove() {
        main.training().step();
        ProbeSnapshot first = exploration.probeProperty().get();
        assertNotNull(first);
        assertArrayEquals(new float[] {0, 0}, first.z());
        exploration.probeXProperty().set(2.0);
        exploration.probeYProperty().set(-1.5);
        ProbeSnapshot moved = exploration.probeProperty().get();
        assertArrayEquals(new float[] {2.0f, -1.5f}, moved.z());
        assertNotEquals(first.decoded()[0], moved.decoded()[0]);
        assertNotNull(moved.planeCovariance(), "a Gaussian decoder has a spread");
        assertEquals(ProbeSnapshot.NEAREST_COUNT, moved.nearestRows().length);
        exploration.nudgeProbe(0.5, 0.25);
        assertArrayEquals(new float[] {2.5f, -1.25f}, exploration.probeProperty().get().z());
    }

    @Test
    void theProbeFollowsTheWeights() {
        main.training().step();
        float[] afterOne = exploration.probeProperty().get().decoded();
        main.training().step();
        ProbeSnapshot afterTwo = exploration.probeProperty().get();
        assertArrayEquals(new float[] {0, 0}, afterTwo.z(), "the same point");
        assertNotEquals(afterOne[0], afterTwo.decoded()[0], "decoded again with the new weights");
    }

    @Test
    void higherLatentDimensionsGetOneValuePerDimension() {
        main.settings().field("latent").textProperty().set("4");
        main.training().step();
        assertEquals(4, exploration.dimensionValuesProperty().get().size());
        exploration.dimensionXProperty().set(2);
        exploration.dimensionValuesProperty().get().get(0).set(1.25);
        exploration.dimensionValuesProperty().get().get(3).set(-0.75);
        exploration.probeXProperty().set(-0.5);
        exploration.probeYProperty().set(0.5);
        assertArrayEquals(new float[] {1.25f, 0.5f, -0.5f, -0.75f}, exploration.probeProperty().get().z());
    }

    @Test
    void manifoldOnAndOff() {
        main.training().step();
        exploration.setVisibleLatentArea(-2, 2, -1, 1);
        exploration.manifoldShownProperty().set(true);
        ManifoldSnapshot grid = exploration.manifoldProperty().get();
        assertNotNull(grid);
        assertEquals(24, grid.n(), "the 2-D data's mesh");
        assertEquals(grid.n() * grid.n() * 2, grid.decoded().length);
        assertEquals(-2, grid.xMin());
        assertEquals(1, grid.yMax());
        exploration.setVisibleLatentArea(-4, 4, -3, 3);
        assertEquals(-4, exploration.manifoldProperty().get().xMin(), "the grid follows the visible area");
        main.training().step();
        assertNotEquals(grid.decoded()[0], exploration.manifoldProperty().get().decoded()[0],
                "decoded again with the new weights");
        exploration.manifoldShownProperty().set(false);
        assertNull(exploration.manifoldProperty().get());
        main.training().step();
        assertNull(exploration.manifoldProperty().get(), "a hidden manifold is not decoded");
    }

    @Test
    void priorSamplesAreDrawnAsTyped() {
        main.training().step();
        exploration.priorSampleCountProperty().set("25");
        exploration.samplePrior();
        PriorSampleSnapshot samples = exploration.priorSamplesProperty().get();
        assertEquals(25, samples.count());
        assertEquals(25 * 2, samples.plane().length);
        exploration.priorSampleCountProperty().set("0");
        exploration.samplePrior();
        assertTrue(main.noticeProperty().get().error());
        assertSame(samples, exploration.priorSamplesProperty().get(), "a bad count keeps the samples");
    }

    @Test
    void withNoiseTheProbeAndThePriorSamplesShowDrawsOfTheDecodersDistribution() {
        main.training().step();
        exploration.priorSampleCountProperty().set("50");
        exploration.samplePrior();
        assertFalse(exploration.priorSamplesProperty().get().drawn());
        assertNull(exploration.probeProperty().get().drawn(), "the mean alone");

        exploration.observationNoiseProperty().set(true);

        ProbeSnapshot probe = exploration.probeProperty().get();
        assertNotNull(probe.drawn(), "a draw x ~ p(x|z) beside the mean");
        assertNotEquals(probe.decoded()[0], probe.drawn()[0], "a Gaussian decoder's draw is not its mean");
        PriorSampleSnapshot samples = exploration.priorSamplesProperty().get();
        assertTrue(samples.drawn(), "the shown samples are drawn again with noise");
        assertEquals(50, samples.count());
        exploration.observationNoiseProperty().set(false);
        assertNull(exploration.probeProperty().get().drawn());
        assertFalse(exploration.priorSamplesProperty().get().drawn());
    }

    @Test
    void reconstructionsOfTheSampleFollowTheWeightsWhileShown() {
        main.training().step();
        assertNull(exploration.reconstructions().snapshotProperty().get());
        exploration.reconstructions().shownProperty().set(true);
        ReconstructionSnapshot first = exploration.reconstructions().snapshotProperty().get();
        assertEquals(400, first.rows().length, "every row of a 400-point set (up to 1000)");

        int row = first.rows()[7];
        exploration.selectedRowProperty().set(row);
        ProbeSnapshot selected = exploration.selectionProperty().get();
        assertEquals(selected.planeX(), first.plane()[14], 1e-5, "the same reconstruction as the selected row's");
        assertEquals(selected.planeY(), first.plane()[15], 1e-5);

        main.training().step();
        assertNotSame(first, exploration.reconstructions().snapshotProperty().get(), "redrawn with the new weights");
        exploration.reconstructions().shownProperty().set(false);
        assertNull(exploration.reconstructions().snapshotProperty().get());
        main.training().step();
        assertNull(exploration.reconstructions().snapshotProperty().get(), "not computed while hidden");
    }

    @Test
    void selectingARowShowsItsReconstruction() {
        main.training().step();
        exploration.selectedRowProperty().set(7);
        ProbeSnapshot selected = exploration.selectionProperty().get();
        assertNotNull(selected);
        assertEquals(2, selected.decoded().length);
        exploration.selectedRowProperty().set(-1);
        assertNull(exploration.selectionProperty().get());
    }

    @Test
    void resetClearsEveryPictureOfTheModel() {
        main.training().step();
        exploration.selectedRowProperty().set(7);
        exploration.manifoldShownProperty().set(true);
        exploration.samplePrior();
        exploration.colourFeatureProperty().set(1);
        main.training().reset();
        assertNull(exploration.latentProperty().get());
        assertNull(exploration.probeProperty().get());
        assertNull(exploration.selectionProperty().get());
        assertNull(exploration.manifoldProperty().get());
        assertNull(exploration.priorSamplesProperty().get());
        assertEquals(-1, exploration.selectedRowProperty().get());
        main.data().regenerate();
        assertEquals(0, exploration.colourFeatureProperty().get(), "new data is coloured by its first feature");
        main.training().step();
        assertNotNull(exploration.manifoldProperty().get(), "still shown: a new model draws it again");
    }
}
