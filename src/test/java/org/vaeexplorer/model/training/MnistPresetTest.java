package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * The reference preset: MNIST-10k, first 9,000 rows to train, last 1,000 held out, hidden 512, latent 2,
 * Bernoulli, batch 128, Adam 1e-3, 10 epochs. A correct VAE of this size reaches a held-out −ELBO below 175 nats.
 */
class MnistPresetTest {

    @Test
    void reachesHeldOutNegativeElboBelow175Nats() throws Exception {
        ComputeThreads.use(ComputeThreads.forCommandLine());
        Dataset mnist = DatasetCatalog.ImageSet.MNIST_10K.load();
        VaeConfig config = new VaeConfig(List.of(512), Activation.RELU, 2, Likelihood.BERNOULLI, 0.1, 1, 0, 1e-3,
                128, 10, 1000, 1);
        Trainer trainer = Trainer.create(config, mnist);
        EpochOutcome last = trainer.train(config.epochs(), r -> { });
        assertEquals(EpochOutcome.Status.COMPLETED, last.status());
        double heldOut = trainer.model().elbo(mnist.copyRows(9000, 10_000), 1000, 1).negativeElbo();
        assertTrue(heldOut < 175, "held-out −ELBO " + heldOut);
        // A one-sample −ELBO is an upper bound: the 50-sample IWAE estimate of −log p(x) must not exceed it by
        // more than sampling noise.
        double[] logLikelihood = trainer.model().importanceWeightedLogLikelihood(mnist.copyRows(9000, 9200), 200,
                50, 2);
        double iwae = -java.util.Arrays.stream(logLikelihood).average().orElseThrow();
        double elbo200 = trainer.model().elbo(mnist.copyRows(9000, 9200), 200, 3).negativeElbo();
        assertTrue(iwae < elbo200 + 1, "IWAE " + iwae + " vs −ELBO " + elbo200);
    }
}
