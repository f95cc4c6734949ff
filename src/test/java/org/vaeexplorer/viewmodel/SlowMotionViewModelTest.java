package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Slow motion without a screen: both "threads" run work at once on the caller. */
class SlowMotionViewModelTest {
    private static final Executor NOW = Runnable::run;

    /** Moons of 400 points, 360 of them for training. */
    private static MainViewModel moons(String batch) {
        MainViewModel main = new MainViewModel(NOW, NOW);
        main.settings().field("hidden").textProperty().set("16,16");
        main.settings().field("epochs").textProperty().set("3");
        main.settings().field("batch").textProperty().set(batch);
        main.data().pointsProperty().set("400");
        main.data().datasetChoiceProperty().set(main.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        return main;
    }

    @Test
    void aStepShowsWhatItDrewForTheFirstExample() {
        MainViewModel main = moons("40");
        main.slowMotion().step();
        SlowMotionSnapshot s = main.slowMotion().stepProperty().get();
        assertNotNull(s, "a step makes a model and shows its first minibatch");
        assertEquals(TrainingState.PAUSED, main.training().stateProperty().get());
        assertEquals(1, s.epoch());
        assertEquals(1, s.index());
        assertEquals(9, s.count(), "360 training rows in minibatches of 40");
        assertEquals(40, s.batchRows());
        assertFalse(s.selected());
        for (int k = 0; k < s.z().length; k++) {
            assertEquals(s.mean()[k] + s.sigma()[k] * s.epsilon()[k], s.z()[k], 1e-5, "z = μ + σ·ε");
        }
        DataSnapshot data = main.data().dataProperty().get();
        assertArrayEquals(data.data().copyRows(s.row(), s.row() + 1), s.x());
        assertEquals(data.plane()[2 * s.row()], s.plane()[0], 1e-4);
        assertEquals(data.plane()[2 * s.row() + 1], s.plane()[1], 1e-4);
        assertEquals(s.terms().reconstruction() + s.terms().kl(), s.terms().negativeElbo(), 1e-12);
        assertTrue(main.training().reports().isEmpty(), "the epoch is not over");
        main.slowMotion().step();
        assertEquals(2, main.slowMotion().stepProperty().get().index());
    }

    @Test
    void steppingThroughAnEpochIsTheEpochTrainingRuns() {
        MainViewModel stepped = moons("40");
        for (int i = 0; i < 9; i++) {
            stepped.slowMotion().step();
        }
        MainViewModel trained = moons("40");
        trained.training().step();
        assertEquals(1, stepped.training().reports().size(), "the ninth minibatch ends the epoch");
        assertEquals(trained.training().reports().get(0).train(), stepped.training().reports().get(0).train());
        assertArrayEquals(trained.exploration().latentProperty().get().mean(),
                stepped.exploration().latentProperty().get().mean(), "the same weights encode the same means");
    }

    @Test
    void theSelectedRowIsTheExampleShownWhenTheMinibatchHoldsIt() {
        MainViewModel main = moons("360");
        main.exploration().selectedRowProperty().set(17);
        main.slowMotion().step();
        SlowMotionSnapshot s = main.slowMotion().stepProperty().get();
        assertEquals(17, s.row(), "one minibatch holds every training row");
        assertTrue(s.selected());
    }

    @Test
    void trainingAndResetHideTheLastStep() {
        MainViewModel main = moons("40");
        main.slowMotion().step();
        main.training().step();
        assertNull(main.slowMotion().stepProperty().get(), "an epoch of training leaves the step behind");
        main.slowMotion().step();
        assertNotNull(main.slowMotion().stepProperty().get());
        main.training().reset();
        assertNull(main.slowMotion().stepProperty().get());
    }
}
