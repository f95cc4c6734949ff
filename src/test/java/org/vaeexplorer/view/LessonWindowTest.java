package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.model.lessons.BundledLessons;
import org.vaeexplorer.viewmodel.LessonViewModel;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.TrainingState;

/** The window's lesson UI with recording file dialogs: menus and their keys, the start page, student mode. */
@ExtendWith(ApplicationExtension.class)
class LessonWindowTest {
    private final List<FileChooser> opened = new ArrayList<>();
    private final List<FileChooser> saved = new ArrayList<>();
    private int quits;
    private final ExecutorService modelThread = RealWindow.modelThread();
    private MainViewModel vm;
    private MainView view;

    @Start
    void start(Stage stage) throws Exception {
        vm = new MainViewModel(Platform::runLater, modelThread);
        view = RealWindow.frame(stage, vm, new MainView.FileDialogs() {
            @Override
            public File open(FileChooser chooser) {
                opened.add(chooser);
                return null;
            }

            @Override
            public File save(FileChooser chooser) {
                saved.add(chooser);
                return null;
            }
        });
        view.joinPanes();
        view.quitWith(() -> quits++);
        vm.startPage().list(Runnable::run);
        vm.startPage().show();
        stage.show();
    }

    private MenuItem item(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    private void loadToySet(FxRobot robot) {
        robot.interact(() -> {
            vm.settings().field("epochs").textProperty().set("100000");
            vm.settings().field("hidden").textProperty().set("4");
            vm.data().pointsProperty().set("200");
            view.exploreWithoutLesson();
        });
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.data().dataProperty().get() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Explore loads the first dataset", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStartPageShowsTheLessonsAndTheLessonsMenuListsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".start-page").query().isVisible());
        assertFalse(robot.lookup("#panes").query().isVisible());
        int lessons = BundledLessons.files().size();
        // The lessons are read off the FX thread; under load their cards may come a moment after the page.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(".lesson-card").queryAll().size() == lessons + 1);
        assertEquals(lessons + 1, robot.lookup(".lesson-card").queryAll().size(), "and Draw your own data");
        Menu menu = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(1);
        long named = menu.getItems().stream().filter(i -> vm.startPage().lessons().stream()
                .anyMatch(s -> s.name().equals(i.getText()))).count();
        assertEquals(lessons, named);

        loadToySet(robot);
        assertFalse(robot.lookup(".start-page").query().isVisible(), "data hides the start page");
        robot.interact(() -> item(robot, "_Start page").fire());
        assertTrue(robot.lookup(".start-page").query().isVisible(), "Lessons ▸ Start page shows it again");
    }

    @Test
    void theMenusKeysOpenSaveAndQuit(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertEquals(1, opened.size());
        assertTrue(opened.get(0).getExtensionFilters().get(0).getExtensions().contains("*.vaelesson"));
        assertTrue(opened.get(0).getExtensionFilters().get(0).getDescription().contains("lessons"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(1, saved.size());
        assertEquals("lesson.vaelesson", saved.get(0).getInitialFileName());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertEquals(1, saved.size(), "no model to save yet: Save model… is disabled, its key too");
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        assertEquals(1, quits);
    }

    @Test
    void spaceTrainsAndPausesButNotWhileTyping(FxRobot robot) throws Exception {
        loadToySet(robot);
        // Keys another test left pressed (a modifier) would change what Space means.
        robot.release(new KeyCode[0]);
        Node beta = robot.lookup("#setting-beta").query();
        robot.interact(beta::requestFocus);
        assertEquals(beta, beta.getScene().getFocusOwner());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(TrainingState.TRAINING, vm.training().stateProperty().get(), "typing a space");
        robot.interact(() -> vm.settings().field("beta").textProperty().set("1"));
        robot.interact(() -> robot.lookup("#latentCanvas").query().requestFocus());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TrainingState.TRAINING, vm.training().stateProperty().get());
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.training().stateProperty().get()
                != TrainingState.TRAINING);
    }

    @Test
    void studentModeDisablesAndHidesByIdAndOneClickUnlocks(FxRobot robot) throws Exception {
        loadToySet(robot);
        LessonViewModel lesson = vm.lesson();
        Node train = view.control("trainButton");
        Node open = view.control("openButton");
        Node rate = robot.lookup("#setting-lr").query();
        Node manifold = robot.lookup("#manifoldToggle").query();
        Node points = view.control("pointsField");
        assertFalse(train.isDisabled());
        robot.interact(() -> {
            lesson.setLocked("trainButton", true);
            lesson.setLocked("openButton", true);
            lesson.setLocked("setting-lr", true);
            lesson.setHidden("manifoldToggle", true);
            lesson.setHidden("pointsField", true);
        });
        assertFalse(train.isDisabled(), "chosen, not yet applied");
        robot.interact(() -> lesson.setStudentMode(true));
        assertTrue(train.isDisabled());
        assertTrue(open.isDisabled());
        assertTrue(rate.isDisabled());
        assertTrue(item(robot, "_Open…").isDisable(), "the menu item follows its button");
        assertTrue(item(robot, "_Train / Pause").isDisable());
        assertFalse(manifold.isVisible() || manifold.isManaged());
        assertFalse(points.isVisible() || points.isManaged());
        assertTrue(robot.lookup("#studentBadge").query().isVisible(), "the status bar says so");
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        assertTrue(opened.isEmpty(), "a locked Open's key does nothing");

        robot.clickOn("#studentBadge");
        assertFalse(lesson.studentModeProperty().get());
        assertFalse(train.isDisabled());
        assertFalse(open.isDisabled());
        assertFalse(rate.isDisabled());
        assertFalse(item(robot, "_Open…").isDisable());
        assertTrue(points.isVisible() && points.isManaged(), "a toy set's points field is back");
        assertFalse(robot.lookup("#studentBadge").query().isVisible());
        robot.interact(() -> lesson.setHidden("manifoldToggle", false));
        robot.interact(() -> item(robot, "Loc_k for students").fire());
        assertTrue(train.isDisabled(), "locked again by the menu");
        assertTrue(manifold.isVisible(), "follows the sets: no longer hidden");
    }

    @Test
    void theChooserDialogSetsWhatALessonLocksAndHides(FxRobot robot) {
        robot.interact(view::chooseStudentControls);
        robot.clickOn("#lock-trainButton");
        robot.clickOn("#hide-pointsField");
        assertTrue(vm.lesson().lockedControls().contains("trainButton"));
        assertTrue(vm.lesson().hiddenControls().contains("pointsField"));
        robot.clickOn("#lock-trainButton");
        assertFalse(vm.lesson().lockedControls().contains("trainButton"));
        assertTrue(robot.lookup("#lock-setting-lr").tryQuery().isPresent(), "every setting field is offered");
        robot.clickOn("Close");
    }

    @Test
    void theTitleNamesTheOpenLesson() {
        assertEquals("VAE Explorer", VaeExplorerApp.titleFor(""));
        assertEquals("VAE Explorer — The β trade-off", VaeExplorerApp.titleFor("The β trade-off"));
    }
}
