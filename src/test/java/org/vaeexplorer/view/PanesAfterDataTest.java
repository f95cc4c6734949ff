package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.MainViewModel;

/** The panes join the window after its first frame: data that arrived before then is shown as if it came after. */
@ExtendWith(ApplicationExtension.class)
class PanesAfterDataTest {
    private final ExecutorService modelThread = RealWindow.modelThread();
    private MainViewModel vm;
    private MainView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vm = new MainViewModel(Platform::runLater, modelThread);
        view = RealWindow.frame(stage, vm, new MainView.FileDialogs() {
            @Override
            public java.io.File open(javafx.stage.FileChooser chooser) {
                return null;
            }

            @Override
            public java.io.File save(javafx.stage.FileChooser chooser) {
                return null;
            }
        });
        stage.show();
    }

    @Test
    void imagesLoadedBeforeThePanesJoinGetTheImagePanel(FxRobot robot) throws Exception {
        robot.interact(() -> vm.data().datasetChoiceProperty().set(vm.data().datasetChoices().stream()
                .filter(c -> c.id().equals("mnist-10k")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.data().dataProperty().get() != null);
        assertNull(stage.getScene().lookup("#imagePanel"), "no panes yet");
        robot.interact(view::joinPanes);
        assertNotNull(stage.getScene().lookup("#imagePanel"), "the image panel of data that came first");
    }
}
