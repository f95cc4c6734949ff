package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.network.FeatureScaling;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;

/** The command line's help, usage and argument errors follow the language (the system's, for a terminal). */
class CliTextsTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void helpAndErrorsInChinese() {
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        String help = Cli.help();
        assertTrue(help.contains("用法") && help.contains("退出状态"), help);
        String train = new TrainCommand().usage();
        assertTrue(train.contains("潜在维度：") && train.contains("默认 2"), train);
        assertFalse(train.contains("Latent dimensions"), train);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"sample", "--bogus", "1"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.BAD_INPUT, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("错误：“sample”没有选项 --bogus"), err.toString());
    }

    /** Issue 17: the first line states the split, in the user's language from its first word. */
    @Test
    void theFirstLineOfTrainingInChinese() {
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"train", "--data", "moons", "--points", "200", "--epochs", "1", "--hidden",
                "4", "--threads", "1"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        String first = err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertTrue(first.matches("在 moons 上训练：200 行，2 个特征，gaussian-diagonal 似然，[0-9,]+ 个参数；"
                + "验证集：200 行中随机留出 20 行，按标签分层（种子 1）"), first);
    }

    @Test
    void helpInEnglish() {
        Texts.use(Locale.ENGLISH);
        assertTrue(Cli.help().contains("Usage: vae-explorer COMMAND"));
        assertTrue(new TrainCommand().usage().contains("Latent dimensions. Dimension of z."));
    }

    /** An option's refusal, a setting's refusal and a misused command, each in the language in use. */
    @Test
    void optionRefusalsInChineseAndEnglish() throws Exception {
        Path model = dir.resolve("untrained.vae");
        ModelFile.save(Vae.initialise(VaeConfig.defaults().withHiddenLayers(List.of(4)), FeatureScaling.identity(2),
                null, "tiny", null, DataType.FLOAT).snapshot(), model);
        String[] count = {"sample", "--model", model.toString(), "--count", "0"};
        String[] epochs = {"train", "--data", "moons", "--points", "200", "--epochs", "0"};
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        assertRefused("错误：--count 必须在 1 到 1000000 之间，而不是 0", count);
        assertRefused("错误：--epochs：", epochs);
        assertRefused("错误：请使用“lesson list [--folder DIR]”或“lesson check FILE.vaelesson [--data FILE]”",
                "lesson");
        Texts.use(Locale.ENGLISH);
        assertRefused("error: --count must be 1 to 1000000, not 0", count);
        assertRefused("error: --epochs: ", epochs);
        assertRefused("error: use 'lesson list [--folder DIR]' or 'lesson check FILE.vaelesson [--data FILE]'",
                "lesson");
    }

    /** What the command line says besides refusals, here of an empty lesson folder, in Chinese and in English. */
    @Test
    void noLessonsFoundInChineseAndEnglish() {
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        CliRun empty = CliRun.of("lesson", "list", "--folder", dir.toString());
        assertEquals(Cli.OK, empty.status(), empty.err());
        assertEquals("没有找到课程；查找过：" + dir, empty.err().strip());
        Texts.use(Locale.ENGLISH);
        assertEquals("no lessons found; looked in " + dir, CliRun.of("lesson", "list", "--folder", dir.toString())
                .err().strip());
    }

    /**
     * decode tells encode's table from plain points by their header, not by a refusal's words, which follow the
     * language.
     */
    @Test
    void decodeReadsPlainPointsInChinese() throws Exception {
        Path model = dir.resolve("untrained.vae");
        ModelFile.save(Vae.initialise(VaeConfig.defaults().withHiddenLayers(List.of(4)), FeatureScaling.identity(2),
                null, "tiny", null, DataType.FLOAT).snapshot(), model);
        Path points = dir.resolve("points.csv");
        Files.writeString(points, "z1,z2\n0,0\n1.5,-1\n");
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        CliRun decode = CliRun.of("decode", "--model", model.toString(), "--in", points.toString());
        assertEquals(Cli.OK, decode.status(), decode.err());
        assertEquals(3, decode.outLines().size(), decode.out());
    }

    private static void assertRefused(String start, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(Cli.BAD_INPUT, run.status(), run.err());
        assertTrue(run.err().startsWith(start), run.err());
    }
}
