package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.LatentSnapshot;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.TrainingState;

/** The timeline in the real window, headless: scrubbing back changes the latent map, Live brings it back. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    private VaeExplorerApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = RealWindow.open(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    @Test
    void scrubbingBackChangesTheLatentMapAndLiveSnapsBack(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().settings().field("epochs").textProperty().set("5");
            vm().settings().field("hidden").textProperty().set("16,16");
            vm().data().pointsProperty().set("500");
            vm().data().datasetChoiceProperty().set(vm().data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().training().stateProperty().get()
                == TrainingState.PAUSED && latentEpoch() == 5);
        float[] live = vm().exploration().latentProperty().get().mean();
        assertEquals("epoch 5 of 5 · live", robot.lookup("#timelineLabel").queryAs(Label.class).getText());

        robot.clickOn("#timelineSlider").type(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> latentEpoch() == 0);
        assertFalse(Arrays.equals(live, vm().exploration().latentProperty().get().mean()),
                "the untrained model's map");
        assertEquals("epoch 0 of 5 · past", robot.lookup("#timelineLabel").queryAs(Label.class).getText());
        assertEquals(5, vm().training().reports().size());

        robot.clickOn("#timelineLiveButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> latentEpoch() == 5);
        assertTrue(Arrays.equals(live, vm().exploration().latentProperty().get().mean()));
    }

    /** With no stops yet the slider still has a range: with max = min its skin placed the thumb at NaN. */
    @Test
    void beforeTrainingTheThumbSitsAtTheStart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Slider slider = robot.lookup("#timelineSlider").queryAs(javafx.scene.control.Slider.class);
        javafx.scene.Node thumb = slider.lookup(".thumb");
        assertTrue(slider.isDisabled());
        assertTrue(Double.isFinite(thumb.getLayoutX()), "thumb at x = " + thumb.getLayoutX());
        assertTrue(thumb.getBoundsInParent().getMinX() <= slider.getWidth() / 2, "at the start");
    }

    private int latentEpoch() {
        LatentSnapshot latent = vm().exploration().latentProperty().get();
        return latent == null ? -1 : latent.epoch();
    }
}
