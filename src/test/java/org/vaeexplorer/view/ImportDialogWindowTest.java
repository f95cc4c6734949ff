package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.data.ColumnRole;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.viewmodel.MainViewModel;

/** The real window (headless) opening CSV files through the import dialog: a bad one, then the UCI wine table. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogWindowTest {
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

    private void waitForDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#okButton").tryQuery().isPresent()
                && !robot.lookup("#okButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void aBadFileIsToldInTheDialogAndWineOpensWithTheRolesChosen(FxRobot robot) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b\n1,2\n3,x\n4,5\n");
        robot.interact(() -> vm().openFile(bad));
        waitForDialog(robot);
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".problem").queryAll().stream()
                .anyMatch(n -> n instanceof Label l && l.isVisible() && l.getText().contains("line 3, column 2")));
        assertNull(vm().data().dataProperty().get(), "the session is as it was");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#okButton").tryQuery().isEmpty());

        Path wine = dir.resolve("wine.csv");
        Files.copy(Path.of(getClass().getResource("/org/vaeexplorer/model/data/uci/wine.csv").toURI()), wine);
        robot.interact(() -> vm().openFile(wine));
        waitForDialog(robot);
        @SuppressWarnings("unchecked")
        ChoiceBox<ColumnRole> label = robot.lookup("#role-13").queryAs(ChoiceBox.class);
        assertEquals(ColumnRole.LABEL, label.getValue(), "the text column 'target' is proposed as the label");
        @SuppressWarnings("unchecked")
        ChoiceBox<ColumnRole> first = robot.lookup("#role-0").queryAs(ChoiceBox.class);
        robot.interact(() -> first.setValue(ColumnRole.IGNORED));
        robot.clickOn("#okButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null);
        Dataset data = vm().data().dataProperty().get().data();
        assertEquals(12, data.cols());
        assertEquals(178, data.rows());
        assertEquals(3, data.classNames().size());
        assertTrue(robot.lookup("#okButton").tryQuery().isEmpty(), "the dialog closed");
    }
}
