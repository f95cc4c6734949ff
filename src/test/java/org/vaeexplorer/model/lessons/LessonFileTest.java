package org.vaeexplorer.model.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.OptimizerState;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.model.training.TrainingCheckpoint;

/** Save, then load: every group of fields comes back as it was. */
class LessonFileTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    static VaeConfig config() {
        return VaeConfig.defaults().withHiddenLayers(List.of(16, 8)).withLatentDim(3).withBatchSize(50)
                .withHoldoutRows(100).withSeed(7).withLearningRate(3e-3);
    }

    static final LessonData.BuiltIn MOONS = new LessonData.BuiltIn("moons", 600, 0.1, 5);

    /** A trainer on the moons of {@link #MOONS} after {@code epochs}, with their reports. */
    record Run(Trainer trainer, List<EpochReport> history) {
        static Run of(VaeConfig config, int epochs) throws DataFormatException {
            Trainer trainer = Trainer.create(config, MOONS.load());
            List<EpochReport> history = new ArrayList<>();
            trainer.train(epochs, history::add);
            return new Run(trainer, history);
        }

        Lesson lesson() {
            return Lesson.of("Moons", LessonNotes.none(), MOONS, config(), trainer.checkpoint(), history);
        }
    }

    private Lesson roundTrip(Lesson lesson) throws Exception {
        Path file = dir.resolve("lesson" + LessonFile.EXTENSION);
        LessonFile.save(lesson, null, file);
        return LessonFile.load(file);
    }

    private static Lesson untrained(LessonData data) {
        return Lesson.of("Untrained", LessonNotes.none(), data, config(), null, List.of());
    }

    @Test
    void aBuiltInDatasetComesBackAsItsSettingsAndMakesTheSameData() throws Exception {
        Lesson loaded = roundTrip(untrained(new LessonData.BuiltIn("Two-Gaussians", 900, Double.NaN, -4)));

        assertEquals(new LessonData.BuiltIn("two-gaussians", 900, Double.NaN, -4), loaded.data());
        Dataset made = loaded.data().load();
        Dataset expected = ToyDataset.TWO_GAUSSIANS.generate(900, ToyDataset.TWO_GAUSSIANS.defaultNoise(), -4);
        assertArrayEquals(expected.copyRows(0, 900), made.copyRows(0, 900));
        assertEquals(MOONS, roundTrip(untrained(MOONS)).data());
    }

    @Test
    void theUsersSmallDataIsKeptInsideBitForBit() throws Exception {
        float[] values = {1.0f, -0.0f, Float.MIN_VALUE, -3.4028235e38f, 0.1f, 1e-30f, 123456.79f, (float) Math.PI};
        Dataset data = new Dataset("odd, \"quoted\" data", 4, 2, values, new int[] {1, 0, 2, 1},
                List.of("zebra", "apple, red", "中文"), List.of("x \"one\"", "y,two"), new ImageShape(2, 1));
        Path source = dir.resolve("odd.csv");

        Lesson loaded = roundTrip(untrained(LessonData.ofFile(data, source)));

        Dataset back = ((LessonData.Embedded) loaded.data()).dataset();
        assertEquals(data.name(), back.name());
        float[] read = back.copyRows(0, 4);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Float.floatToRawIntBits(values[i]), Float.floatToRawIntBits(read[i]), "value " + i);
        }
        assertEquals(List.of(1, 0, 2, 1), List.of(back.label(0), back.label(1), back.label(2), back.label(3)));
        assertEquals(data.classNames(), back.classNames(), "the classes keep their order");
        assertEquals(data.featureNames(), back.featureNames());
        assertEquals(new ImageShape(2, 1), back.imageShape());
    }

    /** Made into a lesson (to see that it fits) and then saved, the user's data is encoded once. */
    @Test
    void embeddedDataIsEncodedOnce() {
        Dataset data = new Dataset("small", 2, 1, new float[] {1f, 2f}, null, List.of(), List.of("x"), null);
        byte[] first = EmbeddedCsv.encode(data);
        LessonData.ofFile(data, dir.resolve("small.csv"));
        assertTrue(first == EmbeddedCsv.encode(data), "the same bytes, not encoded again");
        Dataset same = new Dataset("small", 2, 1, new float[] {1f, 2f}, null, List.of(), List.of("x"), null);
        assertArrayEquals(first, EmbeddedCsv.encode(same));
    }

    @Test
    void dataTooLargeToKeepInsideIsKeptAsAPathThatIsNeverOpened() throws Exception {
        int rows = 150_000;
        float[] values = new float[rows * 2];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        Dataset large = new Dataset("large", rows, 2, values, null, List.of(), List.of("a", "b"), null);
        Path source = dir.resolve("large.csv");

        LessonData data = LessonData.ofFile(large, source);
        Lesson loaded = roundTrip(untrained(data));

        assertEquals(new LessonData.External(source.toAbsolutePath().toString()), loaded.data());
        DataFormatException notOpened = assertThrows(DataFormatException.class, () -> loaded.data().load());
        assertTrue(notOpened.getMessage().contains("does not hold its data"), notOpened.getMessage());
        try (ZipFile zip = new ZipFile(dir.resolve("lesson" + LessonFile.EXTENSION).toFile())) {
            assertNull(zip.getEntry("data.csv"));
        }
        // A CSV read with import choices: the lesson keeps them, so the file gives the same columns again.
        org.vaeexplorer.model.data.CsvImport choice = org.vaeexplorer.model.data.CsvImport.fromSpec(
                "delimiter=semicolon header=yes decimal=comma missing=drop image=none roles=FIF");
        assertEquals(new LessonData.External(source.toAbsolutePath().toString(), choice),
                roundTrip(untrained(LessonData.ofFile(large, source, choice))).data());
    }

    @Test
    void everySettingComesBack() throws Exception {
        VaeConfig settings = new VaeConfig(List.of(40, 20, 10), Activation.TANH, 5, Likelihood.GAUSSIAN_FIXED, 0.37,
                0.25, 6, 4.5e-4, 33, 77, 123, -9_000_000_000L);
        Lesson lesson = new Lesson("Settings", LessonNotes.none(), MOONS, settings, null, List.of(), Map.of(),
                Set.of(), Set.of());

        assertEquals(settings, roundTrip(lesson).settings());
    }

    @Test
    void theWeightsComeBackExactly() throws Exception {
        Run run = Run.of(config(), 2);
        VaeSnapshot saved = run.trainer().checkpoint().model();

        TrainingCheckpoint loaded = roundTrip(run.lesson()).training();

        assertEquals(2, loaded.epochsDone());
        assertEquals(saved.config(), loaded.model().config());
        assertArrayEquals(saved.parameters(), loaded.model().parameters(), 0);
        assertArrayEquals(saved.scaling().offset(), loaded.model().scaling().offset(), 0);
        assertArrayEquals(saved.scaling().scale(), loaded.model().scaling().scale(), 0);
        assertEquals("moons", loaded.model().dataName());
    }

    /** Train 3 epochs, save, load, train 2 more: the weights of training 5 epochs straight. */
    @Test
    void adamsStateComesBackAndTrainingContinuesExactly() throws Exception {
        Run straight = Run.of(config(), 5);
        Run interrupted = Run.of(config(), 3);
        OptimizerState saved = interrupted.trainer().checkpoint().optimizer();

        Lesson loaded = roundTrip(interrupted.lesson());
        OptimizerState back = loaded.training().optimizer();
        assertEquals(saved.steps(), back.steps());
        assertArrayEquals(saved.firstMoment(), back.firstMoment(), 0);
        assertArrayEquals(saved.secondMoment(), back.secondMoment(), 0);

        Trainer resumed = Trainer.resume(loaded.training(), loaded.data().load());
        resumed.train(2, r -> { });
        assertArrayEquals(straight.trainer().model().snapshot().parameters(),
                resumed.model().snapshot().parameters(), 0, "bit for bit");
    }

    @Test
    void theHistoryComesBackWithEveryField() throws Exception {
        for (int holdout : new int[] {100, 0}) {
            Run run = Run.of(config().withHoldoutRows(holdout), 3);
            List<EpochReport> back = roundTrip(run.lesson()).history();
            assertEquals(3, back.size());
            for (int i = 0; i < 3; i++) {
                EpochReport expected = run.history().get(i);
                EpochReport actual = back.get(i);
                assertEquals(expected.epoch(), actual.epoch());
                assertEquals(expected.seconds(), actual.seconds(), 0);
                assertEquals(expected.beta(), actual.beta(), 0);
                assertEquals(expected.learningRate(), actual.learningRate(), 0);
                assertEquals(expected.train(), actual.train());
                assertEquals(expected.heldOut(), actual.heldOut(), "held out: " + holdout);
                assertArrayEquals(expected.klPerDimension(), actual.klPerDimension(), 0);
                assertArrayEquals(expected.heldOutKlPerDimension(), actual.heldOutKlPerDimension(), 0);
                assertEquals(holdout > 0, actual.heldOutKlPerDimension() != null);
            }
        }
    }

    @Test
    void theViewStateComesBack() throws Exception {
        Map<String, String> view = Map.of("probe.x", "0.25", "probe.y", "-1.5", "dimensions", "1,3",
                "slider.2", "0.7", "selection", "3,7,11", "manifold", "on", "series", "train,held-out",
                "scale", "log", "zoom", "缩放 1.5 \\ back=slash", "empty", "");
        Lesson lesson = new Lesson("View", LessonNotes.none(), MOONS, config(), null, List.of(), view, Set.of(),
                Set.of());

        assertEquals(view, roundTrip(lesson).view());
    }

    @Test
    void theNotesComeBackInBothLanguages() throws Exception {
        LessonNotes notes = new LessonNotes(
                Map.of("en", "Show the latent axis.\nAsk: where do the two classes overlap?\n\tIndented.",
                        "zh-CN", "展示潜在轴。\n提问：两类在哪里重叠？"),
                Map.of("en", "Drag the probe.", "zh-CN", "拖动探针。"));
        Lesson lesson = new Lesson("Notes", notes, MOONS, config(), null, List.of(), Map.of(), Set.of(), Set.of());

        LessonNotes back = roundTrip(lesson).notes();

        assertEquals(notes, back);
        assertEquals(List.of("en", "zh-CN"), back.languages());
        LessonNotes englishOnly = new LessonNotes(Map.of("en", "Only English."), Map.of("zh-CN", " "));
        assertEquals(List.of("en"), roundTrip(new Lesson("Notes", englishOnly, MOONS, config(), null, List.of(),
                Map.of(), Set.of(), Set.of())).notes().languages());
    }

    @Test
    void theLockedAndHiddenControlsComeBack() throws Exception {
        Lesson lesson = new Lesson("Locks", LessonNotes.none(), MOONS, config(), null, List.of(), Map.of(),
                Set.of("lr", "beta", "train.button"), Set.of("likelihood"));

        Lesson back = roundTrip(lesson);

        assertEquals(Set.of("lr", "beta", "train.button"), back.locked());
        assertEquals(Set.of("likelihood"), back.hidden());
        assertTrue(roundTrip(untrained(MOONS)).locked().isEmpty());
    }

    @Test
    void aLessonWithoutAModelHasNoModelEntries() throws Exception {
        Lesson back = roundTrip(untrained(MOONS));

        assertNull(back.training());
        assertTrue(back.history().isEmpty());
        try (ZipFile zip = new ZipFile(dir.resolve("lesson" + LessonFile.EXTENSION).toFile())) {
            assertNull(zip.getEntry("model.vae"));
            assertNull(zip.getEntry("optimizer.bin"));
        }
    }

    @Test
    void aSummaryReadsTheNameDataAndLanguagesAlone() throws Exception {
        Run run = Run.of(config(), 1);
        Path file = dir.resolve("moons" + LessonFile.EXTENSION);
        LessonFile.save(new Lesson("Two moons", new LessonNotes(Map.of(), Map.of("zh-CN", "看两个月亮。\n\n然后拖动。")), MOONS, config(),
                run.trainer().checkpoint(), run.history(), Map.of(), Set.of(), Set.of()), null, file);

        LessonSummary summary = LessonFile.summary(file);

        assertEquals(new LessonSummary(file, "Two moons", "moons (600 points, noise 0.1, data seed 5)",
                List.of("zh-CN"), 1, Map.of("zh-CN", "看两个月亮。"), null), summary);
        assertEquals("看两个月亮。", summary.description("en"), "falls back to the language there is");
    }

    @Test
    void aLessonRefusesPartsThatDoNotFitTogether() throws Exception {
        Run run = Run.of(config(), 2);
        TrainingCheckpoint checkpoint = run.trainer().checkpoint();
        IllegalArgumentException history = assertThrows(IllegalArgumentException.class, () -> Lesson.of("x",
                LessonNotes.none(), MOONS, config(), checkpoint, run.history().subList(0, 1)));
        assertTrue(history.getMessage().contains("ends at epoch 1"), history.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Lesson("x", LessonNotes.none(), MOONS, config(),
                null, List.of(), Map.of("../up", "1"), Set.of(), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new Lesson("x", LessonNotes.none(), MOONS, config(),
                null, List.of(), Map.of(), Set.of("a,b"), Set.of()));
        assertThrows(IllegalArgumentException.class, () -> Lesson.of("two\nlines", LessonNotes.none(), MOONS,
                config(), null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new LessonNotes(Map.of("fr", "Bonjour"), Map.of()));
    }

    /** Nothing but the lesson goes into the file (no clock, no order of a hash map): the same lesson, the same bytes. */
    @Test
    void theSameLessonGivesTheSameBytes() throws Exception {
        Run run = Run.of(config(), 2);
        Lesson lesson = new Lesson("Same", new LessonNotes(Map.of("en", "T.", "zh-CN", "师。"), Map.of("en", "C.")),
                MOONS, config(), run.trainer().checkpoint(), run.history(), Map.of("b", "2", "a", "1", "c", "3"),
                Set.of("lr", "beta", "seed"), Set.of("x", "y"));
        LessonPreview preview = LessonPreview.of(run.trainer().model(), MOONS.load());
        Path first = dir.resolve("first" + LessonFile.EXTENSION);
        Path second = dir.resolve("second" + LessonFile.EXTENSION);

        LessonFile.save(lesson, preview, first);
        Thread.sleep(2100); // a ZIP entry's time has a resolution of two seconds: let a clock show
        LessonFile.save(lesson, preview, second);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void savingReplacesTheFileWhole() throws Exception {
        Path file = dir.resolve("lesson" + LessonFile.EXTENSION);
        LessonFile.save(Run.of(config(), 1).lesson(), null, file);
        LessonFile.save(untrained(MOONS), null, file);

        assertNull(LessonFile.load(file).training());
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
    }
}
