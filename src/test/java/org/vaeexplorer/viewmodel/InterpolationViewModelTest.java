package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Interpolation between two pinned latent points: the paths' geometry, their decoding and playing them. */
class InterpolationViewModelTest {
    private static final Executor NOW = Runnable::run;
    private MainViewModel main;
    private ExplorationViewModel exploration;
    private InterpolationViewModel interpolation;

    @BeforeEach
    void trainAModel() {
        main = new MainViewModel(NOW, NOW);
        exploration = main.exploration();
        interpolation = exploration.interpolation();
        main.settings().field("hidden").textProperty().set("8");
        main.settings().field("latent").textProperty().set("3");
        main.data().pointsProperty().set("300");
        main.data().datasetChoiceProperty().set(main.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        main.training().step();
    }

    @Test
    void pinningBothEndsDecodesThePathAsTheProbeWouldBeDecoded() {
        exploration.probeXProperty().set(-1.5);
        interpolation.pinStart();
        assertNull(interpolation.pathProperty().get(), "one end is not a path");
        exploration.dimensionValuesProperty().get().get(2).set(0.75);
        exploration.probeXProperty().set(1.0);
        exploration.probeYProperty().set(0.5);
        interpolation.pinEnd();

        PathSnapshot path = interpolation.pathProperty().get();
        assertNotNull(path);
        assertArrayEquals(new float[] {-1.5f, 0, 0}, Arrays.copyOfRange(path.z(), 0, 3));
        assertArrayEquals(new float[] {1.0f, 0.5f, 0.75f}, Arrays.copyOfRange(path.z(), path.z().length - 3,
                path.z().length));
        float[] atProbe = exploration.probeProperty().get().decoded();
        int d = atProbe.length;
        assertArrayEquals(atProbe, Arrays.copyOfRange(path.decoded(), path.decoded().length - d,
                path.decoded().length), 1e-5f, "B decodes as the probe standing on it");
    }

    @Test
    void thePositionMovesTheProbeAlongThePathAndNewDataClearsIt() {
        exploration.probeXProperty().set(-1.0);
        interpolation.pinStart();
        exploration.probeXProperty().set(1.0);
        exploration.probeYProperty().set(2.0);
        interpolation.pinEnd();

        interpolation.positionProperty().set(0.25);
        assertArrayEquals(new float[] {-0.5f, 0.5f, 0}, exploration.probeProperty().get().z(), 1e-6f);

        main.data().regenerate();
        assertNull(interpolation.pathProperty().get());
        assertNull(interpolation.startProperty().get());
    }

    /** Row {@code row}'s posterior mean in the latent canvas's sample (300 rows: all of them). */
    private float[] meanOf(int row) {
        LatentSnapshot latent = exploration.latentProperty().get();
        int i = Arrays.binarySearch(latent.rows(), row);
        int l = latent.latentDim();
        return Arrays.copyOfRange(latent.mean(), i * l, (i + 1) * l);
    }

    @Test
    void twoSelectedRowsAreTheEndsAndTheirMeansDecodeAsTheirReconstructions() {
        assertEquals(false, interpolation.twoRowsProperty().get());
        exploration.selectedRowProperty().set(12);
        interpolation.otherRowProperty().set(12);
        assertEquals(false, interpolation.twoRowsProperty().get(), "one row twice is no path");
        interpolation.otherRowProperty().set(250);
        assertEquals(true, interpolation.twoRowsProperty().get());
        ProbeSnapshot endReconstruction = exploration.selectionProperty().get();
        exploration.selectedRowProperty().set(250);
        ProbeSnapshot otherReconstruction = exploration.selectionProperty().get();
        exploration.selectedRowProperty().set(12);
        ProbeSnapshot startReconstruction = exploration.selectionProperty().get();
        assertNotNull(endReconstruction);

        interpolation.pinRows();

        assertArrayEquals(meanOf(12), interpolation.startProperty().get(), 1e-6f);
        assertArrayEquals(meanOf(250), interpolation.endProperty().get(), 1e-6f);
        PathSnapshot path = interpolation.pathProperty().get();
        int d = 2;
        assertArrayEquals(startReconstruction.decoded(), Arrays.copyOfRange(path.decoded(), 0, d), 1e-5f,
                "A decodes as row 12's reconstruction");
        assertArrayEquals(otherReconstruction.decoded(), Arrays.copyOfRange(path.decoded(),
                path.decoded().length - d, path.decoded().length), 1e-5f, "B as row 250's");
        interpolation.clear();
        assertEquals(-1, interpolation.otherRowProperty().get());
    }
}
