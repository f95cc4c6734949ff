package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.PriorSamples;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;

/**
 * Tables are written a chunk at a time and never report NaN or Infinity as a result (issue 15, item 5): a model
 * whose weights are all 1e20 fails with one line and status 1, and leaves no output file.
 */
class NonFiniteOutputTest {
    @TempDir
    Path dir;

    private Path trained() {
        Path model = dir.resolve("m.vae");
        CliRun train = CliRun.of("train", "--data", "moons", "--points", "200", "--hidden", "8", "--epochs", "1",
                "--out", model.toString(), "--threads", "1");
        assertEquals(0, train.status(), train.err());
        return model;
    }

    @Test
    void samplesAreTheModelsPriorSamplesForTheSeed() throws Exception {
        Path model = trained();
        CliRun sample = CliRun.of("sample", "--model", model.toString(), "--count", "5", "--seed", "9");
        assertEquals(0, sample.status(), sample.err());

        PriorSamples expected = Vae.fromSnapshot(ModelFile.load(model), DataType.FLOAT).samplePrior(5, 9);
        List<String> lines = sample.outLines();
        assertEquals(6, lines.size(), "a header and five rows");
        String[] first = lines.get(1).split(",");
        assertEquals(expected.x()[0], Float.parseFloat(first[0]), 1e-6 * Math.max(1, Math.abs(expected.x()[0])));
        assertEquals(expected.x()[1], Float.parseFloat(first[1]), 1e-6 * Math.max(1, Math.abs(expected.x()[1])));
    }

    @Test
    void hugeWeightsFailWithOneLineInsteadOfPrintingNaN() throws Exception {
        VaeSnapshot good = ModelFile.load(trained());
        double[] huge = new double[good.parameters().length];
        Arrays.fill(huge, 1e20);
        Path bad = dir.resolve("huge.vae");
        ModelFile.save(new VaeSnapshot(good.config(), good.scaling(), huge, good.dataName(), good.imageShape()), bad);
        Path out = dir.resolve("samples.csv");

        CliRun sample = CliRun.of("sample", "--model", bad.toString(), "--count", "3", "--out", out.toString());

        assertEquals(1, sample.status(), sample.err());
        assertEquals(1, sample.err().lines().count(), sample.err());
        assertTrue(sample.err().contains("came out"), sample.err());
        assertFalse(Files.exists(out), "no file with NaN in it");
        CliRun encode = CliRun.of("encode", "--model", bad.toString(), "--data", "moons", "--points", "200");
        assertEquals(1, encode.status(), encode.err());
        assertTrue(encode.err().contains("came out"), encode.err());
    }
}
