package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.ProbeSnapshot;
import org.vaeexplorer.viewmodel.TrainingState;

/** The real window, headless (Monocle), driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;
    private VaeExplorerApp app;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("vaeexplorer.profile", "test");
        System.setProperty("vaeexplorer.noExit", "true");
        this.stage = stage;
        app = new VaeExplorerApp();
        app.start(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private void loadSmallToySet(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().settings().field("epochs").textProperty().set("5");
            vm().settings().field("hidden").textProperty().set("16,16");
            vm().pointsProperty().set("500");
            vm().datasetChoiceProperty().set(vm().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().dataProperty().get() != null
                && vm().dataProperty().get().data().name().equals("moons"));
    }

    @Test
    void windowOpensTitledVaeExplorer() {
        assertTrue(stage.isShowing());
        assertEquals("VAE Explorer", stage.getTitle());
    }

    @Test
    void trainingAToySetAddsPointsToTheChart(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().reports().size() == 5
                && vm().stateProperty().get() == TrainingState.PAUSED);
        assertEquals(5, vm().reports().get(4).epoch());
        assertTrue(vm().latentProperty().get() != null);
    }

    @Test
    void draggingTheProbeChangesTheDecodedOutput(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().probeProperty().get() != null
                && vm().stateProperty().get() == TrainingState.PAUSED);
        ProbeSnapshot before = vm().probeProperty().get();
        LatentCanvas canvas = robot.lookup("#latentCanvas").queryAs(LatentCanvas.class);
        Point2D probe = canvas.probeInCanvas();
        Point2D onScreen = canvas.localToScreen(probe.getX(), probe.getY());
        robot.drag(onScreen.getX(), onScreen.getY()).moveBy(60, -40).drop();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().probeProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        ProbeSnapshot after = vm().probeProperty().get();
        assertTrue(vm().probeXProperty().get() > 0.1, "dragged right");
        assertTrue(vm().probeYProperty().get() > 0.1, "dragged up");
        assertNotEquals(before.decoded()[0], after.decoded()[0]);
    }

    @Test
    void aBadFileShowsAnErrorAndKeepsTheState(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        Path bad = dir.resolve("truncated-images-idx3-ubyte");
        Files.write(bad, new byte[] {0, 0, 8, 3, 0, 0, 0, 5, 0, 0, 0, 2, 0, 0, 0, 2, 1, 2});
        var dataBefore = vm().dataProperty().get();
        robot.interact(() -> vm().openFile(bad));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().noticeProperty().get() != null
                && vm().noticeProperty().get().error());
        WaitForAsyncUtils.waitForFxEvents();
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        assertTrue(notice.isVisible() || notice.getParent().isVisible());
        assertTrue(notice.getText().contains("truncated-images-idx3-ubyte"), notice.getText());
        assertTrue(notice.getText().contains("truncated"), notice.getText());
        assertEquals(dataBefore, vm().dataProperty().get());
    }

    @Test
    void closingTheWindowWhileTrainingStopsCleanly(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        robot.interact(() -> vm().settings().field("epochs").textProperty().set("100000"));
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().reports().size() >= 2);
        robot.interact(stage::close);
        assertTrue(app.painterShutDown(), "the scatter painter is shut down as the window closes");
        assertFalse(app.repaints().isListening(), "nothing is repainted after the window closed");
        long started = System.nanoTime();
        app.stop();
        assertTrue(app.modelThreadTerminated(), "the model thread ended");
        assertTrue(System.nanoTime() - started < 5_000_000_000L, "within seconds");
    }

    @Test
    void anIdleWindowStopsListeningToPulsesAndARepaintRequestListensUntilDone(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().probeProperty().get() != null
                && vm().stateProperty().get() == TrainingState.PAUSED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.repaints().isListening());
        robot.interact(() -> {
            vm().probeXProperty().set(0.5);
            assertTrue(app.repaints().isListening(), "a probe move asks for a repaint");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.repaints().isListening());
    }
}
