package org.vaeexplorer.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.vaeexplorer.model.data.DataFormatException;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.lessons.Lesson;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.lessons.LessonNames;
import org.vaeexplorer.model.lessons.LessonNotes;
import org.vaeexplorer.model.lessons.LessonPreview;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.TrainingCheckpoint;
import org.vaeexplorer.text.Texts;

/**
 * The open lesson: opening a {@code .vaelesson} restores data, settings, model, optimiser, history and view; saving
 * writes the session as one; Reset goes back to the lesson as opened; in student mode the controls the lesson locks
 * or hides are so, until the teacher unlocks them.
 */
public final class LessonViewModel {
    private final Executor uiThread;
    private final ModelWorker worker;
    private final ExplorerSession session;
    private final DataViewModel data;
    private final TrainingViewModel training;
    private final ExplorationViewModel exploration;
    private final Consumer<Notice> notices;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownName = new ReadOnlyStringWrapper("");
    /** The name of the file the open lesson came from, for its translated name; {@code null} before one. */
    private String openedFileName;
    private final ReadOnlyObjectWrapper<LessonNotes> notes = new ReadOnlyObjectWrapper<>(LessonNotes.none());
    private final ObservableSet<String> locked = FXCollections.observableSet();
    /** Read-only views handed out once (a view made per call, with its weak listener, could be collected). */
    private final ObservableSet<String> shownLocked = FXCollections.unmodifiableObservableSet(locked);
    private final ObservableSet<String> hidden = FXCollections.observableSet();
    private final ObservableSet<String> shownHidden = FXCollections.unmodifiableObservableSet(hidden);
    private final ReadOnlyBooleanWrapper studentMode = new ReadOnlyBooleanWrapper(false);
    /** The lesson as opened or last saved, and its data: what Reset goes back to. {@code null} when none is open. */
    private Opened opened;
    /** True while a lesson's state is put into the panes: the data that changes then does not close it. */
    private boolean restoring;

    /** A lesson and the data it was opened on (for data the lesson does not hold, the data that was current). */
    private record Opened(Lesson lesson, Dataset dataset, LessonData source) {
    }

    LessonViewModel(Executor uiThread, ModelWorker worker, ExplorerSession session, DataViewModel data,
            TrainingViewModel training, ExplorationViewModel exploration, Consumer<Notice> notices) {
        this.uiThread = uiThread;
        this.worker = worker;
        this.session = session;
        this.data = data;
        this.training = training;
        this.exploration = exploration;
        this.notices = notices;
        data.dataProperty().addListener((obs, was, now) -> {
            if (!restoring) {
                close();
            }
        });
    }

    /** The open lesson's name in the language in use (a bundled lesson's translation), for the title. */
    public ReadOnlyStringProperty shownNameProperty() {
        return shownName.getReadOnlyProperty();
    }

    /** The open lesson's name, empty when none is open. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The open lesson's notes ({@link LessonNotes#none()} when none is open). */
    public ReadOnlyObjectProperty<LessonNotes> notesProperty() {
        return notes.getReadOnlyProperty();
    }

    /** Ids of the controls students cannot change (node ids, as FXML's fx:id gives them). */
    public ObservableSet<String> lockedControls() {
        return shownLocked;
    }

    /** Ids of the controls students do not see. */
    public ObservableSet<String> hiddenControls() {
        return shownHidden;
    }

    /** The teacher chooses what a saved lesson locks (ignored in student mode). */
    public void setLocked(String controlId, boolean lock) {
        choose(locked, controlId, lock);
    }

    /** The teacher chooses what a saved lesson hides (ignored in student mode). */
    public void setHidden(String controlId, boolean hide) {
        choose(hidden, controlId, hide);
    }

    /** Puts a control in or out of a set, unless in student mode, where the sets stay as the lesson has them. */
    private void choose(ObservableSet<String> controls, String controlId, boolean in) {
        if (!studentMode.get()) {
            if (in) {
                controls.add(controlId);
            } else {
                controls.remove(controlId);
            }
        }
    }

    /** True while the locked and hidden controls are so: on when a lesson that locks or hides any opens. */
    public ReadOnlyBooleanProperty studentModeProperty() {
        return studentMode.getReadOnlyProperty();
    }

    /** The teacher unlocks ({@code false}) or locks again ({@code true}). */
    public void setStudentMode(boolean on) {
        studentMode.set(on);
    }

    /**
     * Opens a lesson: its data, settings, model, optimiser state, history and view. A damaged or foreign file, or
     * one whose data cannot be had, leaves the session as it was and raises a notice.
     */
    public void open(Path file) {
        training.pause();
        String fileName = file.getFileName().toString();
        long request = data.startLoading(fileName);
        worker.run(() -> {
            String problem;
            try {
                Lesson lesson = LessonFile.load(file);
                session.files().remember(file);
                LessonData source = lesson.data();
                if (source instanceof LessonData.External named && named.choice() != null) {
                    uiThread.execute(() -> data.rememberImport(Path.of(named.path()), named.choice()));
                }
                Dataset dataset;
                if (source instanceof LessonData.External && session.data() != null) {
                    // The lesson names a file it does not hold: it is never opened for it; the current data may do.
                    dataset = session.data();
                    source = session.dataSource();
                } else {
                    dataset = source.load();
                }
                restoreOnModelThread(new Opened(lesson, dataset, source), fileName, request);
                return;
            } catch (DataFormatException e) {
                problem = Texts.get("notice.couldNotOpen", e.getMessage());
            } catch (InvalidConfigException e) {
                problem = Texts.get("notice.lesson.unsuited", fileName, e.getMessage());
            } catch (RuntimeException e) {
                problem = Texts.get("notice.couldNotOpenFile", fileName, e.getMessage());
            } catch (OutOfMemoryError e) {
                problem = Texts.get("notice.lesson.memory", fileName);
            }
            String message = problem;
            uiThread.execute(() -> {
                data.loadEnded(request);
                failed(message);
            });
        });
    }

