package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.DatasetCatalog;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.training.HoldoutSplit;

/** {@code eval} measures the rows the model was trained without: the same split as training, not the last rows. */
class EvalSplitTest {
    @TempDir
    Path dir;

    @Test
    void evalUsesTheRowsTrainingHeldOut() throws Exception {
        // Three classes of 20 rows, sorted by class as public tables are.
        StringBuilder csv = new StringBuilder("a,b,kind\n");
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int r = 0; r < 60; r++) {
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,c%d%n", r / 20 + random.nextDouble(),
                    random.nextDouble() - r / 20, r / 20));
        }
        Path data = dir.resolve("sorted.csv");
        Files.writeString(data, csv);
        Path model = dir.resolve("m.vae");
        CliRun train = CliRun.of("train", "--data", data.toString(), "--label-column", "kind", "--epochs", "2",
                "--hidden", "8", "--holdout", "9", "--threads", "1", "--out", model.toString());
        assertEquals(0, train.status(), train.err());
        assertTrue(train.err().contains("held out: 9 of 60 rows, random, stratified by label (seed 1)"),
                train.err());

        CliRun eval = CliRun.of("eval", "--model", model.toString(), "--data", data.toString(), "--label-column",
                "kind", "--samples", "5", "--threads", "1");
        assertEquals(0, eval.status(), eval.err());
        assertTrue(eval.err().contains("evaluating on the held-out rows; held out: 9 of 60 rows, random,"
                + " stratified by label (seed 1)"), eval.err());
        CliRun end = CliRun.of("eval", "--model", model.toString(), "--data", data.toString(), "--label-column",
                "kind", "--samples", "5", "--threads", "1", "--holdout-from", "end");
        assertTrue(end.err().contains("evaluating on the held-out rows; held out: the last 9 of 60 rows"),
                end.err());
        CliRun all = CliRun.of("eval", "--model", model.toString(), "--data", data.toString(), "--label-column",
                "kind", "--samples", "5", "--threads", "1", "--holdout", "0");
        assertTrue(all.err().contains("evaluating on all 60 rows (none held out)"), all.err());

        VaeSnapshot saved = ModelFile.load(model);
        assertEquals(HoldoutFrom.RANDOM, saved.config().holdoutFrom());
        Dataset loaded = DatasetCatalog.load(data, null, "kind");
        HoldoutSplit split = HoldoutSplit.of(saved.config(), loaded);
        Vae vae = Vae.fromSnapshot(saved, org.nd4j.linalg.api.buffer.DataType.FLOAT);
        double expected = vae.elbo(split.heldOutValues(loaded.sharedValues(), 2), 9, 1).negativeElbo();
        double printed = number(eval.out(), "neg_elbo");
        assertEquals(9, (int) number(eval.out(), "rows"));
        assertEquals(expected, printed, 1e-5 * Math.abs(expected), eval.out());
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":([-0-9.eE+]+)").matcher(json);
        assertTrue(m.find(), json);
        return Double.parseDouble(m.group(1));
    }
}
