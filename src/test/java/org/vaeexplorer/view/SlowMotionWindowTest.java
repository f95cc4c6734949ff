package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DrawViewModel;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.TrainingState;

/** Slow motion and the drawing's undo keys in the real window (headless). */
@ExtendWith(ApplicationExtension.class)
class SlowMotionWindowTest {
    private VaeExplorerApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = RealWindow.open(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    @Test
    void ctrlMStepsOneMinibatchAndItsTabShowsTheDraw(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().settings().field("hidden").textProperty().set("8");
            vm().data().pointsProperty().set("300");
            vm().data().datasetChoiceProperty().set(vm().data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null
                && vm().training().stateProperty().get() == TrainingState.READY);
        robot.clickOn("#latentCanvas");
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().slowMotion().stepProperty().get() != null
                && vm().training().stateProperty().get() == TrainingState.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#storyTabs").queryAs(TabPane.class);
        assertEquals(Texts.get("motion.tab"), tabs.getSelectionModel().getSelectedItem().getText(),
                "a step brings its tab to the front");
        assertTrue(robot.lookup(".motion-figures").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.isVisible() && l.getText().contains("z = μ + σ·ε")));
        assertEquals(1, vm().slowMotion().stepProperty().get().index());
        assertTrue(vm().training().reports().isEmpty(), "one minibatch is not an epoch");
    }

    @Test
    void ctrlZTakesBackAStrokeAndCtrlShiftZDrawsItAgain(FxRobot robot) throws Exception {
        robot.interact(() -> vm().data().datasetChoiceProperty().set(vm().data().datasetChoices().stream()
                .filter(c -> c.id().equals(DrawViewModel.NAME)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        Node canvas = robot.lookup("#dataCanvas").query();
        Bounds b = canvas.localToScreen(canvas.getLayoutBounds());
        robot.drag(b.getMinX() + b.getWidth() * 0.3, b.getMinY() + b.getHeight() * 0.4).moveBy(60, 0).drop();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null);
        int firstStroke = vm().data().dataProperty().get().data().rows();
        robot.drag(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + b.getHeight() * 0.6).moveBy(0, 40).drop();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm().data().dataProperty().get().data().rows() > firstStroke);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm().data().dataProperty().get().data().rows() == firstStroke);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> vm().data().dataProperty().get().data().rows() > firstStroke);
    }
}
