package org.vaeexplorer.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.vaeexplorer.text.Texts;

/**
 * File ▸ Open recent: the files last opened (models, lessons, data), newest first, at most {@link #MAX}. Where they
 * are remembered between runs is the view's business; a file gone since is dropped with a notice when chosen.
 */
public final class RecentFilesViewModel {
    /** How many files the menu lists. */
    public static final int MAX = 8;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final Consumer<Path> opener;
    private final Consumer<Notice> notices;

    RecentFilesViewModel(Consumer<Path> opener, Consumer<Notice> notices) {
        this.opener = opener;
        this.notices = notices;
    }

    /** Newest first. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Restores a remembered list (newest first), keeping the first {@link #MAX} distinct ones. */
    public void restore(List<Path> remembered) {
        files.clear();
        for (int i = remembered.size() - 1; i >= 0; i--) {
            remember(remembered.get(i));
        }
    }

    /** A file was opened: it goes to the top. */
    void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
    }

    /** Opens a listed file; one that is gone is dropped from the list, with a notice. */
    public void open(Path file) {
        if (!Files.isRegularFile(file)) {
            files.remove(file);
            notices.accept(new Notice(Texts.get("recent.missing", file.getFileName()), true));
            return;
        }
        opener.accept(file);
    }
}