    /** Goes back to the open lesson as it was opened (or last saved). */
    void reset() {
        Opened lesson = opened;
        if (lesson == null) {
            return;
        }
        training.pause();
        // The lesson's data is made again: Train waits for it, as for any data (DataViewModel.startLoading).
        long request = data.startLoading(shownName.get());
        worker.run(() -> {
            try {
                restoreOnModelThread(lesson, null, request);
            } catch (RuntimeException e) {
                uiThread.execute(() -> {
                    data.loadEnded(request);
                    failed(Texts.get("notice.lesson.reset", e.getMessage()));
                });
            }
        });
    }

    /**
     * Saves the session as a lesson (atomically), named as the open lesson or, without one, as the file; the saved
     * state becomes what Reset goes back to.
     */
    public void save(Path file) {
        DataSnapshot current = data.dataProperty().get();
        VaeConfig form = training.settings().configProperty().get();
        if (form == null) {
            form = training.modelConfigProperty().get();
        }
        if (current == null || form == null) {
            notices.accept(new Notice(Texts.get(current == null ? "notice.lesson.nothing" : "notice.lesson.invalid"),
                    true));
            return;
        }
        training.pause();
        String fileName = file.getFileName().toString();
        String lessonName = name.get().isEmpty() ? stem(fileName) : name.get();
        VaeConfig settings = form;
        LessonNotes lessonNotes = notes.get();
        Map<String, String> view = LessonViewState.capture(exploration, training.chart());
        Set<String> lockedIds = Set.copyOf(locked);
        Set<String> hiddenIds = Set.copyOf(hidden);
        // Queued after any running epoch has stopped, so that the weights and the history agree.
        worker.run(() -> {
            try {
                TrainingCheckpoint checkpoint = session.hasModel() ? session.trainer().checkpoint() : null;
                List<EpochReport> history = checkpoint == null ? List.of() : session.history();
                Lesson lesson = new Lesson(lessonName, lessonNotes, session.dataSource(), settings, checkpoint,
                        history, view, lockedIds, hiddenIds);
                LessonPreview preview = checkpoint == null ? null : LessonPreview.of(session.trainer().model(),
                        session.data());
                session.files().saveChecked(file, () -> LessonFile.save(lesson, preview, file));
                Opened saved = new Opened(lesson, session.data(), session.dataSource());
                uiThread.execute(() -> {
                    becomeOpen(saved);
                    notices.accept(new Notice(Texts.get("notice.lesson.saved", lessonName, fileName), false));
                });
            } catch (IOException e) {
                uiThread.execute(() -> failed(Texts.get("notice.couldNotSaveFile", fileName, e.getMessage())));
            } catch (IllegalArgumentException e) {
                uiThread.execute(() -> failed(Texts.get("notice.lesson.couldNotSave", e.getMessage())));
            }
        });
    }

    /**
     * On the model thread: makes the lesson's data and model current, then puts its state into the panes and ends
     * the loading {@code request}.
     */
    private void restoreOnModelThread(Opened lesson, String fileName, long request) {
        Lesson l = lesson.lesson();
        DataSnapshot snapshot = session.openLesson(lesson.dataset(), lesson.source(), l.training(), l.history());
        uiThread.execute(() -> restored(lesson, snapshot, fileName, request));
        // After the hand-over above: the pictures of the lesson's model must not land before it clears the old.
        training.weightsChanged();
    }

    private void restored(Opened lesson, DataSnapshot snapshot, String fileName, long request) {
        Lesson l = lesson.lesson();
        restoring = true;
        try {
            // Before the training pane's status: clearing it afterwards would put back a plain "Paused.".
            data.loadEnded(request);
            data.showFromLesson(snapshot, lesson.source());
            training.restore(l.settings(), l.training() == null ? null : l.training().model().config(), l.history());
            Dataset d = snapshot.data();
            LessonViewState.restore(l.view(), exploration, training.chart(), d.rows(), d.cols());
        } finally {
            restoring = false;
        }
        if (fileName != null) {
            openedFileName = fileName;
        }
        becomeOpen(lesson);
        studentMode.set(!locked.isEmpty() || !hidden.isEmpty());
        notices.accept(new Notice(Texts.get(fileName == null ? "notice.lesson.back" : "notice.lesson.opened",
                shownName.get()),
                false));
    }

    private void becomeOpen(Opened lesson) {
        opened = lesson;
        Lesson l = lesson.lesson();
        name.set(l.name());
        shownName.set(openedFileName == null ? l.name() : LessonNames.shown(Path.of(openedFileName), l.name()));
        notes.set(l.notes());
        locked.clear();
        locked.addAll(l.locked());
        hidden.clear();
        hidden.addAll(l.hidden());
        training.resetTo(this::reset);
    }

    /** Other data was opened: the lesson is no longer what the window shows. */
    private void close() {
        opened = null;
        studentMode.set(false);
        openedFileName = null;
        name.set("");
        shownName.set("");
        notes.set(LessonNotes.none());
        locked.clear();
        hidden.clear();
        training.resetTo(null);
    }

    private void failed(String message) {
        notices.accept(new Notice(message, true));
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        return stem.isBlank() ? "Lesson" : stem;
    }
}
