package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.network.Encoding;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.ModelKind;
import org.vaeexplorer.model.settings.VaeConfig;

/** The plain autoencoder as a model choice: z = μ(x), no sampling, no KL, trained on the reconstruction alone. */
class AutoencoderTrainingTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    private static VaeConfig config(ModelKind model) {
        return VaeConfig.defaults().withHiddenLayers(List.of(32, 32)).withBatchSize(100).withHoldoutRows(200)
                .withLearningRate(3e-3).withModel(model);
    }

    @Test
    void trainingLowersTheReconstructionAndReportsNoKl() {
        Dataset data = ToyDataset.MOONS.generate(1200, 0.1, 3);
        Trainer trainer = Trainer.create(config(ModelKind.AUTOENCODER), data);
        float[] heldOut = data.copyRows(1000, 1200);
        double before = trainer.model().elbo(heldOut, 200, 99).reconstruction();
        List<EpochReport> reports = new ArrayList<>();
        assertEquals(EpochOutcome.Status.COMPLETED, trainer.train(20, reports::add).status());
        double after = trainer.model().elbo(heldOut, 200, 99).reconstruction();
        assertTrue(after < before - 0.5, "reconstruction " + before + " → " + after);
        for (EpochReport r : reports) {
            assertEquals(0, r.train().kl());
            assertEquals(0, r.heldOut().kl());
            assertArrayEquals(new double[2], r.klPerDimension());
        }
    }

    @Test
    void theCodeIsThePosteriorMeanWithoutSpreadOrSampling() {
        Dataset data = ToyDataset.MOONS.generate(300, 0.1, 1);
        Vae autoencoder = Trainer.create(config(ModelKind.AUTOENCODER), data).model();
        float[] x = data.copyRows(0, 10);
        Encoding code = autoencoder.encode(x, 10);
        assertArrayEquals(new float[20], code.sigma());
        // No z is drawn: every seed gives the same reconstruction figure, which is the decoded mean's.
        assertEquals(autoencoder.elbo(x, 10, 1), autoencoder.elbo(x, 10, 2));
        assertThrows(IllegalStateException.class, () -> autoencoder.importanceWeightedLogLikelihood(x, 10, 5, 1));

        Vae vae = Trainer.create(config(ModelKind.VAE), data).model();
        assertNotEquals(vae.elbo(x, 10, 1), vae.elbo(x, 10, 2), "the same check has teeth for a VAE");
        assertTrue(vae.elbo(x, 10, 1).kl() > 0);
    }

    @Test
    void aModelFileKeepsTheChoice() throws Exception {
        Dataset data = ToyDataset.MOONS.generate(300, 0.1, 1);
        Trainer trainer = Trainer.create(config(ModelKind.AUTOENCODER), data);
        trainer.train(1, r -> { });
        Path file = dir.resolve("ae.vae");
        ModelFile.save(trainer.model().snapshot(), file);
        Vae loaded = Vae.fromSnapshot(ModelFile.load(file), DataType.FLOAT);
        assertEquals(ModelKind.AUTOENCODER, loaded.config().model());
        float[] x = data.copyRows(0, 5);
        assertEquals(trainer.model().elbo(x, 5, 1), loaded.elbo(x, 5, 1));
    }
}
