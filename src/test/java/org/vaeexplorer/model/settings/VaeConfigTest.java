package org.vaeexplorer.model.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VaeConfigTest {

    private static List<String> fields(VaeConfig c) {
        return c.problems().stream().map(ConfigProblem::field).toList();
    }

    @Test
    void defaultsAreValid() {
        assertTrue(VaeConfig.defaults().problems().isEmpty());
    }

    @Test
    void everyOutOfRangeOrNonFiniteSettingIsNamed() {
        VaeConfig d = VaeConfig.defaults();
        assertEquals(List.of("latent"), fields(d.withLatentDim(0)));
        assertEquals(List.of("latent"), fields(d.withLatentDim(65)));
        assertEquals(List.of("lr"), fields(d.withLearningRate(Double.NaN)));
        assertEquals(List.of("lr"), fields(d.withLearningRate(0)));
        assertEquals(List.of("lr"), fields(d.withLearningRate(2)));
        assertEquals(List.of("beta"), fields(d.withBeta(-0.1)));
        assertEquals(List.of("beta"), fields(d.withBeta(Double.POSITIVE_INFINITY)));
        assertEquals(List.of("variance"), fields(d.withFixedVariance(0)));
        assertEquals(List.of("batch"), fields(d.withBatchSize(0)));
        assertEquals(List.of("epochs"), fields(d.withEpochs(0)));
        assertEquals(List.of("warmup"), fields(d.withWarmupEpochs(-1)));
        assertEquals(List.of("holdout"), fields(d.withHoldoutRows(-5)));
        assertEquals(List.of("hidden"), fields(d.withHiddenLayers(List.of(64, 0))));
        assertEquals(List.of("hidden"), fields(d.withHiddenLayers(Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8, 9))));
        assertEquals(List.of("latent", "lr"), fields(d.withLatentDim(-1).withLearningRate(-1)));
    }

    @Test
    void theEndsOfEachRangeAreAllowedWhereTheyAreIncluded() {
        VaeConfig d = VaeConfig.defaults();
        assertEquals(List.of(), fields(d.withLatentDim(1).withBeta(0).withLearningRate(1).withFixedVariance(1e3)
                .withWarmupEpochs(100_000).withBatchSize(65_536).withEpochs(1_000_000).withHoldoutRows(0)
                .withHiddenLayers(List.of(4096, 1, 1, 1, 1, 1, 1, 1))));
        assertEquals(List.of(), fields(d.withLatentDim(64).withBeta(1e3).withBatchSize(1).withEpochs(1)));
        assertEquals(List.of("hidden", "lr", "variance"), fields(d.withHiddenLayers(List.of(4097))
                .withLearningRate(1e-8).withFixedVariance(1e-6)));
    }

    @Test
    void holdoutMustLeaveRowsToTrainOn() {
        VaeConfig c = VaeConfig.defaults().withHoldoutRows(10);
        assertTrue(c.problemsFor(11).isEmpty());
        assertEquals(List.of("holdout"), c.problemsFor(10).stream().map(ConfigProblem::field).toList());
    }

    @Test
    void warmUpRisesLinearlyFromZero() {
        VaeConfig c = VaeConfig.defaults().withBeta(2).withWarmupEpochs(4);
        assertEquals(0, c.betaAtEpoch(1));
        assertEquals(1, c.betaAtEpoch(3));
        assertEquals(2, c.betaAtEpoch(5));
        assertEquals(2, c.betaAtEpoch(50));
        assertEquals(2, c.withWarmupEpochs(0).betaAtEpoch(1));
    }
}
