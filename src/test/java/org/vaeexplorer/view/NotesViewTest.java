package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.model.lessons.LessonNotes;

/** The notes pane on its own: the teacher's note only when unlocked, in the chosen language, markdown rendered. */
@ExtendWith(ApplicationExtension.class)
class NotesViewTest {
    private final SimpleStringProperty name = new SimpleStringProperty("");
    private final SimpleObjectProperty<LessonNotes> notes = new SimpleObjectProperty<>(LessonNotes.none());
    private final SimpleBooleanProperty studentMode = new SimpleBooleanProperty(false);
    private NotesView view;

    @Start
    void start(Stage stage) throws Exception {
        FXMLLoader loader = new FXMLLoader(NotesView.class.getResource("NotesView.fxml"), Texts.bundle());
        Parent pane = loader.load();
        view = loader.getController();
        view.bind(name, notes, studentMode);
        stage.setScene(new Scene(pane, 400, 700));
        stage.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            view.setLanguage("en");
            name.set("Two Gaussians");
            notes.set(new LessonNotes(
                    Map.of("en", "## What to ask\n\n- Why are the **colours** mixed?\n- What would z2 add?",
                            "zh-CN", "## 提问\n\n- 为什么颜色混在一起？"),
                    Map.of("en", "One latent axis.\n\nDrag the probe.", "zh-CN", "一个潜在轴。")));
        });
    }

    private boolean shows(FxRobot robot, String text) {
        return robot.lookup(".notes-span").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().contains(text))
                || robot.lookup(".notes-bold").queryAllAs(Text.class).stream()
                        .anyMatch(t -> t.getText().contains(text))
                || robot.lookup(".notes-heading").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().contains(text));
    }

    @Test
    void theTeachersNoteShowsOnlyWhenUnlocked(FxRobot robot) {
        open(robot);
        assertTrue(shows(robot, "One latent axis."));
        assertTrue(shows(robot, "Why are the "), "a bullet");
        assertTrue(shows(robot, "What to ask"), "a heading");
        assertTrue(robot.lookup(".notes-bold").queryAllAs(Text.class).stream()
                .anyMatch(t -> t.getText().equals("colours")), "bold spans");
        robot.interact(() -> studentMode.set(true));
        assertTrue(shows(robot, "Drag the probe."));
        assertFalse(shows(robot, "What to ask"), "no teacher's note in student mode");
        assertFalse(shows(robot, "colours"));
        robot.interact(() -> studentMode.set(false));
        assertTrue(shows(robot, "What to ask"));
    }

    @Test
    void theLanguageSwitchShowsTheChineseNotes(FxRobot robot) {
        open(robot);
        robot.clickOn("简体中文");
        assertTrue(shows(robot, "一个潜在轴。"));
        assertTrue(shows(robot, "提问"));
        assertFalse(shows(robot, "One latent axis."));
        robot.clickOn("简体中文");
        assertTrue(shows(robot, "一个潜在轴。"), "clicking the chosen language again keeps it");
        robot.clickOn("English");
        assertTrue(shows(robot, "One latent axis."));
    }
}
