package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.controlsfx.control.NotificationPane;
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
    /** Whether the explorer's panes were in the window when start() returned. */
    private boolean panesAtStart;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = RealWindow.open(stage);
        panesAtStart = stage.getScene().lookup("#latentCanvas") != null;
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private void loadSmallToySet(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().settings().field("epochs").textProperty().set("5");
            vm().settings().field("hidden").textProperty().set("16,16");
            vm().data().pointsProperty().set("500");
            vm().data().datasetChoiceProperty().set(vm().data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null
                && vm().data().dataProperty().get().data().name().equals("moons"));
    }

    @Test
    void windowOpensTitledVaeExplorer() {
        assertTrue(stage.isShowing());
        assertEquals("VAE Explorer", stage.getTitle());
    }

    @Test
    void theWindowIsShownBeforeItsPanesWhichJoinBoundAfterItsFirstFrame(FxRobot robot) throws Exception {
        assertTrue(stage.isShowing());
        assertFalse(panesAtStart, "the panes are loaded once the window's first frame is on screen");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().lookup("#latentCanvas") != null);
        robot.interact(() -> vm().settings().field("epochs").textProperty().set("7"));
        assertEquals("7", ((javafx.scene.control.TextField) stage.getScene().lookup("#setting-epochs")).getText());
    }

    @Test
    void trainingAToySetAddsPointsToTheChart(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().training().reports().size() == 5
                && vm().training().stateProperty().get() == TrainingState.PAUSED);
        assertEquals(5, vm().training().reports().get(4).epoch());
        assertTrue(vm().exploration().latentProperty().get() != null);
    }

    @Test
    void draggingTheProbeChangesTheDecodedOutput(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().exploration().probeProperty().get() != null
                && vm().training().stateProperty().get() == TrainingState.PAUSED);
        ProbeSnapshot before = vm().exploration().probeProperty().get();
        LatentCanvas canvas = robot.lookup("#latentCanvas").queryAs(LatentCanvas.class);
        Point2D probe = canvas.probeInCanvas();
        Point2D onScreen = canvas.localToScreen(probe.getX(), probe.getY());
        robot.drag(onScreen.getX(), onScreen.getY()).moveBy(60, -40).drop();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().exploration().probeProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        ProbeSnapshot after = vm().exploration().probeProperty().get();
        assertTrue(vm().exploration().probeXProperty().get() > 0.1, "dragged right");
        assertTrue(vm().exploration().probeYProperty().get() > 0.1, "dragged up");
        assertNotEquals(before.decoded()[0], after.decoded()[0]);
    }

    @Test
    void aBadFileShowsAnErrorAndKeepsTheState(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        Path bad = dir.resolve("truncated-images-idx3-ubyte");
        Files.write(bad, new byte[] {0, 0, 8, 3, 0, 0, 0, 5, 0, 0, 0, 2, 0, 0, 0, 2, 1, 2});
        var dataBefore = vm().data().dataProperty().get();
        robot.interact(() -> vm().openFile(bad));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().noticeProperty().get() != null
                && vm().noticeProperty().get().error());
        WaitForAsyncUtils.waitForFxEvents();
        NotificationPane notice = robot.lookup("#noticePane").queryAs(NotificationPane.class);
        assertTrue(notice.isShowing());
        assertTrue(notice.getStyleClass().contains(MainView.ERROR));
        assertTrue(notice.getText().contains("truncated-images-idx3-ubyte"), notice.getText());
        assertTrue(notice.getText().contains("truncated"), notice.getText());
        assertEquals(dataBefore, vm().data().dataProperty().get());
    }

    @Test
    void aNoticeStaysAboveThePanesUntilClosed(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().noticeProperty().get() != null);
        NotificationPane notice = robot.lookup("#noticePane").queryAs(NotificationPane.class);
        Region bar = robot.lookup(".notification-bar").queryAs(Region.class);
        Node manifold = robot.lookup("#manifoldToggle").query();
        // Longer than the bar's slide-in; the notice must still be there, not covering the panes' buttons.
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notice.isShowing());
        assertFalse(notice.getStyleClass().contains(MainView.ERROR));
        assertTrue(notice.getText().startsWith("Loaded moons"), notice.getText());
        double barBottom = bar.localToScene(bar.getLayoutBounds()).getMaxY();
        assertTrue(bar.getHeight() > 20, "bar shown: " + bar.getHeight());
        assertTrue(manifold.localToScene(manifold.getLayoutBounds()).getMinY() >= barBottom - 0.5,
                "the latent pane's buttons lie below the notice");

        robot.clickOn(".notification-bar .close-button");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !notice.isShowing());
        assertNull(vm().noticeProperty().get());
    }

    @Test
    void closingTheWindowWhileTrainingStopsCleanly(FxRobot robot) throws Exception {
        loadSmallToySet(robot);
        robot.interact(() -> vm().settings().field("epochs").textProperty().set("100000"));
        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().training().reports().size() >= 2);
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
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().exploration().probeProperty().get() != null
                && vm().training().stateProperty().get() == TrainingState.PAUSED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.repaints().isListening());
        robot.interact(() -> {
            vm().exploration().probeXProperty().set(0.5);
            assertTrue(app.repaints().isListening(), "a probe move asks for a repaint");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.repaints().isListening());
    }
}
