package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.FeatureScaling;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;

/** {@code eval}'s bounds and latent figures, {@code interpolate} and {@code traverse}, against the mathematics. */
class LatentCommandsTest {
    @TempDir
    static Path dir;
    private static Path moons;
    private static Path images;

    @BeforeAll
    static void models() throws Exception {
        moons = dir.resolve("moons.vae");
        CliRun train = CliRun.of("train", "--data", "moons", "--points", "600", "--hidden", "16", "--latent", "3",
                "--likelihood", "gaussian-diagonal", "--epochs", "5", "--holdout", "100", "--seed", "3", "--out",
                moons.toString(), "--threads", "1");
        assertEquals(0, train.status(), train.err());
        images = dir.resolve("images.vae");
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withLatentDim(2)
                .withLikelihood(Likelihood.BERNOULLI);
        Vae vae = Vae.initialise(config, FeatureScaling.identity(12), null, "tiny", new ImageShape(4, 3),
                DataType.FLOAT);
        ModelFile.save(vae.snapshot(), images);
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE+]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    private static double[] numbers(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":\\[([^\\]]*)\\]").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Arrays.stream(m.group(1).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static float[] row(String csvLine) {
        String[] parts = csvLine.split(",");
        float[] v = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
        }
        return v;
    }

    @Test
    void evalOrdersItsBoundsAndItsKlPerDimensionAddsUpToItsKl() {
        CliRun eval = CliRun.of("eval", "--model", moons.toString(), "--data", "moons", "--points", "600",
                "--samples", "50", "--threads", "1");
        assertEquals(0, eval.status(), eval.err());
        String json = eval.out();
        // Row by row, log-mean-exp of the weights ≥ their mean: the IWAE bound is never above the k-sample −ELBO.
        assertTrue(number(json, "iwae_neg_log_likelihood") <= number(json, "neg_elbo_k"), json);
        double[] klPerDim = numbers(json, "kl_per_dim");
        assertEquals(3, klPerDim.length);
        // Both are the closed-form KL of the same posteriors, one split by dimension.
        assertEquals(number(json, "kl"), Arrays.stream(klPerDim).sum(), 1e-4 * (1 + number(json, "kl")));
        double active = number(json, "active_units");
        assertTrue(active >= 0 && active <= 3, json);
        assertTrue(json.contains("\"note\":\"−log p(x) ≤"), json);
    }

    @Test
    void interpolationStartsAndEndsAtTheDecodingsOfItsEnds() {
        CliRun ends = CliRun.of("decode", "--model", moons.toString(), "--in",
                writeCsv("z1,z2,z3\n1,0,-0.5\n-1,2,0\n"));
        assertEquals(0, ends.status(), ends.err());
        for (String path : List.of("linear", "spherical")) {
            CliRun run = CliRun.of("interpolate", "--model", moons.toString(), "--from", "1,0,-0.5", "--to",
                    "-1 2 0", "--steps", "6", "--path", path);
            assertEquals(0, run.status(), run.err());
            List<String> lines = run.outLines();
            assertEquals("z1,z2,z3,x1,x2", lines.get(0));
            assertEquals(7, lines.size());
            float[] first = row(lines.get(1));
            float[] last = row(lines.get(6));
            assertArrayEquals(new float[] {1, 0, -0.5f}, Arrays.copyOf(first, 3), 1e-6f);
            assertArrayEquals(row(ends.outLines().get(1)), Arrays.copyOfRange(first, 3, 5), 1e-5f, path);
            assertArrayEquals(row(ends.outLines().get(2)), Arrays.copyOfRange(last, 3, 5), 1e-5f, path);
        }
        CliRun.of("interpolate", "--model", moons.toString(), "--from", "1,0", "--to", "0,0,0")
                .assertOneLineError("latent dimension is 3");
        CliRun.of("interpolate", "--model", moons.toString(), "--from", "1,0,x", "--to", "0,0,0")
                .assertOneLineError("\"x\" is not a finite number");
        CliRun.of("interpolate", "--model", moons.toString(), "--from", "1,0,0", "--to", "0,0,0", "--path", "arc")
                .assertOneLineError("linear or spherical");
        CliRun.of("interpolate", "--model", moons.toString(), "--from", "1,0,0", "--to", "0,0,0", "--out",
                dir.resolve("p.png").toString()).assertOneLineError("not images");
    }

    private static String writeCsv(String text) {
        try {
            Path file = java.nio.file.Files.createTempFile(dir, "z", ".csv");
            java.nio.file.Files.writeString(file, text);
            return file.toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void traversalRowsVaryOneDimensionAroundThePoint() {
        CliRun run = CliRun.of("traverse", "--model", moons.toString(), "--at", "0.5,-1,0.25", "--steps", "5",
                "--range", "2");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.outLines();
        assertEquals("z1,z2,z3,x1,x2,varied", lines.get(0));
        assertEquals(1 + 3 * 5, lines.size());
        // Row block z2: z2 runs −2, −1, 0, 1, 2 with z1 = 0.5 and z3 = 0.25.
        for (int s = 0; s < 5; s++) {
            String line = lines.get(1 + 5 + s);
            assertTrue(line.endsWith(",z2"), line);
            float[] z = Arrays.copyOf(row(line.substring(0, line.lastIndexOf(','))), 3);
            assertArrayEquals(new float[] {0.5f, -2 + s, 0.25f}, z, 1e-6f);
        }
    }

    @Test
    void anImageModelWritesAGridWithARowPerDimension() throws Exception {
        Path png = dir.resolve("grid.png");
        CliRun run = CliRun.of("traverse", "--model", images.toString(), "--at", "0,0", "--steps", "5", "--out",
                png.toString());
        assertEquals(0, run.status(), run.err());
        BufferedImage grid = ImageIO.read(png.toFile());
        // Five 4 × 3 images per row with 2-pixel gaps, one row per latent dimension.
        assertEquals(5 * 4 + 4 * 2, grid.getWidth());
        assertEquals(2 * 3 + 2, grid.getHeight());

        Path strip = dir.resolve("strip.png");
        CliRun film = CliRun.of("interpolate", "--model", images.toString(), "--from", "-2,0", "--to", "2,1",
                "--steps", "4", "--out", strip.toString());
        assertEquals(0, film.status(), film.err());
        BufferedImage image = ImageIO.read(strip.toFile());
        assertEquals(4 * 4 + 3 * 2, image.getWidth());
        assertEquals(3, image.getHeight());
        // The first image is the decoding of the start, its probabilities as grey levels.
        Vae vae = Vae.fromSnapshot(ModelFile.load(images), DataType.FLOAT);
        float[] decoded = vae.decode(new float[] {-2, 0}, 1);
        for (int p = 0; p < 12; p++) {
            assertEquals(Math.round(255 * decoded[p]), image.getRaster().getSample(p % 4, p / 4, 0), 1, "pixel " + p);
        }
    }
}
