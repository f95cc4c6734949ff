package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.VaeConfig;

/** The timeline's thinning and memory bound, and that a past epoch's model has exactly that epoch's weights. */
class WeightTimelineTest {
    private static Trainer smallTrainer() {
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withBatchSize(100).withHoldoutRows(0);
        return Trainer.create(config, ToyDataset.MOONS.generate(200, 0.1, 1));
    }

    @Test
    void keepsEveryEarlyEpochThenThinsTheLaterOnesWithinTheBound() {
        Vae model = smallTrainer().model();
        WeightTimeline timeline = new WeightTimeline();
        int maxHeld = 0;
        for (int epoch = 0; epoch <= 1000; epoch++) {
            timeline.record(epoch, model);
            maxHeld = Math.max(maxHeld, timeline.epochs().length);
        }
        int[] held = timeline.epochs();
        assertEquals(WeightTimeline.MAX_CHECKPOINTS, maxHeld, "fills up to the bound, never beyond");
        assertArrayEquals(IntStream.rangeClosed(0, WeightTimeline.DENSE_EPOCHS).toArray(),
                IntStream.of(held).limit(WeightTimeline.DENSE_EPOCHS + 1).toArray(), "every early epoch stays");
        int[] later = IntStream.of(held).skip(WeightTimeline.DENSE_EPOCHS + 1).toArray();
        int gap = later[1] - later[0];
        assertTrue(gap >= 4, "later epochs thinned, gap " + gap);
        for (int i = 1; i < later.length; i++) {
            assertEquals(gap, later[i] - later[i - 1], "evenly spaced");
        }
        assertTrue(later[later.length - 1] > 1000 - gap, "the newest stretch is still covered");
        assertEquals((long) held.length * model.parameterCount() * Float.BYTES, timeline.bytes());
    }

    @Test
    void bigModelsKeepFewerToStayWithinTheMemoryBudget() {
        long mnistPreset = 784L * 512 + 512 + 512L * 4 + 4 + 2L * 512 + 512 + 512L * 784 + 784;
        int capacity = WeightTimeline.capacityFor(mnistPreset);
        assertTrue(capacity < WeightTimeline.MAX_CHECKPOINTS);
        assertTrue(capacity * mnistPreset * Float.BYTES <= WeightTimeline.BUDGET_BYTES);
        assertTrue((capacity + 1) * mnistPreset * Float.BYTES > WeightTimeline.BUDGET_BYTES, "uses the budget");
        assertEquals(WeightTimeline.MAX_CHECKPOINTS, WeightTimeline.capacityFor(1000));
    }

    @Test
    void aPastEpochsModelHasThatEpochsWeightsAndABranchDropsTheLaterOnes(@TempDir Path folder) throws IOException {
        WeightTimeline timeline = new WeightTimeline(folder);
        pastEpochsAndABranch(timeline);
        assertTrue(timeline.inFile(), "the weights are kept in a temporary file, off the heap");
        try (var left = Files.list(folder)) {
            assertEquals(0, left.count(), "the file has no name: it goes with the process, even a killed one");
        }
    }

    @Test
    void withoutATemporaryFolderTheWeightsStayInMemoryAndStillComeBack(@TempDir Path folder) {
        WeightTimeline timeline = new WeightTimeline(folder.resolve("missing"));
        pastEpochsAndABranch(timeline);
        assertFalse(timeline.inFile());
    }

    @Test
    void slotsFreedByThinningAreWrittenOverWithTheRightWeights(@TempDir Path folder) {
        Trainer trainer = smallTrainer();
        WeightTimeline timeline = new WeightTimeline(folder);
        float[] last = null;
        for (int epoch = 0; epoch <= 600; epoch++) {
            trainer.runEpoch();
            timeline.record(epoch, trainer.model());
            if (epoch == 600) {
                last = trainer.model().parameters().toFloatVector();
            }
        }
        int[] held = timeline.epochs();
        assertEquals(600, held[held.length - 1], "thinning kept the newest epoch");
        assertArrayEquals(last, timeline.modelAt(600, trainer.model()).parameters().toFloatVector(),
                "a reused slot holds the epoch written last into it");
        timeline.clear();
        assertEquals(0, timeline.epochs().length);
        timeline.record(0, trainer.model());
        assertArrayEquals(last, timeline.modelAt(0, trainer.model()).parameters().toFloatVector(), "after clear");
    }

    private static void pastEpochsAndABranch(WeightTimeline timeline) {
        Trainer trainer = smallTrainer();
        timeline.record(0, trainer.model());
        float[] atTwo = null;
        for (int epoch = 1; epoch <= 4; epoch++) {
            trainer.runEpoch();
            timeline.record(epoch, trainer.model());
            if (epoch == 2) {
                atTwo = trainer.model().parameters().toFloatVector();
            }
        }
        Vae past = timeline.modelAt(2, trainer.model());
        assertArrayEquals(atTwo, past.parameters().toFloatVector());
        assertTrue(past != trainer.model(), "the live model is left alone");
        timeline.dropAfter(2);
        assertArrayEquals(new int[] {0, 1, 2}, timeline.epochs());
        assertThrows(IllegalArgumentException.class, () -> timeline.modelAt(3, trainer.model()));
    }
}
