package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.training.EpochReport;

/**
 * The training pane's view model without a screen: both the UI and the model "threads" run work at once on the
 * caller, so every command completes before it returns.
 */
class TrainingViewModelTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private MainViewModel main;
    private TrainingViewModel training;

    @BeforeEach
    void create() {
        main = new MainViewModel(NOW, NOW);
        training = main.training();
        main.settings().field("hidden").textProperty().set("16,16");
        main.settings().field("epochs").textProperty().set("3");
        main.data().pointsProperty().set("400");
        main.data().datasetChoiceProperty().set(choice("moons"));
    }

    private DatasetChoice choice(String id) {
        return main.data().datasetChoices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Two datasets chosen in quick succession (arrow keys in the chooser): the UI hears of both loads in turn. Each
     * is shown as it lands, as the session had it, but Train waits for the last, so no run trains a model that the
     * new data then clears.
     */
    @Test
    void trainWaitsForTheLastOfQuickLoads() {
        java.util.ArrayDeque<Runnable> ui = new java.util.ArrayDeque<>();
        MainViewModel window = new MainViewModel(ui::add, NOW);
        window.settings().field("hidden").textProperty().set("8");
        window.settings().field("epochs").textProperty().set("2");
        window.data().pointsProperty().set("300");
        window.data().datasetChoiceProperty().set(choiceIn(window, "moons"));
        drain(ui);
        assertTrue(window.training().canRunProperty().get());
        window.data().datasetChoiceProperty().set(choiceIn(window, "rings"));
        window.data().datasetChoiceProperty().set(choiceIn(window, "spiral"));
        assertFalse(window.training().canRunProperty().get(), "not while data loads");
        window.training().train();
        while (window.data().dataProperty().get().data().name().equals("moons")) {
            ui.poll().run();
        }
        assertEquals("rings", window.data().dataProperty().get().data().name());
        assertFalse(window.data().loadingProperty().get().isEmpty(), "the spiral still loads");
        assertFalse(window.training().canRunProperty().get(), "not while the spiral loads");
        assertEquals("Loading " + choiceIn(window, "spiral").label() + "…", window.training().statusProperty().get());
        window.training().train();
        drain(ui);
        assertEquals("spiral", window.data().dataProperty().get().data().name());
        assertEquals("", window.data().loadingProperty().get());
        assertEquals(TrainingState.READY, window.training().stateProperty().get());
        assertTrue(window.training().reports().isEmpty(), "Train while loading started no run");
        assertNull(window.training().modelConfigProperty().get());
        window.training().train();
        drain(ui);
        assertEquals(2, window.training().reports().size());
        assertEquals(TrainingState.PAUSED, window.training().stateProperty().get());
    }

    /** Opening a model file makes its data: Train waits for that too, then continues the opened model. */
    @Test
    void trainWaitsForAnOpenedModelsData() {
        main.settings().field("epochs").textProperty().set("2");
        training.train();
        Path file = dir.resolve("moons.vae");
        training.saveModel(file);
        java.util.ArrayDeque<Runnable> ui = new java.util.ArrayDeque<>();
        MainViewModel window = new MainViewModel(ui::add, NOW);
        window.data().pointsProperty().set("300");
        window.data().datasetChoiceProperty().set(choiceIn(window, "rings"));
        drain(ui);
        assertTrue(window.training().canRunProperty().get());
        window.training().openModel(file);
        assertFalse(window.training().canRunProperty().get(), "not while the model's data is made");
        window.training().train();
        drain(ui);
        assertTrue(window.training().reports().isEmpty(), "Train while opening started no run");
        assertEquals(TrainingState.PAUSED, window.training().stateProperty().get());
        assertTrue(window.training().canRunProperty().get());
        window.training().step();
        drain(ui);
        assertEquals(1, window.training().reports().size());
    }

    /** A lesson opened while a dataset loads: Train waits for both, in whichever order they were asked for. */
    @Test
    void trainWaitsForALessonOpenedWhileDataLoads() {
        java.util.ArrayDeque<Runnable> ui = new java.util.ArrayDeque<>();
        MainViewModel window = new MainViewModel(ui::add, NOW);
        window.settings().field("hidden").textProperty().set("8");
        window.data().pointsProperty().set("300");
        window.data().datasetChoiceProperty().set(choiceIn(window, "moons"));
        drain(ui);
        window.training().step();
        drain(ui);
        Path lesson = dir.resolve("quick.vaelesson");
        window.lesson().save(lesson);
        drain(ui);
        DataSnapshot before = window.data().dataProperty().get();
        window.lesson().open(lesson);
        window.data().datasetChoiceProperty().set(choiceIn(window, "rings"));
        while (window.data().dataProperty().get() == before) {
            ui.poll().run();
        }
        assertEquals("moons", window.data().dataProperty().get().data().name());
        assertFalse(window.training().canRunProperty().get(), "the lesson landed; the rings still load");
        drain(ui);
        assertEquals("rings", window.data().dataProperty().get().data().name());
        assertTrue(window.training().canRunProperty().get());
    }

    private static void drain(java.util.ArrayDeque<Runnable> ui) {
        for (Runnable task = ui.poll(); task != null; task = ui.poll()) {
            task.run();
        }
    }

    private static DatasetChoice choiceIn(MainViewModel window, String id) {
        return window.data().datasetChoices().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void trainStepAndResetRunAndForgetEpochs() {
        assertEquals(TrainingState.READY, training.stateProperty().get());
        training.train();
        assertEquals(3, training.reports().size());
        assertEquals(TrainingState.PAUSED, training.stateProperty().get());
        assertEquals(1.0, training.progressProperty().get(), 1e-9);
        assertEquals("Finished epoch 3.", training.statusProperty().get());
        assertNotNull(training.modelConfigProperty().get());
        LatentSnapshot latent = main.exploration().latentProperty().get();
        assertNotNull(latent);
        assertEquals(3, latent.epoch());
        assertEquals(400, latent.rows().length);
        training.train();
        assertEquals(6, training.reports().size(), "Train again continues the same model");
        training.step();
        assertEquals(7, training.reports().get(6).epoch());
        training.reset();
        assertTrue(training.reports().isEmpty());
        assertNull(training.modelConfigProperty().get());
        assertNull(main.exploration().latentProperty().get());
        assertEquals(TrainingState.READY, training.stateProperty().get());
        assertEquals(0, training.progressProperty().get());
    }

    @Test
    void pauseStopsAfterTheCurrentEpochAndTrainGoesOn() {
        main.settings().field("epochs").textProperty().set("10");
        training.reports().addListener((ListChangeListener<EpochReport>) c -> {
            if (training.reports().size() == 2) {
                training.pause();
            }
        });
        training.train();
        assertEquals(2, training.reports().size());
        assertEquals(TrainingState.PAUSED, training.stateProperty().get());
        assertEquals("Paused at epoch 2.", training.statusProperty().get());
        assertEquals(0.2, training.progressProperty().get(), 1e-12, "2 of 10 epochs");
        training.toggleTraining();
        assertEquals(12, training.reports().size(), "Space resumes for the set number of epochs");
    }

    @Test
    void closingStopsTheRunWithoutDrawingItsLastWeights() {
        main.settings().field("epochs").textProperty().set("10");
        training.reports().addListener((ListChangeListener<EpochReport>) c -> {
            if (training.reports().size() == 2) {
                main.shutdown();
            }
        });
        training.train();
        assertEquals(2, training.reports().size(), "stopped after the epoch in progress");
        LatentSnapshot latent = main.exploration().latentProperty().get();
        // Paused there, the map shows epoch 2 (the pictures follow a stop); closing leaves those of an earlier one.
        assertTrue(latent == null || latent.epoch() < 2, () -> "latent map of epoch " + latent.epoch());
    }

    @Test
    void progressReachesTheStatusLineAsARecord() {
        List<String> lines = new ArrayList<>();
        training.statusProperty().addListener((obs, was, now) -> lines.add(now));
        training.train();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Epoch 1 of 3 · ") && l.contains("−ELBO")),
                lines::toString);
        TrainingProgress p = new TrainingProgress(3, 12, 125.4, 1.23456);
        assertEquals(0.25, p.fraction(), 0);
        assertEquals("Epoch 3 of 12 · 2 min 05 s left · −ELBO 1.235 nats", p.describe());
        assertEquals("Epoch 12 of 12 · 0 s left · −ELBO 0.500 nats",
                new TrainingProgress(12, 12, -0.2, 0.5).describe());
    }

    @Test
    void invalidSettingsAreMarkedAndCannotTrain() {
        main.settings().field("lr").textProperty().set("abc");
        assertFalse(main.settings().validProperty().get());
        assertFalse(main.settings().field("lr").problemProperty().get().isEmpty());
        main.settings().field("latent").textProperty().set("99");
        assertTrue(main.settings().field("latent").problemProperty().get().contains("64"));
        training.train();
        assertTrue(training.reports().isEmpty());
        main.settings().field("lr").textProperty().set("0.002");
        main.settings().field("latent").textProperty().set("2");
        assertTrue(main.settings().validProperty().get());
        main.settings().likelihoodProperty().set(Likelihood.BERNOULLI);
        assertFalse(main.settings().validProperty().get(), "moons are not in [0, 1]");
        assertFalse(main.settings().likelihoodProblemProperty().get().isEmpty());
    }

    @Test
    void newDataOutsideTheUnitRangeTurnsBernoulliBackToGaussian() {
        main.settings().likelihoodProperty().set(Likelihood.BERNOULLI);
        main.data().datasetChoiceProperty().set(choice("spiral"));
        assertEquals(Likelihood.GAUSSIAN_DIAGONAL, main.settings().likelihoodProperty().get());
        assertTrue(main.settings().validProperty().get());
    }

    @Test
    void theHeldOutShareFollowsTheData() {
        assertEquals(40, main.settings().configProperty().get().holdoutRows(), "10 % of 400 rows");
        main.data().pointsProperty().set("250");
        main.data().loadChosenDataset();
        assertEquals(25, main.settings().configProperty().get().holdoutRows(), "10 % of 250 rows");
    }

    @Test
    void changingStructureAsksForResetWhileBetaAndRateApplyLive() {
        training.step();
        main.settings().field("beta").textProperty().set("2");
        assertFalse(training.settingsChangedProperty().get());
        training.step();
        assertEquals(2.0, training.reports().get(1).beta(), 1e-12);
        main.settings().field("hidden").textProperty().set("8");
        assertTrue(training.settingsChangedProperty().get());
        training.reset();
        assertFalse(training.settingsChangedProperty().get(), "no model, nothing to differ from");
    }

    @Test
    void aSavedModelOpensAgainOnItsDataAndDecodesAlike() throws Exception {
        main.settings().field("latent").textProperty().set("3");
        training.train();
        main.exploration().probeXProperty().set(0.7);
        float[] decodedBefore = main.exploration().probeProperty().get().decoded();
        Path file = dir.resolve("moons.vae");
        training.saveModel(file);
        assertTrue(Files.size(file) > 0);
        assertEquals("Saved moons.vae.", main.noticeProperty().get().text());
        training.reset();
        main.settings().field("latent").textProperty().set("2");
        main.openFile(file);
        assertEquals(TrainingState.PAUSED, training.stateProperty().get());
        assertEquals("3", main.settings().field("latent").textProperty().get());
        assertFalse(training.settingsChangedProperty().get());
        assertNotNull(main.exploration().latentProperty().get());
        main.exploration().probeXProperty().set(0.0);
        main.exploration().probeXProperty().set(0.7);
        assertEquals(decodedBefore[0], main.exploration().probeProperty().get().decoded()[0], 0f);
        training.train();
        assertEquals(3, training.reports().size(), "training goes on from the opened model");
    }

    @Test
    void aModelOnOtherBuiltInDataBringsThatData() throws Exception {
        training.step();
        Path file = dir.resolve("moons.vae");
        training.saveModel(file);
        main.data().datasetChoiceProperty().set(choice("spiral"));
        main.openFile(file);
        assertEquals("moons", main.data().dataProperty().get().data().name());
        assertEquals(2000, main.data().dataProperty().get().data().rows(), "not the chosen toy: its default size");
        assertEquals(TrainingState.PAUSED, training.stateProperty().get());
        assertTrue(main.noticeProperty().get().text().startsWith("Opened the model moons.vae on moons"));
    }
}
