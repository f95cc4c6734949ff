package org.vaeexplorer.view;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every key the window answers to, with what it does. */
final class ShortcutsDialog {
    /** Keys and what they do, in the order shown. */
    static final List<List<String>> SHORTCUTS = List.of(
            List.of("Ctrl+O", "Open data, a model or a lesson"),
            List.of("Ctrl+S", "Save the model"),
            List.of("Ctrl+Shift+S", "Save the session as a lesson"),
            List.of("Ctrl+Q", "Quit"),
            List.of("Space", "Train, pause or resume (not while typing in a field)"),
            List.of("Ctrl+M", org.vaeexplorer.text.Texts.get("motion.shortcut")),
            List.of("Ctrl+Z, Ctrl+Shift+Z", org.vaeexplorer.text.Texts.get("draw.shortcut")),
            List.of("Arrow keys", "Move the probe by 0.1 (Shift: 0.5)"),
            List.of("Tab, Enter", "On the start page: go from lesson to lesson, open one"),
            List.of("F1", "This list"),
            List.of("Alt+letter", "Open a menu by its underlined letter"));

    private ShortcutsDialog() {
    }

    static Dialog<ButtonType> create(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(20);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (List<String> shortcut : SHORTCUTS) {
            Label key = new Label(shortcut.get(0));
            key.getStyleClass().add("section");
            grid.addRow(row++, key, new Label(shortcut.get(1)));
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return dialog;
    }
}
