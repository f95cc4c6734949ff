package org.vaeexplorer.view;

import java.io.File;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.control.Tab;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.vaeexplorer.viewmodel.MainViewModel;

/**
 * The main window's controller ({@code MainView.fxml}): hands each pane its view model, shows the notices in a
 * notification pane and the training's status in the status bar, and opens and saves files.
 */
public final class MainView {
    /** The style class of the notification pane while it shows an error. */
    static final String ERROR = "error";

    @FXML private BorderPane root;
    @FXML private NotificationPane noticePane;
    @FXML private BorderPane panes;
    @FXML private StatusBar statusBar;
    @FXML private DataBarView dataBarController;
    @FXML private TrainingBarView trainingBarController;
    @FXML private SettingsView settingsController;
    @FXML private LatentView latentController;
    @FXML private DataView dataController;
    @FXML private LossView lossController;
    @FXML private KlView klController;
    @FXML private InterpolationView interpolationController;
    @FXML private Tab traversalTab;
    @FXML private TraversalCanvas traversalCanvas;
    private MainViewModel vm;
    private FileDialogs dialogs;

    /** Shows file choosers for the window. */
    public interface FileDialogs {
        File open(FileChooser chooser);

        File save(FileChooser chooser);
    }

    public void bind(MainViewModel viewModel, FileDialogs fileDialogs) {
        vm = viewModel;
        dialogs = fileDialogs;
        dataBarController.bind(vm.data(), this::onOpen);
        trainingBarController.bind(vm.training(), vm.exploration().latentProperty().isNotNull(), this::onSave);
        settingsController.bind(vm.settings(), vm.training().settingsChangedProperty());
        latentController.bind(vm.exploration(), vm.data().dataProperty());
        dataController.bind(vm.exploration(), vm.data().dataProperty());
        lossController.bind(vm.chart());
        klController.bind(vm.kl());
        interpolationController.bind(vm.exploration().interpolation(), vm.data().dataProperty());
        traversalCanvas.bind(vm.exploration().traversal(), vm.data().dataProperty());
        // Decoded only while its tab is open.
        vm.exploration().traversal().shownProperty().bind(traversalTab.selectedProperty());
        statusBar.textProperty().bind(vm.training().statusProperty());
        statusBar.progressProperty().bind(vm.training().progressProperty());
        bindNotices();
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /** Repaints the window's panes on {@code repaints}, their scatter points painted on {@code painter}. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        latentController.paintWith(repaints, painter);
        dataController.paintWith(repaints, painter);
        lossController.paintWith(repaints, painter);
        klController.paintWith(repaints, painter);
        interpolationController.paintWith(repaints, painter);
        traversalCanvas.paintWith(repaints, painter);
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
            panes.paddingProperty().bind(Bindings.createObjectBinding(() -> new Insets(bar.getHeight(), 0, 0, 0),
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

    /** Ctrl+O. */
    void onOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open data or a model");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Data (CSV, IDX) and models (.vae)", "*.csv", "*.tsv", "*.txt",
                        "*.gz", "*.idx", "*ubyte*", "*.vae"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = dialogs.open(chooser);
        if (file != null) {
            vm.openFile(file.toPath());
        }
    }

    /** Ctrl+S. */
    void onSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the model");
        chooser.setInitialFileName("model.vae");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("VAE Explorer model", "*.vae"));
        File file = dialogs.save(chooser);
        if (file != null) {
            vm.training().saveModel(file.toPath());
        }
    }
}
