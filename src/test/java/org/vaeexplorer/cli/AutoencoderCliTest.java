package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.settings.ModelKind;

/** {@code train --model autoencoder} and what {@code eval} says of a plain autoencoder. */
class AutoencoderCliTest {
    @TempDir
    Path dir;

    @Test
    void trainsAPlainAutoencoderWhoseEvalReportsNoKl() throws Exception {
        Path model = dir.resolve("ae.vae");
        CliRun train = CliRun.of("train", "--data", "moons", "--points", "400", "--hidden", "16", "--epochs", "3",
                "--holdout", "100", "--model", "autoencoder", "--out", model.toString(), "--threads", "1");
        assertEquals(0, train.status(), train.err());
        assertTrue(train.outLines().get(2).contains("\"train_kl\":0.0"), train.out());
        assertEquals(ModelKind.AUTOENCODER, ModelFile.load(model).config().model());

        CliRun eval = CliRun.of("eval", "--model", model.toString(), "--data", "moons", "--points", "400");
        assertEquals(0, eval.status(), eval.err());
        assertTrue(eval.out().contains("\"model\":\"autoencoder\""), eval.out());
        assertTrue(eval.out().contains("\"kl\":\"none\""), eval.out());
        assertFalse(eval.out().contains("neg_elbo") || eval.out().contains("iwae"), eval.out());

        CliRun bad = CliRun.of("train", "--data", "moons", "--model", "gan");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("model"), bad.err());
    }
}
