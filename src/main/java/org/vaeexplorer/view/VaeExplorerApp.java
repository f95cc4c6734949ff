package org.vaeexplorer.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.MainViewModel;

/** The JavaFX application: the main window titled "VAE Explorer". */
public final class VaeExplorerApp extends Application {
    public static final String TITLE = "VAE Explorer";
    private ExecutorService modelThread;
    /** Paints the window's scatter points, off the FX thread: one thread, so pictures wait for each other. */
    private ExecutorService painterThread;
    private RepaintScheduler repaints;
    private MainViewModel viewModel;
    private WindowMemory memory;
    private FrameMonitor monitor;

    public static void launchWith(String[] args) {
        // Before JavaFX's threads load their libraries: ND4J's start must not run beside them (decision 0035).
        ComputeThreads.use(ComputeThreads.forWindow());
        Application.launch(VaeExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        memory = new WindowMemory();
        // Before anything reads a text: the view models' too.
        memory.language().ifPresent(Texts::use);
        modelThread = ModelThread.start();
        StartGate gate = new StartGate(Platform::runLater);
        viewModel = new MainViewModel(gate, modelThread);
        Path argument = argument(getParameters() == null ? List.of() : getParameters().getRaw());
        // A lesson given to the launcher (a double-click) is read, its data made and encoded on the model thread
        // while this thread builds the window; what it shows arrives once the window is laid out (StartGate).
        // Other files may ask the window for a dialog, so they open once it is shown.
        boolean openedEarly = argument != null && MainViewModel.isLesson(argument);
        // The model's first run (ND4J itself is loaded before JavaFX starts) beside the window's construction only
        // when a lesson needs it at once; otherwise once the window is shown, so that it does not take the FX thread's
        // second core.
        if (openedEarly) {
            viewModel.warmUpModelThread();
            viewModel.openFile(argument);
        }
        monitor = FrameMonitor.createIfAsked();
        FXMLLoader loader = new FXMLLoader(MainView.class.getResource("MainView.fxml"), Texts.bundle());
        Parent root = loader.load();
        MainView view = loader.getController();
        view.bind(viewModel, new MainView.FileDialogs() {
            @Override
            public java.io.File open(javafx.stage.FileChooser chooser) {
                return chooser.showOpenDialog(stage);
            }

            @Override
            public java.io.File save(javafx.stage.FileChooser chooser) {
                return chooser.showSaveDialog(stage);
            }
        });

        memory.remember(viewModel.display());
        Scene scene = new Scene(root, 1280, 800);
        CjkFont.style(scene.getStylesheets());
        painterThread = Executors.newSingleThreadExecutor(job -> {
            Thread t = new Thread(job, "scatter-painter");
            t.setDaemon(true);
            return t;
        });
        repaints = new RepaintScheduler(RepaintScheduler.PulseSource.of(scene));
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> stopPainting());
        installKeys(scene, view);
        view.quitWith(() -> {
            memory.save(stage, viewModel.data(), viewModel.settings());
            Platform.exit();
        });
        stage.titleProperty().bind(Bindings.createStringBinding(() -> titleFor(viewModel.lesson().shownNameProperty()
                .get()), viewModel.lesson().shownNameProperty()));
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = VaeExplorerApp.class.getResourceAsStream("/assets/icons/vae-explorer-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        viewModel.startPage().list(VaeExplorerApp::readLessons);
        if (!memory.restore(stage, viewModel.data(), viewModel.settings(), argument == null) && argument == null) {
            viewModel.startPage().show();
        }
        stage.setOnCloseRequest(e -> memory.save(stage, viewModel.data(), viewModel.settings()));
        stage.show();
        // The panes are loaded once the window is on screen (decision 0031). What the view models produce waits
        // until they have joined (StartGate): some panes follow only changes, not what was there before they bound;
        // a launcher's lesson waits until the panes are laid out too, so that the notes pane gets its width.
        afterNextLayout(scene, () -> Platform.runLater(() -> {
            view.joinPanes();
            view.paintWith(repaints, painterThread);
            if (openedEarly) {
                afterNextLayout(scene, gate::open);
            } else {
                gate.open();
                viewModel.warmUpModelThread();
            }
        }));
        if (monitor != null) {
            monitor.attach(viewModel.training(), viewModel.exploration(), scene);
        }
        if (argument != null && !openedEarly) {
            viewModel.openFile(argument);
        }
        tellIfPreferencesCannotBeSaved();
        quitLaterIfAsked();
    }

    private static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Checked once at start, off the FX thread: at closing, when they are written, nobody would read a notice. */
    private void tellIfPreferencesCannotBeSaved() {
        Thread check = new Thread(() -> memory.unstorableFolder().ifPresent(folder -> Platform.runLater(
                () -> viewModel.tell(Texts.get("harden.prefs.cannotSave", folder)))), "preferences-check");
        check.setDaemon(true);
        check.start();
    }

    /**
     * Packaging starts the window once, headless, to list the classes a start loads for the launcher's class-data
     * archive (decision 0031); -Dvaeexplorer.quitAfterMillis=N quits N ms after the window is shown.
     */
    private static void quitLaterIfAsked() {
        Long millis = Long.getLong("vaeexplorer.quitAfterMillis");
        if (millis != null) {
            var wait = new javafx.animation.PauseTransition(javafx.util.Duration.millis(millis));
            wait.setOnFinished(e -> Platform.exit());
            wait.play();
        }
    }

    /**
     * The launcher's argument (a lesson, model or data file, as a file manager passes it on a double-click), or
     * {@code null} when there is none; one that cannot be opened is reported when opening it fails.
     */
    private static Path argument(List<String> args) {
        try {
            return args.isEmpty() ? null : Path.of(args.get(0));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** "VAE Explorer", or "VAE Explorer — lesson" while a lesson is open. */
    static String titleFor(String lessonName) {
        return lessonName.isEmpty() ? TITLE : TITLE + " — " + lessonName;
    }

    /** Reads the bundled lessons' summaries on a thread of their own, which ends when they are read. */
    private static void readLessons(Runnable job) {
        Thread t = new Thread(job, "lesson-reader");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Space and the arrow keys, unless typing (the menus own the other keys): a filter, since the focused button or
     * canvas would take them first.
     */
    private void installKeys(Scene scene, MainView view) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean typing = scene.getFocusOwner() instanceof TextInputControl;
            if (e.getCode() == KeyCode.SPACE && !typing) {
                view.trainOrPause();
            } else if (!typing && e.getCode().isArrowKey() && view.probeKeysEnabled()) {
                double step = e.isShiftDown() ? 0.5 : 0.1;
                switch (e.getCode()) {
                    case LEFT -> viewModel.exploration().nudgeProbe(-step, 0);
                    case RIGHT -> viewModel.exploration().nudgeProbe(step, 0);
                    case UP -> viewModel.exploration().nudgeProbe(0, step);
                    default -> viewModel.exploration().nudgeProbe(0, -step);
                }
            } else {
                return;
            }
            e.consume();
        });
    }

    /** The window is gone: nothing more is repainted, and a picture being painted is the painter's last. */
    private void stopPainting() {
        if (repaints != null) {
            repaints.close();
        }
        if (painterThread != null) {
            painterThread.shutdown();
        }
    }

    MainViewModel viewModel() {
        return viewModel;
    }

    boolean modelThreadTerminated() {
        return modelThread.isTerminated();
    }

    boolean painterShutDown() {
        return painterThread.isShutdown();
    }

    RepaintScheduler repaints() {
        return repaints;
    }

    /** Stops training, lets the model thread finish its minibatch, and ends the process with status 0. */
    @Override
    public void stop() throws InterruptedException {
        if (monitor != null) {
            monitor.stopBegan();
        }
        if (painterThread != null) {
            // Also here: quitting may end the toolkit without hiding the window first.
            painterThread.shutdown();
        }
        if (viewModel != null) {
            viewModel.shutdown();
        }
        if (modelThread != null) {
            // Let a save asked for just before quitting finish; training was asked to stop after its minibatch.
            modelThread.shutdown();
            modelThread.awaitTermination(10, TimeUnit.SECONDS);
        }
        if (monitor != null) {
            monitor.writeSummary();
        }
        if (!Boolean.getBoolean("vaeexplorer.noExit")) {
            System.exit(0);
        }
    }
}
