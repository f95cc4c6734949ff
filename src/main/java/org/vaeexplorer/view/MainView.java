package org.vaeexplorer.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DrawViewModel;
import org.vaeexplorer.viewmodel.LessonViewModel;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.StartPageViewModel;

/**
 * The main window's controller ({@code MainView.fxml}): binds the bars and menus, loads the panes
 * ({@link PanesView}) once the window is on screen and hands each its view model, shows the notices in a
 * notification pane and the training's status in the status bar, opens and saves files, switches between the start
 * page and the explorer, and shows the open lesson's notes and student mode.
 */
public final class MainView {
    /** The style class of the notification pane while it shows an error. */
    static final String ERROR = "error";

    @FXML private BorderPane root;
    @FXML private NotificationPane noticePane;
    @FXML private StackPane centre;
    @FXML private StatusBar statusBar;
    @FXML private ToolBar dataBar;
    @FXML private ToolBar trainingBar;
    @FXML private Parent start;
    @FXML private MenuBarView menuBarController;
    @FXML private StartPageView startController;
    @FXML private DataBarView dataBarController;
    @FXML private TrainingBarView trainingBarController;
    /** The panes, once {@link #joinPanes()} has loaded them; {@code null} until then. */
    private PanesView panes;
    private DisplayWindow display;
    private MainViewModel vm;
    private final ComparisonWindow comparisonWindow = new ComparisonWindow();
    private FileDialogs dialogs;
    private Runnable quit = Platform::exit;
    private final ToggleButton notesToggle = new ToggleButton(Texts.get("notes.toggle"));
    private final Button studentBadge = new Button(Texts.get("student.badge"));

    /** Shows file choosers for the window. */
    public interface FileDialogs {
        File open(FileChooser chooser);

        File save(FileChooser chooser);

        /** File ▸ Open folder's chooser, shown over {@code owner}. */
        default File openFolder(javafx.stage.DirectoryChooser chooser, javafx.stage.Window owner) {
            return chooser.showDialog(owner);
        }
    }

