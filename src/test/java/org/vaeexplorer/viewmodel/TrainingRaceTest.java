package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With a real model thread and a separate "UI" thread: commands given while epochs run must leave the view model in
 * the state they promise, whatever the running epoch posts after them.
 */
class TrainingRaceTest {
    private ExecutorService ui;
    private ExecutorService model;
    private MainViewModel vm;

    @BeforeEach
    void create() throws Exception {
        ui = Executors.newSingleThreadExecutor();
        model = Executors.newSingleThreadExecutor();
        vm = onUi(() -> {
            MainViewModel v = new MainViewModel(ui, model);
            v.settings().field("hidden").textProperty().set("16,16");
            v.settings().field("epochs").textProperty().set("100000");
            v.data().pointsProperty().set("2000");
            v.data().datasetChoiceProperty().set(v.data().datasetChoices().stream().filter(c -> c.id().equals("moons"))
                    .findFirst().orElseThrow());
            return v;
        });
        waitFor(() -> vm.training().stateProperty().get() == TrainingState.READY);
    }

    @AfterEach
    void stop() {
        ui.shutdownNow();
        model.shutdownNow();
    }

    private <T> T onUi(Callable<T> work) throws Exception {
        return ui.submit(work).get(30, TimeUnit.SECONDS);
    }

    private void run(Runnable command) throws Exception {
        ui.submit(command).get(30, TimeUnit.SECONDS);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!onUi(condition)) {
            assertTrue(System.nanoTime() < deadline, "condition not reached in 30 s");
            Thread.sleep(20);
        }
    }

    @Test
    void resetWhileTrainingEndsCleared() throws Exception {
        run(vm.training()::train);
        waitFor(() -> vm.training().reports().size() >= 3);
        run(vm.training()::reset);
        waitFor(() -> vm.training().stateProperty().get() == TrainingState.READY);
        Thread.sleep(300);
        assertEquals(TrainingState.READY, onUi(() -> vm.training().stateProperty().get()));
        assertTrue(onUi(() -> vm.training().reports().isEmpty()));
        assertNull(onUi(() -> vm.exploration().latentProperty().get()));
    }

    @Test
    void pauseRightAfterResetAndTrainStillStops() throws Exception {
        run(vm.training()::train);
        waitFor(() -> vm.training().reports().size() >= 2);
        run(vm.training()::reset);
        waitFor(() -> vm.training().stateProperty().get() == TrainingState.READY);
        run(vm.training()::train);
        waitFor(() -> vm.training().reports().size() >= 2);
        run(vm.training()::pause);
        waitFor(() -> vm.training().stateProperty().get() == TrainingState.PAUSED);
        int epochs = onUi(() -> vm.training().reports().size());
        Thread.sleep(500);
        assertEquals(epochs, onUi(() -> vm.training().reports().size()), "no epoch runs after Pause");
    }
}
