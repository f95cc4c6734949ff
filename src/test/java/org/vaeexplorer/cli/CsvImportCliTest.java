package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads people's CSV files by the automatic proposal, says what it chose, and takes choices. */
class CsvImportCliTest {
    @TempDir
    Path dir;

    private static String uci(String name) {
        try {
            return Path.of(CsvImportCliTest.class.getResource("/org/vaeexplorer/model/data/uci/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CliRun train(String data, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("train", "--data", data, "--epochs", "2", "--hidden",
                "8", "--latent", "2", "--seed", "1", "--threads", "1"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void theUciTablesTrainWithTheProposalSaidInOneLine() {
        CliRun wine = train(uci("wine.csv"));
        assertEquals(0, wine.status(), wine.err());
        assertEquals(2, wine.outLines().size());
        assertTrue(wine.err().lines().anyMatch(l -> l.startsWith("wine.csv: chose label column 'target'; "
                + "ignored: none; 13 features;")), wine.err());
        CliRun iris = train(uci("iris.csv"));
        assertEquals(0, iris.status(), iris.err());
        assertTrue(iris.err().contains("label column 'species'"), iris.err());
        CliRun digits = train(uci("digits-8x8.csv"));
        assertEquals(0, digits.status(), digits.err());
        assertTrue(digits.err().contains("64 features as 8×8 pictures"), digits.err());
        assertTrue(digits.err().contains("pixel values divided by 16"), digits.err());
        assertTrue(digits.err().contains("bernoulli likelihood"), "scaled pixels get the image default: "
                + digits.err());
    }

    @Test
    void optionsChooseTheLabelIgnoredColumnsPicturesAndMissingValues() throws Exception {
        Path file = dir.resolve("gaps.csv");
        Files.writeString(file, "id,a,b,c,d,kind\n1,1,2,3,4,x\n2,NA,2,3,4,y\n3,5,6,7,8,x\n4,1,0,3,1,y\n");
        CliRun named = train(file.toString(), "--label-column", "kind", "--ignore-columns", "c,d",
                "--image", "1x2", "--holdout", "1", "--batch", "2");
        assertEquals(0, named.status(), named.err());
        assertFalse(named.err().contains("chose"), "a named label is not announced: " + named.err());
        assertTrue(named.err().contains("1 row missing a value was dropped"), named.err());
        assertTrue(named.err().contains("3 rows, 2 features"), named.err());
        assertTrue(named.err().contains("held out: 1 of 3 rows"), named.err());
        CliRun refused = train(file.toString(), "--missing", "refuse");
        assertEquals(2, refused.status());
        List<String> lines = refused.err().lines().toList();
        assertEquals(1, lines.size(), refused.err());
        assertTrue(lines.get(0).startsWith("error: gaps.csv, line 3, column 2 ('a'): the value is missing ('NA')"),
                refused.err());
        train(file.toString(), "--missing", "maybe").assertOneLineError("--missing must be drop or refuse");
        train(file.toString(), "--image", "3 by 3").assertOneLineError("not WIDTHxHEIGHT");
        train(file.toString(), "--ignore-columns", "zz").assertOneLineError("no column named 'zz'");
    }

    @Test
    void oneColumnIsOneFeature() throws Exception {
        Path one = dir.resolve("heights.csv");
        java.nio.file.Files.writeString(one, "height\n1.62\n1.80\n1.75\n");
        CliRun run = CliRun.of("train", "--data", one.toString(), "--epochs", "1", "--hidden", "4", "--holdout", "0");
        assertTrue(run.err().contains("ignored: none; 1 feature;"), run.err());
        assertTrue(run.err().contains("training on heights: 3 rows, 1 feature, "), run.err());
    }
}
