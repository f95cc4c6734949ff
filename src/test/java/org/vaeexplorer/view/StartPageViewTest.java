package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.model.lessons.BundledLessons;
import org.vaeexplorer.viewmodel.StartPageViewModel;

/** The start page on its own, headless, with a recording opener: a card per bundled lesson, opened by click or key. */
@ExtendWith(ApplicationExtension.class)
class StartPageViewTest {
    private final List<Path> opened = new ArrayList<>();
    private int explored;
    private int drawn;
    private StartPageView view;

    @Start
    void start(Stage stage) throws Exception {
        StartPageViewModel vm = new StartPageViewModel(Runnable::run, BundledLessons::files, notice -> { },
                new SimpleObjectProperty<>(), new SimpleStringProperty(""));
        FXMLLoader loader = new FXMLLoader(StartPageView.class.getResource("StartPageView.fxml"), Texts.bundle());
        Parent page = loader.load();
        view = loader.getController();
        view.bind(vm, opened::add, () -> explored++);
        view.offerDrawing(() -> drawn++);
        vm.list(Runnable::run);
        Scene scene = new Scene(page, 1280, 900);
        scene.getStylesheets().add(StartPageView.class.getResource("main.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aCardPerBundledLessonWithItsPictureAndAClickOpensIt(FxRobot robot) {
        List<Path> files = BundledLessons.files();
        List<Button> cards = robot.lookup(".lesson-card").queryAllAs(Button.class).stream()
                .filter(c -> c.getId().startsWith("lesson-")).toList();
        assertEquals(files.size(), cards.size());
        assertTrue(robot.lookup(".lesson-picture").queryAll().size() == files.size());
        for (Button card : cards) {
            assertTrue(card.getHeight() < StartPageView.PICTURE_HEIGHT + 320, card.getId() + " is as tall as its "
                    + "text at the picture's width, not " + card.getHeight());
        }
        Button second = robot.lookup("#lesson-" + name(files.get(1))).queryButton();
        robot.clickOn(second);
        assertEquals(List.of(files.get(1)), opened);
    }

    @Test
    void theKeyboardReachesAndOpensACard(FxRobot robot) {
        robot.interact(view::focusFirst);
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(BundledLessons.files().get(1)), opened, "Tab moves to the second card, Enter opens it");
    }

    @Test
    void exploreWithoutALessonAsksForTheExplorer(FxRobot robot) {
        robot.clickOn("Explore without a lesson");
        assertEquals(1, explored);
        assertTrue(opened.isEmpty());
    }

    @Test
    void theLastCardOpensAnEmptyDrawing(FxRobot robot) {
        Button card = robot.lookup("#drawOwnCard").queryButton();
        assertEquals(card, robot.lookup(".lesson-card").queryAllAs(Button.class).stream().reduce((a, b) -> b)
                .orElseThrow(), "after the lessons");
        // Below the fold in a small window: pressed as the keyboard would.
        robot.interact(card::fire);
        assertEquals(1, drawn);
        assertTrue(opened.isEmpty());
    }

    private static String name(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.')).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
