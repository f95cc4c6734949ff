package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.lessons.Lesson;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.lessons.LessonNotes;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;

/**
 * Lessons in the window's view models: save, then open in a new window, restores every group of fields; Reset goes
 * back to the lesson; a bad file leaves the session as it was. Both "threads" run work at once on the caller.
 */
class LessonViewModelTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private MainViewModel teacher;

    @BeforeEach
    void trainALesson() {
        teacher = window();
        teacher.settings().field("hidden").textProperty().set("12");
        teacher.settings().field("latent").textProperty().set("3");
        teacher.settings().field("epochs").textProperty().set("3");
        teacher.settings().field("beta").textProperty().set("0.5");
        teacher.data().pointsProperty().set("300");
        teacher.data().datasetChoiceProperty().set(choice(teacher, "moons"));
        teacher.data().noiseProperty().set("0.08");
        teacher.data().regenerate(); // data seed 1, not the default, and the noise typed
        teacher.training().train();
    }

    private static MainViewModel window() {
        return new MainViewModel(NOW, NOW);
    }

    private static DatasetChoice choice(MainViewModel vm, String id) {
        return vm.data().datasetChoices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Path save(MainViewModel vm, String name) {
        Path file = dir.resolve(name + LessonFile.EXTENSION);
        vm.lesson().save(file);
        assertFalse(vm.noticeProperty().get().error(), () -> vm.noticeProperty().get().text());
        return file;
    }

    private static MainViewModel opened(Path file) {
        MainViewModel student = window();
        student.openFile(file);
        assertFalse(student.noticeProperty().get().error(), () -> student.noticeProperty().get().text());
        return student;
    }

    @Test
    void theDataComesBackAsItWasMade() throws Exception {
        MainViewModel student = opened(save(teacher, "moons"));

        assertEquals("moons", student.data().datasetChoiceProperty().get().id());
        assertEquals("300", student.data().pointsProperty().get());
        assertEquals(0.08, Double.parseDouble(student.data().noiseProperty().get()), 0);
        assertArrayEquals(teacher.data().dataProperty().get().data().copyRows(0, 300),
                student.data().dataProperty().get().data().copyRows(0, 300), "the same seed draws the same points");
        assertEquals(new LessonData.BuiltIn("moons", 300, 0.08, 1), LessonFile.load(dir.resolve("moons"
                + LessonFile.EXTENSION)).data());
    }

    @Test
    void theSettingsModelAndHistoryComeBack() {
        teacher.settings().field("lr").textProperty().set("0.002");
        MainViewModel student = opened(save(teacher, "moons"));

        assertEquals(teacher.settings().texts(), student.settings().texts());
        assertEquals(teacher.training().modelConfigProperty().get().withLearningRate(0.002),
                student.training().modelConfigProperty().get(), "the model, with the rate that applies as it trains");
        assertFalse(student.training().settingsChangedProperty().get(), "the form describes the model");
        assertEquals(TrainingState.PAUSED, student.training().stateProperty().get());
        assertEquals(3, student.training().reports().size());
        for (int i = 0; i < 3; i++) {
            EpochReport a = teacher.training().reports().get(i);
            EpochReport b = student.training().reports().get(i);
            assertEquals(List.of(a.epoch(), a.beta(), a.learningRate(), a.train(), a.heldOut()),
                    List.of(b.epoch(), b.beta(), b.learningRate(), b.train(), b.heldOut()), "epoch " + (i + 1));
            assertArrayEquals(a.klPerDimension(), b.klPerDimension());
        }
        LatentSnapshot before = teacher.exploration().latentProperty().get();
        LatentSnapshot after = student.exploration().latentProperty().get();
        assertArrayEquals(before.mean(), after.mean(), "the same weights encode the data the same");
        assertArrayEquals(before.sigma(), after.sigma());
    }

    @Test
    void trainingGoesOnExactlyAsTheUninterruptedRun() {
        MainViewModel student = opened(save(teacher, "moons"));
        teacher.training().step();
        student.training().step();

        EpochReport original = teacher.training().reports().get(3);
        EpochReport continued = student.training().reports().get(3);
        assertEquals(4, continued.epoch());
        assertEquals(original.train().negativeElbo(), continued.train().negativeElbo(), 0,
                "Adam's state and the epoch's random numbers came back");
        assertEquals(original.heldOut().negativeElbo(), continued.heldOut().negativeElbo(), 0);
    }

    @Test
    void theViewComesBack() {
        ExplorationViewModel e = teacher.exploration();
        e.dimensionXProperty().set(2);
        e.dimensionYProperty().set(0);
        e.dimensionValuesProperty().get().get(1).set(0.75);
        e.probeXProperty().set(-1.25);
        e.probeYProperty().set(0.5);
        e.setVisibleLatentArea(-4, 2, -1, 3);
        e.selectedRowProperty().set(17);
        e.manifoldShownProperty().set(true);
        e.priorSampleCountProperty().set("250");
        teacher.chart().logScaleProperty().set(true);
        teacher.chart().shownProperty(LossChartViewModel.Series.TRAIN_RECONSTRUCTION).set(true);
        teacher.chart().shownProperty(LossChartViewModel.Series.HELD_OUT_KL).set(false);
        e.interpolation().pinStart();
        e.probeXProperty().set(-0.25);
        e.interpolation().pinEnd();
        e.probeXProperty().set(-1.25);
        e.interpolation().sphericalProperty().set(true);
        e.observationNoiseProperty().set(true);
        e.reconstructions().shownProperty().set(true);

        MainViewModel student = opened(save(teacher, "view"));
        ExplorationViewModel s = student.exploration();

        assertEquals(2, s.dimensionXProperty().get());
        assertEquals(0, s.dimensionYProperty().get());
        assertEquals(0.75, s.dimensionValuesProperty().get().get(1).get());
        assertEquals(-1.25, s.probeXProperty().get());
        assertEquals(0.5, s.probeYProperty().get());
        assertEquals(new ExplorationViewModel.LatentArea(-4, 2, -1, 3), s.areaToShowProperty().get());
        assertEquals(17, s.selectedRowProperty().get());
        assertNotNull(s.selectionProperty().get(), "the selected row's reconstruction is shown");
        assertTrue(s.manifoldShownProperty().get());
        assertNotNull(s.manifoldProperty().get());
        assertEquals("250", s.priorSampleCountProperty().get());
        assertTrue(student.chart().logScaleProperty().get());
        for (LossChartViewModel.Series series : LossChartViewModel.Series.values()) {
            assertEquals(teacher.chart().shownProperty(series).get(), student.chart().shownProperty(series).get(),
                    series.label());
        }
        assertArrayEquals(e.interpolation().startProperty().get(), s.interpolation().startProperty().get());
        assertArrayEquals(e.interpolation().endProperty().get(), s.interpolation().endProperty().get());
        assertTrue(s.interpolation().sphericalProperty().get());
        assertNotNull(s.interpolation().pathProperty().get(), "the pinned path is decoded");
        assertTrue(s.observationNoiseProperty().get());
        assertNotNull(s.reconstructions().snapshotProperty().get(), "the reconstructions are drawn");
        float[] z = s.probeProperty().get().z();
        assertArrayEquals(new float[] {0.5f, 0.75f, -1.25f}, z, "the probe decodes where it was left");
    }

    @Test
    void lockedAndHiddenControlsAndNotesComeBackInStudentMode() throws Exception {
        Path file = save(teacher, "plain");
        Lesson saved = LessonFile.load(file);
        Lesson withClassroom = new Lesson("Moons for the class", new LessonNotes(Map.of("en", "Ask why."),
                Map.of("en", "Drag the probe.")), saved.data(), saved.settings(), saved.training(), saved.history(),
                saved.view(), Set.of("trainButton", "hidden"), Set.of("settingsPane"));
        LessonFile.save(withClassroom, null, file);

        MainViewModel student = opened(file);
        LessonViewModel lesson = student.lesson();
        assertEquals("Moons for the class", lesson.nameProperty().get());
        assertEquals("Drag the probe.", lesson.notesProperty().get().classNote("en"));
        assertEquals(Set.of("trainButton", "hidden"), Set.copyOf(lesson.lockedControls()));
        assertEquals(Set.of("settingsPane"), Set.copyOf(lesson.hiddenControls()));
        assertTrue(lesson.studentModeProperty().get());

        lesson.setLocked("resetButton", true);
        assertFalse(lesson.lockedControls().contains("resetButton"), "students cannot change what is locked");
        lesson.setStudentMode(false);
        // The window listens to the sets for good: a listener must outlive a collection.
        List<String> heard = new ArrayList<>();
        lesson.lockedControls().addListener((javafx.collections.SetChangeListener<String>) change ->
                heard.add(change.getElementAdded()));
        lesson.hiddenControls().addListener((javafx.collections.SetChangeListener<String>) change ->
                heard.add(change.getElementRemoved()));
        Garbage.collect();
        lesson.setLocked("resetButton", true);
        lesson.setHidden("settingsPane", false);
        assertEquals(List.of("resetButton", "settingsPane"), heard);
        Path again = dir.resolve("again" + LessonFile.EXTENSION);
        student.lesson().save(again);
        Lesson resaved = LessonFile.load(again);
        assertEquals(Set.of("trainButton", "hidden", "resetButton"), resaved.locked());
        assertEquals(Set.of(), resaved.hidden());
        assertEquals("Moons for the class", resaved.name(), "the lesson keeps its name");
        assertEquals(withClassroom.notes(), resaved.notes());
    }

    @Test
    void resetGoesBackToTheLessonNotToAnEmptyModel() {
        MainViewModel student = opened(save(teacher, "moons"));
        float[] lessonMeans = student.exploration().latentProperty().get().mean();
        student.exploration().probeXProperty().set(2.0);
        student.training().train();
        assertEquals(6, student.training().reports().size());

        student.training().reset();

        assertEquals(3, student.training().reports().size());
        assertEquals(TrainingState.PAUSED, student.training().stateProperty().get());
        assertArrayEquals(lessonMeans, student.exploration().latentProperty().get().mean());
        assertEquals(teacher.exploration().probeXProperty().get(), student.exploration().probeXProperty().get());
    }

    @Test
    void otherDataEndsTheLessonAndResetForgetsTheModelAgain() {
        MainViewModel student = opened(save(teacher, "moons"));
        student.data().datasetChoiceProperty().set(choice(student, "two-gaussians"));

        assertEquals("", student.lesson().nameProperty().get());
        assertFalse(student.lesson().studentModeProperty().get());
        student.training().train();
        student.training().reset();
        assertNull(student.training().modelConfigProperty().get());
    }

    @Test
    void anUntrainedSessionSavesAsALessonWithoutAModel() throws Exception {
        MainViewModel fresh = window();
        fresh.data().pointsProperty().set("200");
        fresh.data().datasetChoiceProperty().set(choice(fresh, "rings"));
        Path file = save(fresh, "rings");

        assertNull(LessonFile.load(file).training());
        MainViewModel student = opened(file);
        assertEquals(TrainingState.READY, student.training().stateProperty().get());
        assertEquals("rings", student.lesson().nameProperty().get(), "named after its file");
        student.training().step();
        assertEquals(1, student.training().reports().size());
    }

    @Test
    void aDamagedLessonLeavesTheSessionAsItWas() throws Exception {
        Path file = save(teacher, "moons");
        byte[] bytes = Files.readAllBytes(file);
        Path damaged = dir.resolve("damaged" + LessonFile.EXTENSION);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        DataSnapshot data = teacher.data().dataProperty().get();
        VaeConfig model = teacher.training().modelConfigProperty().get();
        LatentSnapshot latent = teacher.exploration().latentProperty().get();

        teacher.openFile(damaged);

        Notice notice = teacher.noticeProperty().get();
        assertTrue(notice.error());
        assertTrue(notice.text().startsWith("Could not open "), notice.text());
        assertTrue(notice.text().contains("damaged.vaelesson"), notice.text());
        assertSame(data, teacher.data().dataProperty().get());
        assertSame(model, teacher.training().modelConfigProperty().get());
        assertSame(latent, teacher.exploration().latentProperty().get());
        assertEquals(3, teacher.training().reports().size());
        assertEquals("", teacher.data().loadingProperty().get());
    }

    @Test
    void savingWithoutDataSaysSo() {
        MainViewModel empty = window();
        empty.lesson().save(dir.resolve("x" + LessonFile.EXTENSION));
        assertTrue(empty.noticeProperty().get().error());
        assertFalse(Files.exists(dir.resolve("x" + LessonFile.EXTENSION)));
    }
}
