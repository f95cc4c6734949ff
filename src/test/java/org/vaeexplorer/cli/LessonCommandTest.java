package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.lessons.Lesson;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.lessons.LessonNotes;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;

/** {@code train --lesson}, {@code lesson check} and {@code lesson list}, end to end. */
class LessonCommandTest {
    @TempDir
    Path dir;

    private static String field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\":(\"[^\"]*\"|\\[[^\\]]*\\]|[^,}]*)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }

    private Path trainedLesson(String... extra) throws Exception {
        Path lesson = dir.resolve("moons" + LessonFile.EXTENSION);
        List<String> args = new ArrayList<>(List.of("train", "--data", "moons", "--points", "600", "--noise", "0.15",
                "--data-seed", "4", "--hidden", "16,16", "--epochs", "3", "--holdout", "100", "--batch", "64",
                "--seed", "3", "--lesson", lesson.toString(), "--threads", "1"));
        args.addAll(Arrays.asList(extra));
        CliRun train = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, train.status(), train.err());
        assertTrue(train.err().contains("saved " + lesson), train.err());
        return lesson;
    }

    @Test
    void trainWritesALessonThatLessonCheckRecomputes() throws Exception {
        Path en = dir.resolve("notes.en.txt");
        Files.writeString(en, "Drag the probe along the moons.\n[teacher]\nAsk where the two moons meet.\n");
        Path zh = dir.resolve("notes.zh.txt");
        Files.writeString(zh, "[teacher]\n问：两个月亮在哪里相遇？\n[class]\n沿着月亮拖动探针。\n");
        CliRun train = CliRun.of("train", "--data", "moons", "--points", "600", "--noise", "0.15", "--data-seed", "4",
                "--hidden", "16,16", "--epochs", "3", "--holdout", "100", "--batch", "64", "--seed", "3",
                "--lesson", dir.resolve("moons.vaelesson").toString(), "--lesson-name", "Two moons",
                "--notes-en", en.toString(), "--notes-zh", zh.toString(), "--threads", "1");
        assertEquals(0, train.status(), train.err());
        Path file = dir.resolve("moons.vaelesson");

        Lesson lesson = LessonFile.load(file);
        assertEquals("Two moons", lesson.name());
        assertEquals(new LessonData.BuiltIn("moons", 600, 0.15, 4), lesson.data());
        assertEquals("Drag the probe along the moons.", lesson.notes().classNote("en"));
        assertEquals("Ask where the two moons meet.", lesson.notes().teacher("en"));
        assertEquals("沿着月亮拖动探针。", lesson.notes().classNote("zh-CN"));
        assertEquals("问：两个月亮在哪里相遇？", lesson.notes().teacher("zh-CN"));
        assertEquals(3, lesson.history().size());
        assertEquals(3, lesson.training().epochsDone());
        assertTrue(lesson.training().optimizer() != null);
        assertEquals(600, LessonFile.summary(file).preview().count(), "a preview of every row");

        CliRun check = CliRun.of("lesson", "check", file.toString(), "--threads", "1");
        assertEquals(0, check.status(), check.err());
        assertEquals(1, check.outLines().size());
        String json = check.out().strip();
        assertEquals("\"Two moons\"", field(json, "name"));
        assertEquals("[\"en\",\"zh-CN\"]", field(json, "languages"));
        assertEquals("true", field(json, "agree"));
        String lastEpoch = train.outLines().get(2);
        assertEquals(field(lastEpoch, "test_neg_elbo"), field(json, "stored_neg_elbo"),
                "the stored figure is the last epoch's");
        double stored = Double.parseDouble(field(json, "stored_neg_elbo"));
        double recomputed = Double.parseDouble(field(json, "neg_elbo"));
        assertEquals(stored, recomputed, 1e-5 * Math.max(1, Math.abs(stored)));
    }

    @Test
    void theUsersSmallDataTravelsInsideTheLesson() throws Exception {
        StringBuilder csv = new StringBuilder("x,y,kind\n");
        var moons = ToyDataset.MOONS.generate(300, 0.1, 2);
        for (int r = 0; r < moons.rows(); r++) {
            csv.append(moons.value(r, 0)).append(',').append(moons.value(r, 1)).append(",m").append(moons.label(r))
                    .append('\n');
        }
        Path data = dir.resolve("mine.csv");
        Files.writeString(data, csv);
        Path file = dir.resolve("mine" + LessonFile.EXTENSION);
        CliRun train = CliRun.of("train", "--data", data.toString(), "--label-column", "kind", "--hidden", "8",
                "--epochs", "2", "--holdout", "50", "--lesson", file.toString(), "--lesson-optimizer", "no",
                "--threads", "1");
        assertEquals(0, train.status(), train.err());
        Files.delete(data);

        CliRun check = CliRun.of("lesson", "check", file.toString(), "--threads", "1");

        assertEquals(0, check.status(), check.err());
        assertEquals("\"mine (inside the lesson: 300 rows, 2 features)\"", field(check.out(), "dataset"));
        assertEquals("false", field(check.out(), "optimizer"));
        assertEquals("true", field(check.out(), "agree"));
    }

    @Test
    void theLessonsViewAndStudentControlsComeFromTheCommandLine() throws Exception {
        Path file = trainedLesson("--lesson-view", "manifold.shown=true; probe=1.5,-0.5", "--lesson-lock",
                "setting-hidden,likelihoodBox", "--lesson-hide", "settingsPane");

        Lesson lesson = LessonFile.load(file);

        assertEquals(Map.of("manifold.shown", "true", "probe", "1.5,-0.5"), lesson.view());
        assertEquals(Set.of("setting-hidden", "likelihoodBox"), lesson.locked());
        assertEquals(Set.of("settingsPane"), lesson.hidden());
        CliRun.of("train", "--data", "moons", "--epochs", "1", "--lesson", dir.resolve("x.vaelesson").toString(),
                "--lesson-view", "no equals sign").assertOneLineError("--lesson-view: 'no equals sign' is not "
                + "KEY=VALUE");
        CliRun.of("train", "--data", "moons", "--epochs", "1", "--lesson", dir.resolve("x.vaelesson").toString(),
                "--lesson-lock", "../up").assertOneLineError("--lesson-lock: '../up' is not a control id");
        assertFalse(Files.exists(dir.resolve("x.vaelesson")), "refused before training");
    }

    @Test
    void aDamagedLessonEndsWithOneLineAndStatusTwo() throws Exception {
        Path good = trainedLesson();
        byte[] bytes = Files.readAllBytes(good);
        Path damaged = dir.resolve("damaged" + LessonFile.EXTENSION);
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length - 30));

        CliRun check = CliRun.of("lesson", "check", damaged.toString());

        check.assertOneLineError("damaged" + LessonFile.EXTENSION + ": is damaged or truncated");
        assertEquals("", check.out());
        CliRun.of("lesson", "check", dir.resolve("none.vaelesson").toString()).assertOneLineError("no such file");
    }

    /** Weights that do not belong to the history: intact as a file, but the figures cannot be recomputed. */
    @Test
    void aModelThatDoesNotMatchItsHistoryFailsTheCheck() throws Exception {
        LessonData data = new LessonData.BuiltIn("rings", 400, 0.1, 1);
        VaeConfig config = VaeConfig.defaults().withHiddenLayers(List.of(8)).withHoldoutRows(80).withBatchSize(40);
        Trainer trained = Trainer.create(config, data.load());
        trained.train(2, r -> { });
        Trainer other = Trainer.create(config.withSeed(99), data.load());
        List<EpochReport> otherHistory = new ArrayList<>();
        other.train(2, otherHistory::add);
        Path file = dir.resolve("mismatch" + LessonFile.EXTENSION);
        LessonFile.save(Lesson.of("Mismatch", LessonNotes.none(), data, config, trained.checkpoint(), otherHistory), null,
                file);

        CliRun check = CliRun.of("lesson", "check", file.toString(), "--threads", "1");

        assertEquals(2, check.status());
        assertEquals("false", field(check.out(), "agree"));
        assertTrue(check.err().startsWith("error: mismatch.vaelesson: the held-out −ELBO recomputed"), check.err());
    }

    @Test
    void lessonListPrintsFileNameAndDatasetOfEachLesson() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("lessons"));
        Files.move(trainedLesson("--lesson-name", "Moons, three epochs"), folder.resolve("b-moons.vaelesson"));
        LessonFile.save(Lesson.of("Rings", LessonNotes.none(), new LessonData.BuiltIn("rings", 500, Double.NaN, 0),
                VaeConfig.defaults(), null, List.of()), null, folder.resolve("a-rings.vaelesson"));
        Files.writeString(folder.resolve("notes.txt"), "not a lesson, not listed");

        CliRun list = CliRun.of("lesson", "list", "--folder", folder.toString());

        assertEquals(0, list.status(), list.err());
        assertEquals(List.of("a-rings.vaelesson\tRings\trings (500 points, noise 0.1, data seed 0)",
                "b-moons.vaelesson\tMoons, three epochs\tmoons (600 points, noise 0.15, data seed 4)"),
                list.outLines());

        Files.writeString(folder.resolve("c-broken.vaelesson"), "broken");
        CliRun withBroken = CliRun.of("lesson", "list", "--folder", folder.toString());
        assertEquals(2, withBroken.status());
        assertEquals(2, withBroken.outLines().size());
        assertTrue(withBroken.err().startsWith("error: c-broken.vaelesson"), withBroken.err());
    }

    @Test
    void misusedLessonCommandsEndWithOneLineAndStatusTwo() throws Exception {
        CliRun.of("lesson").assertOneLineError("lesson list");
        CliRun.of("lesson", "check").assertOneLineError("lesson check FILE");
        CliRun.of("lesson", "frobnicate").assertOneLineError("lesson list");
        CliRun.of("lesson", "list", "--folder", dir.resolve("nowhere").toString()).assertOneLineError("no such folder");
        CliRun.of("train", "--data", "moons", "--lesson-name", "X").assertOneLineError("--lesson-name goes with --lesson");
        CliRun.of("train", "--data", "moons", "--lesson", dir.resolve("x.vae").toString())
                .assertOneLineError("ends in .vaelesson");
        CliRun.of("train", "--data", "moons", "--lesson", dir.resolve("x.vaelesson").toString(),
                "--notes-en", dir.resolve("missing.txt").toString())
                .assertOneLineError("no such file");
        assertTrue(CliRun.of("lesson", "--help").out().contains("lesson check FILE"));
    }
}
