package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.lessons.BundledLessons;

/**
 * The main window's view model: makes the panes' view models ({@link DataViewModel}, {@link TrainingViewModel},
 * {@link ExplorationViewModel}) around one {@link ModelWorker}, and carries the notices they raise. Properties change
 * on the UI thread only; every model call runs on the model thread, and results come back as immutable snapshots.
 */
public final class MainViewModel {
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final DataViewModel data;
    private final TrainingViewModel training;
    private final ExplorationViewModel exploration;
    private final LessonViewModel lesson;
    private final StartPageViewModel startPage;

    /**
     * @param uiThread    runs work on the UI thread ({@code Platform::runLater} in the app, direct in tests)
     * @param modelThread one thread for all model work
     */
    public MainViewModel(Executor uiThread, Executor modelThread) {
        ModelWorker worker = new ModelWorker(modelThread);
        ExplorerSession session = new ExplorerSession();
        data = new DataViewModel(uiThread, worker, session, notice::set);
        training = new TrainingViewModel(uiThread, worker, session, data, notice::set);
        exploration = new ExplorationViewModel(uiThread, worker, session, data, training, notice::set);
        lesson = new LessonViewModel();
        startPage = new StartPageViewModel(uiThread, BundledLessons::files, notice::set, data.dataProperty(),
                lesson.nameProperty());
    }

    public DataViewModel data() {
        return data;
    }

    public TrainingViewModel training() {
        return training;
    }

    public ExplorationViewModel exploration() {
        return exploration;
    }

    /** The open lesson, its notes and student mode. */
    public LessonViewModel lesson() {
        return lesson;
    }

    /** The start page: the bundled lessons, shown when no data is loaded. */
    public StartPageViewModel startPage() {
        return startPage;
    }

    /** The settings of the training pane. */
    public SettingsViewModel settings() {
        return training.settings();
    }

    /** The loss chart of the training pane. */
    public LossChartViewModel chart() {
        return training.chart();
    }

    /** The newest message for the user, or {@code null} once dismissed. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /**
     * Opens a model ({@code .vae}), or a CSV or IDX data file; a bad file leaves the current data, model and chart
     * as they were.
     */
    public void openFile(Path file) {
        if (ModelFile.looksLikeModel(file)) {
            training.openModel(file);
        } else {
            data.openDataFile(file);
        }
    }

    /** Stops training so that the application can exit; the model thread is the caller's to shut down. */
    public void shutdown() {
        training.pause();
    }
}
