package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void trainPrintsOneJsonLinePerEpochAndSavesAModelTheOtherCommandsUse() throws Exception {
        Path model = dir.resolve("moons.vae");
        CliRun train = CliRun.of("train", "--data", "moons", "--points", "600", "--hidden", "16,16", "--latent", "2",
                "--likelihood", "gaussian-diagonal", "--epochs", "4", "--holdout", "100", "--batch", "64",
                "--seed", "3", "--out", model.toString(), "--threads", "1");
        assertEquals(0, train.status(), train.err());
        List<String> lines = train.outLines();
        assertEquals(4, lines.size());
        for (int i = 0; i < 4; i++) {
            String line = lines.get(i);
            assertTrue(line.startsWith("{\"epoch\":" + (i + 1) + ","), line);
            for (String key : List.of("seconds", "train_neg_elbo", "test_neg_elbo", "test_rec", "test_kl")) {
                assertTrue(line.contains("\"" + key + "\":"), key + " in " + line);
            }
            assertFalse(line.contains("null"), line);
        }
        assertFalse(train.err().contains("is not saved"), train.err());
        VaeSnapshot saved = ModelFile.load(model);
        assertEquals(List.of(16, 16), saved.config().hiddenLayers());
        CliRun unsaved = CliRun.of("train", "--data", "moons", "--points", "200", "--epochs", "1");
        assertEquals(0, unsaved.status(), unsaved.err());
        String[] said = unsaved.err().split("\\R");
        assertEquals("training on moons: 200 rows, 2 features, gaussian-diagonal likelihood, 9,096 parameters; "
                + "held out: 20 of 200 rows, random, stratified by label (seed 1)", said[0], "which rows, first");
        assertTrue(said[1].startsWith("note: without --out FILE.vae"), "said at once: " + unsaved.err());
        CliRun last = CliRun.of("train", "--data", "moons", "--points", "200", "--epochs", "1", "--holdout-from",
                "end", "--holdout", "30");
        assertTrue(last.err().startsWith("training on moons: 200 rows,"), last.err());
        assertTrue(last.err().contains("; held out: the last 30 of 200 rows"), last.err());

        CliRun eval = CliRun.of("eval", "--model", model.toString(), "--data", "moons", "--points", "600",
                "--samples", "20");
        assertEquals(0, eval.status(), eval.err());
        assertTrue(eval.out().contains("\"rows\":100"), eval.out());
        assertTrue(eval.out().contains("\"iwae_neg_log_likelihood\":"), eval.out());

        Path z = dir.resolve("z.csv");
        CliRun encode = CliRun.of("encode", "--model", model.toString(), "--data", "moons", "--points", "600",
                "--out", z.toString());
        assertEquals(0, encode.status(), encode.err());
        List<String> zLines = Files.readAllLines(z);
        assertEquals("mu1,mu2,sigma1,sigma2,label", zLines.get(0));
        assertEquals(601, zLines.size());

        Path zIn = dir.resolve("points.csv");
        Files.writeString(zIn, "z1,z2\n0,0\n1.5,-1\n");
        CliRun decode = CliRun.of("decode", "--model", model.toString(), "--in", zIn.toString());
        assertEquals(0, decode.status(), decode.err());
        assertEquals(List.of("x1,x2"), decode.outLines().subList(0, 1));
        assertEquals(3, decode.outLines().size());
        Files.writeString(zIn, "0,0\n1.5,-1\n");
        CliRun headerless = CliRun.of("decode", "--model", model.toString(), "--in", zIn.toString());
        assertEquals(decode.outLines(), headerless.outLines(), "the same points without a header");
        CliRun fromEncode = CliRun.of("decode", "--model", model.toString(), "--in", z.toString());
        assertEquals(0, fromEncode.status(), "decode reads what encode writes: " + fromEncode.err());
        assertEquals(601, fromEncode.outLines().size());
        String[] firstMeans = zLines.get(1).split(",");
        Files.writeString(zIn, firstMeans[0] + "," + firstMeans[1] + "\n");
        assertEquals(CliRun.of("decode", "--model", model.toString(), "--in", zIn.toString()).outLines().get(1),
                fromEncode.outLines().get(1), "its mu columns are decoded");

        CliRun sample = CliRun.of("sample", "--model", model.toString(), "--count", "5");
        assertEquals(0, sample.status(), sample.err());
        assertEquals(6, sample.outLines().size());
    }

    private static void assertOneLineError(CliRun r, String fragment) {
        r.assertOneLineError(fragment);
        assertEquals("", r.out());
    }

    @Test
    void badArgumentsAndFilesEndWithOneLineAndStatusTwo() throws Exception {
        assertOneLineError(CliRun.of("train", "--data", "moons", "--lr", "abc"), "--lr");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--lr", "NaN"), "--lr");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--latent", "0"), "latent");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--likelihood", "poisson"), "poisson");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--hidden", "64,x"), "--hidden");
        assertOneLineError(CliRun.of("train", "--data", "no-such-set"), "no-such-set");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--frobnicate", "1"), "--frobnicate");
        assertOneLineError(CliRun.of("train", "--data"), "--data");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--likelihood", "bernoulli"), "[0, 1]");
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "a,b\n1,2\n3,oops\n");
        assertOneLineError(CliRun.of("train", "--data", csv.toString()), "broken.csv, line 3");
        Path notModel = dir.resolve("fake.vae");
        Files.writeString(notModel, "not a model");
        assertOneLineError(CliRun.of("sample", "--model", notModel.toString()), "fake.vae");
        assertOneLineError(CliRun.of("sample", "--model", dir.resolve("missing.vae").toString()), "no such file");
        assertOneLineError(CliRun.of("frobnicate"), "unknown command 'frobnicate'");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--out", dir.resolve("no/such/folder/m.vae").toString()),
                "does not exist");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--out", dir.toString()), "is a folder");
        Path bernoulli = dir.resolve("unit.vae");
        Path unit = dir.resolve("unit.csv");
        Files.writeString(unit, "a,b\n0.1,0.9\n0.5,0.5\n0.2,0.3\n0.7,0.1\n");
        assertEquals(0, CliRun.of("train", "--data", unit.toString(), "--likelihood", "bernoulli", "--epochs", "1",
                "--holdout", "0", "--out", bernoulli.toString()).status());
        assertOneLineError(CliRun.of("eval", "--model", bernoulli.toString(), "--data", "moons"), "[0, 1]");
        assertOneLineError(CliRun.of("eval", "--model", bernoulli.toString(), "--data", unit.toString(), "--samples",
                "100000"), "--samples");
    }

    /** Starts the window as a user would, in English, with {@code display} as DISPLAY (none when null). */
    private static String[] startWindow(String display) throws Exception {
        ProcessBuilder launcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Duser.language=en", "org.vaeexplorer.Main");
        if (display == null) {
            launcher.environment().remove("DISPLAY");
        } else {
            launcher.environment().put("DISPLAY", display);
        }
        launcher.environment().remove("WAYLAND_DISPLAY");
        launcher.redirectErrorStream(true);
        Process p = launcher.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), output};
    }

    @Test
    void withoutADisplayTheWindowIsRefusedWithOneLineThatPointsToTheCommands() throws Exception {
        String[] run = startWindow(null);

        assertEquals("2", run[0], run[1]);
        assertEquals(1, run[1].lines().count(), run[1]);
        assertTrue(run[1].contains("no display") && run[1].contains("help"), run[1]);
    }

    @Test
    void aDisplayWithNoServerIsRefusedWithOneLineNotAStackTrace() throws Exception {
        int display = 900;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + display))) {
            display++;
        }
        String[] run = startWindow(":" + display);

        assertEquals("2", run[0], run[1]);
        assertEquals(1, run[1].lines().count(), run[1]);
        assertTrue(run[1].contains(":" + display) && run[1].contains("help"), run[1]);
    }

    @Test
    void commandsIgnoreCaseAndExplainThemselves() {
        CliRun usage = CliRun.of("TRAIN", "--help");
        assertEquals(0, usage.status());
        assertTrue(usage.out().contains("train --data"), usage.out());
    }

    @Test
    void helpListsEverySettingWithItsHelpAllowedValuesAndDefault() {
        for (CliRun help : List.of(CliRun.of("help"), CliRun.of("train", "--help"))) {
            assertEquals(0, help.status());
            String text = help.out().replaceAll("\\s+", " ");
            for (Setting<?> s : SettingsSchema.settings()) {
                assertTrue(text.contains("--" + s.key() + " "), s.key());
                assertTrue(text.contains(s.allowedText() + "; default " + s.defaultText() + ")"), s.key());
                assertTrue(text.contains(s.label() + ". " + s.help()), s.key());
            }
        }
        assertTrue(CliRun.of("train", "--help").out().contains("\n          --latent N  (1 to 64; default 2)\n"));
    }

    @Test
    void aBadSettingIsNamedByItsOption() {
        assertOneLineError(CliRun.of("train", "--data", "moons", "--batch", "0"), "--batch: must be 1 to 65536, not 0");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--beta", "much"), "--beta: 'much' is not a number");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--activation", "sigmoid"),
                "--activation: unknown activation 'sigmoid' (expected relu, tanh, elu or identity)");
        assertOneLineError(CliRun.of("train", "--data", "moons", "--holdout", "2000"),
                "--holdout: holding out 2000 of 2000 rows leaves nothing to train on");
    }

    @Test
    void withoutLikelihoodAndHoldoutTrainUsesTheDataDefaults() throws Exception {
        Path binary = dir.resolve("binary.csv");
        Files.writeString(binary, "a,b,c\n" + "0,1,1\n1,0,0\n".repeat(10));
        Path unit = dir.resolve("unit.csv");
        Files.writeString(unit, "a,b\n" + "0.1,0.9\n0.5,0.25\n".repeat(10));
        CliRun onBinary = CliRun.of("train", "--data", binary.toString(), "--epochs", "1", "--threads", "1");
        assertEquals(0, onBinary.status(), onBinary.err());
        assertTrue(onBinary.err().contains("20 rows, 3 features, bernoulli likelihood"), onBinary.err());
        assertTrue(onBinary.err().contains("held out: 2 of 20 rows, random (seed 1)"), onBinary.err());
        CliRun onUnit = CliRun.of("train", "--data", unit.toString(), "--epochs", "1", "--threads", "1");
        assertEquals(0, onUnit.status(), onUnit.err());
        assertTrue(onUnit.err().contains("20 rows, 2 features, gaussian-diagonal likelihood"), onUnit.err());
    }

    @Test
    void helpListsEveryCommand() {
        CliRun help = CliRun.of("help");
        assertEquals(0, help.status());
        for (String command : List.of("train", "eval", "encode", "sample", "decode", "interpolate", "traverse",
                "bench", "lesson")) {
            assertTrue(help.out().contains("  " + command + " "), command);
        }
    }
}
