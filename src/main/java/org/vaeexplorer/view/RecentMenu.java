package org.vaeexplorer.view;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.RecentFilesViewModel;

/**
 * File ▸ Open recent: an item per recently opened file (its name and folder, numbered for the keyboard), remembered
 * between runs in the user's preferences beside the window's size.
 */
final class RecentMenu {
    private static final String KEY = "recentFiles";
    private final Preferences prefs = Preferences.userRoot().node("org/vaeexplorer/" + System.getProperty(
            "vaeexplorer.profile", "main"));
    private final Menu menu;
    private final RecentFilesViewModel recent;

    RecentMenu(Menu menu, RecentFilesViewModel recent) {
        this.menu = menu;
        this.recent = recent;
        menu.setText(Texts.get("recent.menu"));
        recent.restore(remembered());
        recent.files().addListener((ListChangeListener<Path>) change -> {
            prefs.put(KEY, String.join("\n", recent.files().stream().map(Path::toString).toList()));
            fill();
        });
        fill();
    }

    private List<Path> remembered() {
        List<Path> files = new ArrayList<>();
        for (String line : prefs.get(KEY, "").split("\n")) {
            try {
                if (!line.isBlank()) {
                    files.add(Path.of(line));
                }
            } catch (InvalidPathException e) {
                // A name from another system's preferences: not a file here.
            }
        }
        return files;
    }

    private void fill() {
        List<MenuItem> items = new ArrayList<>();
        int n = 1;
        for (Path file : recent.files()) {
            Path folder = file.getParent();
            // The number is the mnemonic; the underscores of the user's names are doubled to stay underscores.
            String name = file.getFileName() + (folder == null ? "" : "  —  " + folder);
            MenuItem item = new MenuItem("_" + n++ + "  " + name.replace("_", "__"));
            item.setOnAction(e -> recent.open(file));
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("recent.empty"));
            none.setDisable(true);
            items.add(none);
        }
        menu.getItems().setAll(items);
    }
}
