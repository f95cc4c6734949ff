package org.vaeexplorer.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.vaeexplorer.text.Texts;

/** Help ▸ Keyboard shortcuts: every key the window answers to, with what it does. */
final class ShortcutsDialog {
    /** The shortcuts' keys in the bundle, in the order shown: "shortcuts.NAME.key" and "shortcuts.NAME". */
    static final List<String> SHORTCUTS = List.of("open", "saveModel", "saveLesson", "quit", "train",
            "stepMinibatch", "undo", "probe", "startPage", "help", "presenter", "fullScreen", "menus");

    private ShortcutsDialog() {
    }

    static Dialog<ButtonType> create(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (String shortcut : SHORTCUTS) {
            Label key = new Label(Texts.get("shortcuts." + shortcut + ".key"));
            key.getStyleClass().add("section");
            grid.addRow(row++, key, new Label(Texts.get("shortcuts." + shortcut)));
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        OwnerLook.follow(dialog.getDialogPane(), owner);
        dialog.setTitle(Texts.get("shortcuts.title"));
        dialog.getDialogPane().setContent(grid);
        CjkFont.style(dialog.getDialogPane().getStylesheets());
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }
}
