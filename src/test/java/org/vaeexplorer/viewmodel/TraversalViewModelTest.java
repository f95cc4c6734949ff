package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The traversal grid: one row per latent dimension from −3 to +3 around the probe, decoded only while shown. */
class TraversalViewModelTest {
    private static final Executor NOW = Runnable::run;

    @Test
    void theGridIsDecodedAroundTheProbeWhileShown() {
        MainViewModel main = new MainViewModel(NOW, NOW);
        ExplorationViewModel exploration = main.exploration();
        main.settings().field("hidden").textProperty().set("8");
        main.settings().field("latent").textProperty().set("3");
        main.data().pointsProperty().set("300");
        main.data().datasetChoiceProperty().set(main.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        main.training().step();
        TraversalViewModel traversal = exploration.traversal();
        assertNull(traversal.gridProperty().get(), "not decoded while hidden");

        traversal.shownProperty().set(true);
        exploration.probeYProperty().set(0.5);
        TraversalSnapshot grid = traversal.gridProperty().get();
        assertEquals(3, grid.latentDim());
        int d = 2;
        // Row z3, column +3: the probe at (0, 0.5, 3) decodes the same.
        exploration.dimensionValuesProperty().get().get(2).set(3);
        float[] atProbe = exploration.probeProperty().get().decoded();
        int cell = 2 * TraversalViewModel.STEPS + TraversalViewModel.STEPS - 1;
        assertArrayEquals(atProbe, Arrays.copyOfRange(grid.decoded(), cell * d, cell * d + d), 1e-5f);
        // For 2-D data each row is also a path over the data: its points where the data view draws the decoding.
        assertEquals(exploration.probeProperty().get().planeX(), grid.plane()[2 * cell], 1e-4);
        assertEquals(exploration.probeProperty().get().planeY(), grid.plane()[2 * cell + 1], 1e-4);

        main.training().step();
        assertNotSame(grid, traversal.gridProperty().get(), "decoded again with the new weights");
        traversal.shownProperty().set(false);
        assertNull(traversal.gridProperty().get());
    }
}
