package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.vaeexplorer.model.data.ImageFolderReader;
import org.vaeexplorer.text.Texts;

/**
 * Opening a folder of images: the options the user chooses (size, colour, what to do with unreadable pictures), then
 * the reading's progress, which the user may cancel. Reading runs on the model thread; the counts arrive here on the
 * UI thread, at most one hand-over pending.
 */
public final class FolderImportViewModel {
    /** Unreadable pictures named one by one in the notice, before "and N more". */
    private static final int NAMED_SKIPS = 3;

    /** How the data pane reads a folder with the chosen options. */
    interface Reader {
        void read(Path folder, ImageFolderReader.Options options, Reading reading);
    }

    private final Reader reader;
    private final Consumer<Notice> notices;
    private final Coalescer<int[]> counts;
    private final StringProperty size = new SimpleStringProperty("28x28");
    private final BooleanProperty colour = new SimpleBooleanProperty(false);
    private final BooleanProperty refuseUnreadable = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper filesRead = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper filesTotal = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper folderName = new ReadOnlyStringWrapper("");
    private Reading current;

    FolderImportViewModel(Executor uiThread, Reader reader, Consumer<Notice> notices) {
        this.reader = reader;
        this.notices = notices;
        this.counts = new Coalescer<>(uiThread, c -> {
            if (reading.get()) {
                filesRead.set(c[0]);
                filesTotal.set(c[1]);
            }
        });
    }

    /** One reading of a folder, told of its progress from the model thread. */
    public final class Reading {
        private volatile boolean cancelled;

        void filesRead(int done, int total) {
            counts.publish(new int[] {done, total});
        }

        boolean cancelled() {
            return cancelled;
        }

        /** On the UI thread, once the reading has ended in any way. */
        void finished() {
            if (current == this) {
                current = null;
                reading.set(false);
            }
        }
    }

    /** The size pictures are made, as typed: {@code 28x28}, or {@code 28} for a square. */
    public StringProperty sizeProperty() {
        return size;
    }

    /** Colour (red, green, blue per pixel) rather than grey. */
    public BooleanProperty colourProperty() {
        return colour;
    }

    /** One unreadable picture refuses the folder, rather than being skipped and counted. */
    public BooleanProperty refuseUnreadableProperty() {
        return refuseUnreadable;
    }

    public ReadOnlyIntegerProperty filesReadProperty() {
        return filesRead.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty filesTotalProperty() {
        return filesTotal.getReadOnlyProperty();
    }

    /** True from {@link #open} until the reading has ended (read, failed or cancelled). */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The folder being read, for the progress dialog's title. */
    public ReadOnlyStringProperty folderNameProperty() {
        return folderName.getReadOnlyProperty();
    }

    /**
     * The progress window's line: "Looking for pictures in mnist-png…" while the folder is listed (no total yet),
     * then "1,200 of 10,001 pictures read".
     */
    public String progressText() {
        return filesTotal.get() == 0 ? Texts.get("folder.progress.listing", folderName.get())
                : Texts.get("folder.progress.count", String.valueOf(filesRead.get()),
                        String.valueOf(filesTotal.get()));
    }

    /** What is wrong with the typed size, or {@code null} when it will do. */
    public String sizeProblem() {
        try {
            ImageFolderReader.Options.of(size.get(), false, false);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * Reads {@code folder} with the chosen options. A size that will not do, or a reading already under way, is a
     * notice and changes nothing.
     *
     * @return whether reading started
     */
    public boolean open(Path folder) {
        if (reading.get()) {
            notices.accept(new Notice(Texts.get("folder.busy"), true));
            return false;
        }
        ImageFolderReader.Options options;
        try {
            options = ImageFolderReader.Options.of(size.get(), colour.get(), refuseUnreadable.get());
        } catch (IllegalArgumentException e) {
            notices.accept(new Notice(e.getMessage(), true));
            return false;
        }
        current = new Reading();
        folderName.set(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
        filesRead.set(0);
        filesTotal.set(0);
        reading.set(true);
        reader.read(folder, options, current);
        return true;
    }

    /** Stops the reading before its next picture; the data stays as it was. */
    public void cancel() {
        if (current != null) {
            current.cancelled = true;
        }
    }

    /** "3 pictures could not be read and were skipped: a.png (why), …", or {@code null} when none was. */
    static String skippedNote(List<ImageFolderReader.Skipped> skipped) {
        if (skipped.isEmpty()) {
            return null;
        }
        StringBuilder named = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED_SKIPS, skipped.size()); i++) {
            named.append(i == 0 ? "" : Texts.get("folder.skipped.separator"))
                    .append(Texts.get("folder.skipped.one", skipped.get(i).file(), skipped.get(i).reason()));
        }
        if (skipped.size() > NAMED_SKIPS) {
            named.append(Texts.get("folder.skipped.more", String.valueOf(skipped.size() - NAMED_SKIPS)));
        }
        return Texts.get("folder.skipped", skipped.size(), named.toString());
    }
}
