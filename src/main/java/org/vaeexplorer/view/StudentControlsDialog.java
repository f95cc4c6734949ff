package org.vaeexplorer.view;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.LessonViewModel;

/**
 * "Choose what students can change…": one row per lockable control with a Lock and a Hide check box, each applied
 * at once to the lesson (and saved with it). Student mode turns them on.
 */
final class StudentControlsDialog {
    private StudentControlsDialog() {
    }

    /**
     * @param controls the lockable controls' ids and names ({@link StudentMode#lockableControls})
     * @param lesson   whose locked and hidden controls the boxes set
     */
    static Dialog<ButtonType> create(Window owner, Map<String, String> controls, LessonViewModel lesson) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, header(Texts.get("student.control")), header(Texts.get("student.lock")),
                header(Texts.get("student.hide")));
        int row = 1;
        for (Map.Entry<String, String> control : controls.entrySet()) {
            String id = control.getKey();
            CheckBox lock = new CheckBox();
            lock.setId("lock-" + id);
            lock.setSelected(lesson.lockedControls().contains(id));
            lock.selectedProperty().addListener((obs, was, now) -> lesson.setLocked(id, now));
            CheckBox hide = new CheckBox();
            hide.setId("hide-" + id);
            hide.setSelected(lesson.hiddenControls().contains(id));
            hide.selectedProperty().addListener((obs, was, now) -> lesson.setHidden(id, now));
            Label name = new Label(control.getValue());
            name.setLabelFor(lock);
            grid.addRow(row++, name, lock, hide);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        OwnerLook.follow(dialog.getDialogPane(), owner);
        dialog.setTitle(Texts.get("student.dialog.title"));
        dialog.setHeaderText(Texts.get("student.dialog.header"));
        dialog.getDialogPane().setContent(scroll);
        CjkFont.style(dialog.getDialogPane().getStylesheets());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section");
        return label;
    }
}