    /**
     * Binds the window's frame: the bars, menus, start page, notices and status. The panes follow with
     * {@link #joinPanes()}.
     */
    public void bind(MainViewModel viewModel, FileDialogs fileDialogs) {
        vm = viewModel;
        dialogs = fileDialogs;
        dataBarController.bind(vm.data(), this::onOpen);
        trainingBarController.bind(vm.training(), vm.exploration().latentProperty().isNotNull(), this::onSave);
        statusBar.textProperty().bind(vm.training().statusProperty());
        statusBar.progressProperty().bind(vm.training().progressProperty());
        menuBarController.bind(vm.training(), vm.lesson(), vm.startPage(), this, this::control);
        new RecentMenu(menuBarController.recentMenu(), vm.recent());
        bindStartPage();
        bindLessonBadges();
        // The View menu: presenter mode, full screen, panes, theme, class shapes.
        display = new DisplayWindow(vm.display(), root);
        notesToggle.selectedProperty().bindBidirectional(vm.display().notesPaneProperty());
        menuBarController.bindDisplay(vm.display());
        bindNotices();
        vm.data().showImportsWith(csv -> ImportDialog.show(root.getScene().getWindow(), csv), new ImportPreferences());
        // Later: a dropped folder's options dialog waits for the user, and the drop must finish first.
        vm.showFoldersWith(folder -> javafx.application.Platform.runLater(() -> FolderDialogs.readFolder(
                root.getScene().getWindow(), vm.data().folders(), folder)));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /**
     * Loads the panes, binds them and puts them under the start page: the app calls this once the window's first
     * frame is on screen (decision 0031), tests right after {@link #bind}.
     */
    void joinPanes() {
        panes = PanesView.load();
        panes.bind(vm.data(), vm.training(), vm.settings(), vm.exploration(), vm.chart(), vm.timeline(), vm.kl(),
                control("datasetBox"));
        // The start page covers the panes while showing.
        panes.root().visibleProperty().bind(vm.startPage().showingProperty().not());
        bindSlowMotion();
        bindExports();
        display.showPanes(panes.settings(), panes.picturesAndCharts(), panes.charts());
        // In the scene before student mode looks its controls up by id.
        centre.getChildren().add(0, panes.root());
        bindNotes();
    }

    /** Repaints the window's panes on {@code repaints}, their scatter points painted on {@code painter}. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        panes.paintWith(repaints, painter);
    }

    /** File ▸ Export and the panes' context menus. */
    private void bindExports() {
        ExportMenus exports = new ExportMenus(vm.export(), dialogs, root, this::exportName);
        List<ExportMenus.Pane> shown = List.of(
                new ExportMenus.Pane("export.pane.latent", "latent", panes.latent()::canvas,
                        () -> panes.latent().canvas().scatterSvg()),
                new ExportMenus.Pane("export.pane.data", "data", panes.data()::canvas,
                        () -> panes.data().canvas().scatterSvg()),
                new ExportMenus.Pane("export.pane.images", "images", panes.data()::imagePanel, null),
                new ExportMenus.Pane("export.pane.loss", "loss", panes.loss()::canvas,
                        () -> panes.loss().canvas().svg()),
                new ExportMenus.Pane("export.pane.kl", "kl", panes.kl()::canvas, null),
                new ExportMenus.Pane("export.pane.strip", "interpolation", panes.interpolation()::canvas, null));
        LatentGif gif = new LatentGif(vm.timeline(), vm.exploration(), panes.latent().canvas(), vm.export());
        exports.gifWith(() -> gif.record(exports, () -> { }));
        exports.fill(menuBarController.exportMenu(), shown);
        exports.attach(shown.get(0), exports.codesItem(), exports.gifItem());
        exports.attach(shown.get(1));
        exports.attach(shown.get(2));
        exports.attach(shown.get(3), exports.historyItem());
        exports.attach(shown.get(4));
        exports.attach(shown.get(5));
    }

    /** The start of an export's suggested file name: the lesson's name, else the data's. */
    private String exportName() {
        String lesson = vm.lesson().nameProperty().get();
        var data = vm.data().dataProperty().get();
        return !lesson.isBlank() ? lesson : data == null ? "" : data.data().name();
    }

    /** Step minibatch in the bar, the menu and its pane; each step's example on both canvases, its pane in front. */
    private void bindSlowMotion() {
        var motion = vm.slowMotion();
        trainingBarController.stepMinibatchWith(motion::step);
        panes.slowMotion().bind(motion, vm.data().dataProperty(), control("stepMinibatchButton").disabledProperty());
        panes.latent().showStep(motion.stepProperty());
        panes.data().showStep(motion.stepProperty());
        Tab tab = panes.slowMotionTab();
        motion.stepProperty().addListener((obs, was, now) -> {
            if (now != null) {
                tab.getTabPane().getSelectionModel().select(tab);
            }
        });
    }

    /** The start page covers the panes while showing. */
    private void bindStartPage() {
        startController.bind(vm.startPage(), this::openLesson, this::exploreWithoutLesson);
        startController.offerDrawing(this::drawOwnData);
        start.visibleProperty().bind(vm.startPage().showingProperty());
    }

    /** The notes toggle while a lesson is open, and student mode's badge, in the status bar. */
    private void bindLessonBadges() {
        LessonViewModel lesson = vm.lesson();
        var lessonOpen = lesson.nameProperty().isNotEmpty();
        notesToggle.setId("notesToggle");
        notesToggle.visibleProperty().bind(lessonOpen);
        notesToggle.managedProperty().bind(lessonOpen);
        lesson.nameProperty().addListener((obs, was, now) -> notesToggle.setSelected(!now.isEmpty()));
        studentBadge.setId("studentBadge");
        studentBadge.getStyleClass().add("student-badge");
        studentBadge.setOnAction(e -> lesson.setStudentMode(false));
        studentBadge.visibleProperty().bind(lesson.studentModeProperty());
        studentBadge.managedProperty().bind(lesson.studentModeProperty());
        statusBar.getRightItems().addAll(studentBadge, notesToggle);
    }

    /** The open lesson's notes beside the panes while its toggle is on; student mode over the panes' controls. */
    private void bindNotes() {
        LessonViewModel lesson = vm.lesson();
        panes.notes().bind(lesson.shownNameProperty(), lesson.notesProperty(), lesson.studentModeProperty());
        panes.notesSplit().showDetailNodeProperty().bind(lesson.nameProperty().isNotEmpty()
                .and(notesToggle.selectedProperty()));
        new StudentMode(this::control, lesson);
    }

    /**
     * A control of the window by id: the bars' items are looked for among the items, since a tool bar puts those
     * that do not fit in its overflow menu, out of the scene graph.
     */
    Node control(String id) {
        for (ToolBar bar : List.of(dataBar, trainingBar)) {
            for (Node item : bar.getItems()) {
                if (id.equals(item.getId())) {
                    return item;
                }
            }
        }
        return root.lookup("#" + id);
    }

    /** A notice stays until the user closes it or a newer one replaces it. */
    private void bindNotices() {
        vm.noticeProperty().addListener((obs, was, now) -> {
            noticePane.getStyleClass().remove(ERROR);
            if (now == null) {
                noticePane.hide();
                return;
            }
            if (now.error()) {
                noticePane.getStyleClass().add(ERROR);
            }
            // show(text) would first hide the notice it replaces, which reads as the user closing it.
            noticePane.setText(now.text());
            noticePane.show();
        });
        noticePane.showingProperty().addListener((obs, was, now) -> {
            if (!now && vm.noticeProperty().get() != null) {
                vm.dismissNotice();
            }
        });
        noticePane.skinProperty().addListener((obs, was, now) -> pushPanesBelowNotices());
    }

    /**
     * The notification pane draws its bar over the top of its content, where the panes' headers and buttons are;
     * a notice stays until closed, so the panes move down by the bar's height instead.
     */
    private void pushPanesBelowNotices() {
        if (noticePane.lookup(".notification-bar") instanceof Region bar) {
            centre.paddingProperty().bind(Bindings.createObjectBinding(() -> new Insets(bar.getHeight(), 0, 0, 0),
                    bar.heightProperty()));
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
        if (ok) {
            vm.openFile(e.getDragboard().getFiles().get(0).toPath());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** View ▸ Language: remembered for the next start, which builds the window in it. */
    void chooseLanguage(Locale language) {
        noticePane.getStyleClass().remove(ERROR);
        noticePane.setText(LanguageChoice.choose(language, new WindowMemory()));
        noticePane.show();
    }

    /** Ctrl+O. */
    void onOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("file.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("file.open.filter"), "*.csv",
                        "*.tsv", "*.txt", "*.gz", "*.idx", "*ubyte*", "*.vae", "*" + StartPageViewModel.EXTENSION),
                new FileChooser.ExtensionFilter(Texts.get("file.allFiles"), "*"));
        File file = dialogs.open(chooser);
        if (file != null) {
            vm.openFile(file.toPath());
        }
    }

    /** File ▸ Open folder: a folder of images, read with the options the user chooses. */
    void onOpenFolder() {
        File folder = dialogs.openFolder(FolderDialogs.chooser(), root.getScene().getWindow());
        if (folder != null) {
            FolderDialogs.readFolder(root.getScene().getWindow(), vm.data().folders(), folder.toPath());
        }
    }

    /** Ctrl+Shift+S: the session as a lesson. */
    void onSaveLesson() {
        String name = vm.lesson().nameProperty().get().strip().replaceAll("[\\\\/:*?\"<>|]", "_");
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("file.saveLesson.title"));
        chooser.setInitialFileName((name.isEmpty() ? "lesson" : name) + StartPageViewModel.EXTENSION);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("file.saveLesson.filter"),
                "*" + StartPageViewModel.EXTENSION));
        File file = dialogs.save(chooser);
        if (file != null) {
            vm.lesson().save(file.toPath());
        }
    }

    /** Sets what Quit does (the app remembers the window first). */
    void quitWith(Runnable action) {
        quit = action;
    }

    void quit() {
        quit.run();
    }

    /** Space, outside text fields. */
    void trainOrPause() {
        menuBarController.trainOrPause();
    }

    /** Whether the arrow keys move the probe: the explorer is showing and students may move it. */
    boolean probeKeysEnabled() {
        Node canvas = control("latentCanvas");
        return !vm.startPage().showingProperty().get() && (canvas == null || !canvas.isDisabled());
    }

    void openLesson(Path file) {
        vm.lesson().open(file);
    }

    void showStartPage() {
        vm.startPage().show();
        startController.focusFirst();
    }

    /** "Draw your own data": an empty drawing (choosing it in the data bar starts one; drawing hides this page). */
    void drawOwnData() {
        vm.data().datasetChoices().stream().filter(c -> c.id().equals(DrawViewModel.NAME)).findFirst()
                .ifPresent(vm.data().datasetChoiceProperty()::set);
    }

    /** "Explore without a lesson": the explorer, with the dataset chosen (the first, when none is yet). */
    void exploreWithoutLesson() {
        vm.startPage().hide();
        var choice = vm.data().datasetChoiceProperty();
        if (choice.get() == null && vm.data().dataProperty().get() == null) {
            choice.set(vm.data().datasetChoices().get(0));
        }
    }

    void chooseStudentControls() {
        StudentControlsDialog.create(root.getScene().getWindow(),
                StudentMode.lockableControls(vm.settings().fields()), vm.lesson()).show();
    }

    /** Training ▸ Compare runs…: the current settings trained two or three ways, in a window of their own. */
    void compareRuns() {
        comparisonWindow.compare(root.getScene().getWindow(), vm.comparison(), vm.data().dataProperty(),
                vm.settings().configProperty().get());
    }

    void showShortcuts() {
        ShortcutsDialog.create(root.getScene().getWindow()).show();
    }

    void showAbout() {
        AboutDialog.create(root.getScene().getWindow()).show();
    }

    /** Ctrl+S. */
    void onSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("file.saveModel.title"));
        chooser.setInitialFileName("model.vae");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("file.saveModel.filter"), "*.vae"));
        File file = dialogs.save(chooser);
        if (file != null) {
            vm.training().saveModel(file.toPath());
        }
    }
}
