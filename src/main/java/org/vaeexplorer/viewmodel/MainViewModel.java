package org.vaeexplorer.viewmodel;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.vaeexplorer.model.files.ModelFile;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.lessons.BundledLessons;
import org.vaeexplorer.text.Texts;

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
    private final KlChartViewModel kl;
    private final TimelineViewModel timeline;
    private final ModelWorker worker;
    private final StartPageViewModel startPage;
    private final DisplayViewModel display = new DisplayViewModel();
    private final RecentFilesViewModel recent;
    private final ExportViewModel export;
    private final SlowMotionViewModel slowMotion;
    private final ComparisonViewModel comparison;
    /** Asks for a folder's options and reads it; {@code null} without a window to ask in. */
    private java.util.function.Consumer<Path> folderDialog;

    /**
     * @param uiThread    runs work on the UI thread ({@code Platform::runLater} in the app, direct in tests)
     * @param modelThread one thread for all model work
     */
    public MainViewModel(Executor uiThread, Executor modelThread) {
        worker = new ModelWorker(modelThread);
        ExplorerSession session = new ExplorerSession();
        data = new DataViewModel(uiThread, worker, session, notice::set);
        training = new TrainingViewModel(uiThread, worker, session, data, notice::set);
        exploration = new ExplorationViewModel(uiThread, worker, session, data, training, notice::set);
        timeline = new TimelineViewModel(uiThread, worker, session, training);
        slowMotion = new SlowMotionViewModel(uiThread, session, training, exploration.selectedRowProperty());
        kl = new KlChartViewModel(training.reports(), exploration.latentProperty(), timeline.shownEpochProperty(),
                training.modelConfigProperty());
        training.chart().markedEpochProperty().bind(timeline.shownEpochProperty());
        comparison = new ComparisonViewModel(uiThread, worker, data.dataProperty(), training::pause, notice::set);
        // One model thread: the window's training and a comparison's take turns, the newest pressed first.
        training.stateProperty().addListener((obs, was, now) -> {
            if (now == TrainingState.TRAINING) {
                comparison.pause();
            }
        });
        lesson = new LessonViewModel(uiThread, worker, session, data, training, exploration, notice::set);
        startPage = new StartPageViewModel(uiThread, BundledLessons::files, notice::set, data.dataProperty(),
                lesson.nameProperty());
        recent = new RecentFilesViewModel(this::openFile, notice::set);
        export = new ExportViewModel(training.reports(), exploration.latentProperty(), data.dataProperty(),
                recent::files, notice::set);
        // An empty drawing is no data yet, but the canvas to draw on must show.
        data.draw().activeProperty().addListener((obs, was, now) -> {
            if (now) {
                startPage.hide();
            }
        });
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

    /**
     * Has the model thread load the numerical library now, while the window builds itself, instead of when the first
     * model is made (a lesson opened from the start page or the launcher would wait for it).
     */
    public void warmUpModelThread() {
        worker.run(org.vaeexplorer.model.network.Vae::warmUp);
    }

    /** The KL pane: KL per latent dimension, active and collapsed dimensions. */
    public KlChartViewModel kl() {
        return kl;
    }

    /** The training timeline: past epochs' models, shown in every picture, and branching from one. */
    public TimelineViewModel timeline() {
        return timeline;
    }

    /** Slow motion: one minibatch at a time, and what it drew for one example. */
    public SlowMotionViewModel slowMotion() {
        return slowMotion;
    }

    /** The open lesson, its notes and student mode. */
    public LessonViewModel lesson() {
        return lesson;
    }

    /** How the window is shown: presenter mode, full screen, panes, theme, class shapes. */
    public DisplayViewModel display() {
        return display;
    }

    /** The start page: the bundled lessons, shown when no data is loaded. */
    public StartPageViewModel startPage() {
        return startPage;
    }

    /** File ▸ Open recent. */
    public RecentFilesViewModel recent() {
        return recent;
    }

    /** File ▸ Export and the panes' context menus. */
    public ExportViewModel export() {
        return export;
    }

    /** Runs side by side: the current data trained two or three ways at once. */
    public ComparisonViewModel comparison() {
        return comparison;
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

    /** A problem the window found outside the panes (its preferences cannot be stored): changes nothing. */
    public void tell(String problem) {
        notice.set(new Notice(problem, true));
    }

    /**
     * The window reads a folder passed to {@link #openFile} (dropped, or the launcher's argument) as File ▸ Open
     * folder does: {@code dialog} asks for its options.
     */
    public void showFoldersWith(java.util.function.Consumer<Path> dialog) {
        this.folderDialog = dialog;
    }

    /**
     * Opens a lesson ({@code .vaelesson}), a model ({@code .vae}), a CSV or IDX data file, or a folder of images;
     * a bad file leaves the current data, model and chart as they were.
     */
    public void openFile(Path file) {
        if (java.nio.file.Files.isDirectory(file)) {
            // The root folder has no file name for the panes' messages, and is no folder of pictures.
            if (folderDialog != null && file.getFileName() != null) {
                folderDialog.accept(file);
            } else {
                notice.set(new Notice(Texts.get("hard.open.folder", file.toString()), true));
            }
            return;
        }
        // Checked here, not only where the file is read, so that a path that opens nothing is not added to Recent.
        if (!java.nio.file.Files.exists(file) || !java.nio.file.Files.isReadable(file)) {
            notice.set(new Notice(Texts.get(java.nio.file.Files.exists(file) ? "harden.open.unreadable"
                    : "harden.open.missing", file.toAbsolutePath().toString()), true));
            return;
        }
        recent.remember(file);
        if (isLesson(file)) {
            lesson.open(file);
        } else if (ModelFile.looksLikeModel(file)) {
            training.openModel(file);
        } else {
            data.openDataFile(file);
        }
    }

    /** Whether {@link #openFile} opens {@code file} as a lesson: by its name, as a file manager's association does. */
    public static boolean isLesson(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(LessonFile.EXTENSION);
    }

    /**
     * Stops training so that the application can exit, without drawing the last weights' pictures (at closing, a
     * paused MNIST run would otherwise encode its 10,000 rows for nobody); the model thread is the caller's to shut
     * down.
     */
    public void shutdown() {
        worker.close();
        training.pause();
    }
}
