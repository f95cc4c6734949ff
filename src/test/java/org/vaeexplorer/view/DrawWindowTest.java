package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.DrawViewModel;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.TrainingState;

/** Drawing data with the mouse on the data view of the real window (headless), then training on it. */
@ExtendWith(ApplicationExtension.class)
class DrawWindowTest {
    private VaeExplorerApp app;

    @Start
    void start(Stage stage) throws Exception {
        app = RealWindow.open(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    @Test
    void aLessonThatLocksTheDataLocksThePen(FxRobot robot) {
        Node chooser = robot.lookup("#datasetBox").query();
        ToggleButton draw = robot.lookup("#drawToggle").queryAs(ToggleButton.class);
        assertFalse(draw.isDisabled());
        robot.interact(() -> StudentMode.lockOf(chooser).set(true));
        assertTrue(draw.isDisabled());
        robot.interact(() -> StudentMode.lockOf(chooser).set(false));
        assertFalse(draw.isDisabled());
    }

    @Test
    void strokesWithTheMouseAddPointsOfTheChosenClassAndTheyTrain(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().settings().field("hidden").textProperty().set("16,16");
            vm().data().datasetChoiceProperty().set(vm().data().datasetChoices().stream()
                    .filter(c -> c.id().equals(DrawViewModel.NAME)).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#drawToggle").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#drawBar").query().isVisible());
        assertNull(vm().data().dataProperty().get(), "an empty drawing is no data yet");
        Node canvas = robot.lookup("#dataCanvas").query();
        Bounds b = canvas.localToScreen(canvas.getLayoutBounds());
        robot.drag(b.getMinX() + b.getWidth() * 0.3, b.getMinY() + b.getHeight() * 0.4).moveBy(60, 0).moveBy(0, 30)
                .drop();
        robot.clickOn("3");
        robot.drag(b.getMinX() + b.getWidth() * 0.7, b.getMinY() + b.getHeight() * 0.6).moveBy(-40, 20).drop();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null
                && vm().data().dataProperty().get().data().classNames().size() == 3);
        DataSnapshot drawn = vm().data().dataProperty().get();
        assertEquals(DrawViewModel.NAME, drawn.data().name());
        int first = 0;
        int third = 0;
        for (int r = 0; r < drawn.data().rows(); r++) {
            first += drawn.data().label(r) == 0 ? 1 : 0;
            third += drawn.data().label(r) == 2 ? 1 : 0;
            // The left stroke is class 1, the right one class 3: on the −3..3 frame, left of centre and right of it.
            assertTrue(drawn.data().label(r) == 0 ? drawn.data().value(r, 0) < 0.3 : drawn.data().value(r, 0) > 0,
                    "row " + r + " lies where its stroke was");
        }
        assertTrue(first >= 3 * 8 && third >= 2 * 8, first + " and " + third + " points");
        assertEquals(first + third, drawn.data().rows());
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().training().reports().size() == 1
                && vm().training().stateProperty().get() == TrainingState.PAUSED);
        assertTrue(Double.isFinite(vm().training().reports().get(0).train().negativeElbo()));
        assertTrue(vm().exploration().latentProperty().get() != null);
    }
}
