package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableValue;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.lessons.LessonSummary;
import org.vaeexplorer.text.Texts;

/**
 * The start page: the bundled lessons' summaries, read off the UI thread, and whether the page is showing. It shows
 * when asked ({@link #show}) and hides when data or a lesson opens, or when the user explores without a lesson.
 */
public final class StartPageViewModel {
    /** The lesson files' extension, for file choosers. */
    public static final String EXTENSION = LessonFile.EXTENSION;
    private final Executor uiThread;
    private final Supplier<List<Path>> files;
    private final Consumer<Notice> notices;
    private final ObservableList<LessonSummary> lessons = FXCollections.observableArrayList();
    /**
     * The read-only view handed out, one for good: such a view follows its list through a weak listener, so a view
     * made per call could be collected, and the listeners added to it lost with it.
     */
    private final ObservableList<LessonSummary> shownLessons = FXCollections.unmodifiableObservableList(lessons);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper listing = new ReadOnlyBooleanWrapper(false);

    /**
     * @param uiThread   runs work on the UI thread
     * @param files      the lesson files to list ({@code BundledLessons::files} in the app)
     * @param notices    where a lesson that cannot be read is reported
     * @param data       the loaded data: the page hides when it changes
     * @param lessonName the open lesson's name: the page hides when it changes
     */
    public StartPageViewModel(Executor uiThread, Supplier<List<Path>> files, Consumer<Notice> notices,
            ObservableValue<?> data, ObservableValue<String> lessonName) {
        this.uiThread = uiThread;
        this.files = files;
        this.notices = notices;
        data.addListener((obs, was, now) -> {
            if (now != null) {
                hide();
            }
        });
        lessonName.addListener((obs, was, now) -> hide());
    }

    /** The lessons read so far, sorted by file name. */
    public ObservableList<LessonSummary> lessons() {
        return shownLessons;
    }

    /** True while the page covers the explorer. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** True while the lessons are being read. */
    public ReadOnlyBooleanProperty listingProperty() {
        return listing.getReadOnlyProperty();
    }

    public void show() {
        showing.set(true);
    }

    public void hide() {
        showing.set(false);
    }

    /**
     * Reads the lessons' summaries on {@code background} and then replaces the list; the files that cannot be read
     * are left out and named in one notice.
     */
    public void list(Executor background) {
        listing.set(true);
        background.execute(() -> {
            List<LessonSummary> read = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            try {
                for (Path file : files.get()) {
                    try {
                        read.add(LessonFile.summary(file));
                    } catch (DataFormatException | RuntimeException e) {
                        // A summary checks what it reads; anything else wrong with a file is still that file's problem.
                        problems.add(e instanceof DataFormatException ? e.getMessage()
                                : file.getFileName() + ": " + e.getMessage());
                    }
                }
            } finally {
                read.sort(Comparator.comparing(s -> s.file().getFileName().toString()));
                uiThread.execute(() -> listed(read, problems));
            }
        });
    }

    private void listed(List<LessonSummary> read, List<String> problems) {
        lessons.setAll(read);
        listing.set(false);
        if (!problems.isEmpty()) {
            String all = String.join("; ", problems);
            notices.accept(new Notice(Texts.get("notice.lessonsUnreadable", problems.size(), all), true));
        }
    }
}
