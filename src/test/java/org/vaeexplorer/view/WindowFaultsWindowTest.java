package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.MainViewModel;

/** The real window (headless) under faults: the notice shows the problem, the panes keep what they showed. */
@ExtendWith(ApplicationExtension.class)
class WindowFaultsWindowTest {
    private VaeExplorerApp app;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        app = RealWindow.open(stage);
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private NotificationPane errorShown(FxRobot robot, String fragment) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().noticeProperty().get() != null
                && vm().noticeProperty().get().error() && vm().noticeProperty().get().text().contains(fragment));
        WaitForAsyncUtils.waitForFxEvents();
        NotificationPane notice = robot.lookup("#noticePane").queryAs(NotificationPane.class);
        assertTrue(notice.isShowing());
        assertTrue(notice.getStyleClass().contains(MainView.ERROR));
        assertTrue(notice.getText().contains(fragment), notice.getText());
        return notice;
    }

    @Test
    void aFailedSaveAndTheRootFolderShowAnErrorAndKeepTheSession(FxRobot robot) throws Exception {
        RealWindow.smallMoonsTrainedOneEpoch(robot, vm());
        var data = vm().data().dataProperty().get();
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "a file");

        robot.interact(() -> vm().training().saveModel(notAFolder.resolve("model.vae")));
        errorShown(robot, "model.vae");
        robot.interact(() -> vm().openFile(dir.getRoot()));
        errorShown(robot, "it is a folder");

        assertEquals(data, vm().data().dataProperty().get());
        assertEquals(1, vm().training().reports().size());
    }
}
