package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.vaeexplorer.model.lessons.LessonNotes;
import org.vaeexplorer.text.Texts;

/**
 * The notes pane ({@code NotesView.fxml}): the open lesson's name, the class's note and, unless in student mode, the
 * teacher's, in English or Simplified Chinese. Shown only while a lesson is open.
 */
public final class NotesView {
    /** The style class of the teacher's part, and of its heading. */
    static final String TEACHER = "notes-teacher";
    @FXML private Label lessonName;
    @FXML private SegmentedButton languageButtons;
    @FXML private ToggleButton englishButton;
    @FXML private ToggleButton chineseButton;
    @FXML private VBox notesBox;
    private ObservableValue<LessonNotes> notes;
    private ObservableBooleanValue studentMode;

    /** The notes' language: the window's (Simplified Chinese where it is Chinese). */
    static String defaultLanguage() {
        return Texts.language().equals(Locale.SIMPLIFIED_CHINESE) ? "zh-CN" : "en";
    }

    /**
     * @param name        the open lesson's name, empty when none is open
     * @param notes       its notes
     * @param studentMode whether students are at the screen: the teacher's note is then not shown
     */
    public void bind(ObservableValue<String> name, ObservableValue<LessonNotes> notes,
            ObservableBooleanValue studentMode) {
        this.notes = notes;
        this.studentMode = studentMode;
        lessonName.textProperty().bind(name);
        (defaultLanguage().equals("zh-CN") ? chineseButton : englishButton).setSelected(true);
        // A segmented button lets the selected one be clicked off: one language is always chosen.
        languageButtons.getToggleGroup().selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        InvalidationListener render = obs -> render();
        notes.addListener(render);
        studentMode.addListener(render);
        englishButton.selectedProperty().addListener(render);
        render();
    }

    /** The language chosen, a tag of {@link LessonNotes#LANGUAGES}. */
    String language() {
        return chineseButton.isSelected() ? "zh-CN" : "en";
    }

    /** Chooses the notes' language (a tag of {@link LessonNotes#LANGUAGES}). */
    void setLanguage(String language) {
        ("zh-CN".equals(language) ? chineseButton : englishButton).setSelected(true);
    }

    private void render() {
        LessonNotes shown = notes.getValue();
        String language = language();
        List<Node> parts = new ArrayList<>(NoteText.render(shown.classNote(language)));
        String teacher = shown.teacher(language);
        if (!studentMode.get() && !teacher.isBlank()) {
            Label heading = new Label(Texts.get("notes.teacher"));
            heading.getStyleClass().addAll("notes-heading", TEACHER);
            VBox teacherPart = new VBox(8);
            teacherPart.getStyleClass().add(TEACHER);
            teacherPart.getChildren().add(heading);
            teacherPart.getChildren().addAll(NoteText.render(teacher));
            parts.add(teacherPart);
        }
        if (parts.isEmpty() && !shown.languages().isEmpty()) {
            Label none = new Label(Texts.get("notes.none"));
            none.getStyleClass().add("dim");
            parts.add(none);
        }
        notesBox.getChildren().setAll(parts);
    }
}
