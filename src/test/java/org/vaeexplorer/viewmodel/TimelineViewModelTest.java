package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.training.EpochReport;

/**
 * The timeline without a screen, both "threads" running work at once on the caller. A past epoch is checked against
 * a second session that trained the same data with the same seed and stopped at that epoch.
 */
class TimelineViewModelTest {
    private static final Executor NOW = Runnable::run;
    private MainViewModel main;
    private TimelineViewModel timeline;

    @BeforeEach
    void create() {
        main = session(6);
        timeline = main.timeline();
    }

    private static MainViewModel session(int epochs) {
        MainViewModel m = new MainViewModel(NOW, NOW);
        m.settings().field("hidden").textProperty().set("16,16");
        m.settings().field("epochs").textProperty().set(Integer.toString(epochs));
        m.data().pointsProperty().set("400");
        m.data().datasetChoiceProperty().set(m.data().datasetChoices().stream()
                .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        m.exploration().probeXProperty().set(0.7);
        m.exploration().probeYProperty().set(-0.4);
        return m;
    }

    /** The model of a run that stopped at {@code epoch}: its latent map and the probe's decoding. */
    private static MainViewModel stoppedAt(int epoch) {
        MainViewModel other = session(epoch);
        other.training().train();
        return other;
    }

    @Test
    void aPastStopShowsExactlyTheModelOfThatEpochAndLiveSnapsBack() {
        assertTrue(timeline.stopsProperty().get().isEmpty());
        main.training().train();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), timeline.stopsProperty().get());
        assertEquals("epoch 6 of 6 · live", timeline.labelProperty().get());
        float[] liveMeans = main.exploration().latentProperty().get().mean();
        float[] liveProbe = main.exploration().probeProperty().get().decoded();

        timeline.select(3);
        MainViewModel atThree = stoppedAt(3);
        LatentSnapshot shown = main.exploration().latentProperty().get();
        assertEquals(3, shown.epoch());
        assertArrayEquals(atThree.exploration().latentProperty().get().mean(), shown.mean());
        assertArrayEquals(atThree.exploration().probeProperty().get().decoded(),
                main.exploration().probeProperty().get().decoded());
        assertFalse(timeline.liveProperty().get());
        assertEquals("epoch 3 of 6 · past", timeline.labelProperty().get());
        assertEquals(6, main.training().reports().size(), "looking back leaves the history alone");

        timeline.goLive();
        assertTrue(timeline.liveProperty().get());
        assertEquals(6, main.exploration().latentProperty().get().epoch());
        assertArrayEquals(liveMeans, main.exploration().latentProperty().get().mean());
        assertArrayEquals(liveProbe, main.exploration().probeProperty().get().decoded());
    }

    @Test
    void continueFromHereCutsTheHistoryAndTrainsOnFromThatEpoch() {
        main.training().train();
        List<EpochReport> firstRun = List.copyOf(main.training().reports());
        timeline.select(2);
        timeline.continueFromHere();
        assertEquals(List.of(1, 2), main.training().reports().stream().map(EpochReport::epoch).toList());
        assertEquals(List.of(0, 1, 2), timeline.stopsProperty().get());
        assertTrue(timeline.liveProperty().get());
        assertArrayEquals(stoppedAt(2).exploration().latentProperty().get().mean(),
                main.exploration().latentProperty().get().mean(), "the live model is now epoch 2's");

        main.training().train();
        List<EpochReport> branch = main.training().reports();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), branch.stream().map(EpochReport::epoch).toList());
        assertEquals(firstRun.get(1), branch.get(1));
        assertNotEquals(firstRun.get(2).train(), branch.get(2).train(),
                "a new branch: a fresh optimiser takes other steps than the first run's");
        assertEquals(8, main.exploration().latentProperty().get().epoch());
        assertEquals("epoch 8 of 8 · live", timeline.labelProperty().get());
    }

    @Test
    void scrubbingWhileTrainingPausesAtThePastEpochAndTrainSnapsBackToLive() {
        main.settings().field("epochs").textProperty().set("10");
        main.training().reports().addListener((ListChangeListener<EpochReport>) c -> {
            if (main.training().reports().size() == 4) {
                timeline.select(1);
            }
        });
        main.training().train();
        assertEquals(TrainingState.PAUSED, main.training().stateProperty().get());
        assertTrue(main.training().reports().size() < 10, "training paused");
        assertEquals(1, main.exploration().latentProperty().get().epoch());
        assertFalse(timeline.liveProperty().get());

        main.training().train();
        assertTrue(timeline.liveProperty().get());
        List<EpochReport> reports = main.training().reports();
        assertEquals(reports.get(reports.size() - 1).epoch(), main.exploration().latentProperty().get().epoch());
    }

    @Test
    void resetEmptiesTheTimeline() {
        main.training().train();
        List<Number> shown = new java.util.ArrayList<>();
        timeline.shownEpochProperty().addListener((obs, was, now) -> shown.add(now));
        main.training().reset();
        assertTrue(shown.stream().allMatch(e -> e.intValue() == -1), "never a past epoch on the way: " + shown);
        assertTrue(timeline.stopsProperty().get().isEmpty());
        assertEquals("", timeline.labelProperty().get());
        main.training().step();
        assertEquals(List.of(0, 1), timeline.stopsProperty().get());
    }

    /** Past the dense epochs the timeline thins its stops: the live model stays shown while the list shrinks. */
    @Test
    void theLiveModelStaysShownWhileTheStopsAreThinned() {
        MainViewModel longRun = session(120);
        List<Integer> shown = new java.util.ArrayList<>();
        longRun.timeline().shownEpochProperty().addListener((obs, was, now) -> shown.add(now.intValue()));
        List<Integer> sizes = new java.util.ArrayList<>();
        longRun.timeline().stopsProperty().addListener((obs, was, now) -> sizes.add(now.size()));
        longRun.training().train();
        assertTrue(sizes.stream().anyMatch(n -> n < sizes.stream().mapToInt(Integer::intValue).max().orElse(0)),
                "the stops were thinned: " + sizes);
        assertEquals(List.of(), shown, "no other epoch than the live one was ever shown");
        assertTrue(longRun.timeline().liveProperty().get());
    }
}
