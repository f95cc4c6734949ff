package org.vaeexplorer.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executor;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.MasterDetailPane;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataViewModel;
import org.vaeexplorer.viewmodel.ExplorationViewModel;
import org.vaeexplorer.viewmodel.KlChartViewModel;
import org.vaeexplorer.viewmodel.LossChartViewModel;
import org.vaeexplorer.viewmodel.SettingsViewModel;
import org.vaeexplorer.viewmodel.TimelineViewModel;
import org.vaeexplorer.viewmodel.TrainingState;
import org.vaeexplorer.viewmodel.TrainingViewModel;

/**
 * The explorer's panes ({@code PanesView.fxml}): settings, latent space, data, the charts and story tabs, the
 * lesson's notes. {@link MainView} loads them once the window's first frame is on screen, so that their FXML, CSS
 * and skins do not hold the window back (decision 0031), and hands each its view model here.
 */
public final class PanesView {
    @FXML private BorderPane panes;
    @FXML private Node settings;
    @FXML private MasterDetailPane notesSplit;
    @FXML private SplitPane picturesAndCharts;
    @FXML private Node charts;
    @FXML private SettingsView settingsController;
    @FXML private LatentView latentController;
    @FXML private DataView dataController;
    @FXML private LossView lossController;
    @FXML private KlView klController;
    @FXML private TimelineView timelineController;
    @FXML private InterpolationView interpolationController;
    @FXML private Tab traversalTab;
    @FXML private TraversalCanvas traversalCanvas;
    @FXML private Tab slowMotionTab;
    @FXML private SlowMotionView slowMotionController;
    @FXML private NotesView notesController;

    static PanesView load() {
        FXMLLoader loader = new FXMLLoader(PanesView.class.getResource("PanesView.fxml"), Texts.bundle());
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the panes' layout cannot be read", e);
        }
        return loader.getController();
    }

    /**
     * Binds each pane to its view model.
     *
     * @param datasetBox the data bar's dataset choice: a lesson that locks it locks drawing too
     */
    void bind(DataViewModel data, TrainingViewModel training, SettingsViewModel settingsVm,
            ExplorationViewModel exploration, LossChartViewModel chart, TimelineViewModel timeline, KlChartViewModel kl,
            Node datasetBox) {
        settingsController.bind(settingsVm, training.settingsChangedProperty());
        latentController.bind(exploration, data.dataProperty());
        dataController.bind(exploration, data.draw(), data.dataProperty(),
                training.stateProperty().isEqualTo(TrainingState.TRAINING));
        dataController.lockDrawingWith(StudentMode.lockOf(datasetBox));
        lossController.bind(chart);
        timelineController.bind(timeline);
        klController.bind(kl);
        interpolationController.bind(exploration.interpolation(), data.dataProperty());
        traversalCanvas.bind(exploration.traversal(), data.dataProperty());
        // Decoded only while its tab is open.
        exploration.traversal().shownProperty().bind(traversalTab.selectedProperty());
    }

    /** Repaints the panes on {@code repaints}, their scatter points painted on {@code painter}. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        latentController.paintWith(repaints, painter);
        dataController.paintWith(repaints, painter);
        lossController.paintWith(repaints, painter);
        klController.paintWith(repaints, painter);
        interpolationController.paintWith(repaints, painter);
        traversalCanvas.paintWith(repaints, painter);
    }

    BorderPane root() {
        return panes;
    }

    Node settings() {
        return settings;
    }

    MasterDetailPane notesSplit() {
        return notesSplit;
    }

    SplitPane picturesAndCharts() {
        return picturesAndCharts;
    }

    Node charts() {
        return charts;
    }

    LatentView latent() {
        return latentController;
    }

    DataView data() {
        return dataController;
    }

    LossView loss() {
        return lossController;
    }

    KlView kl() {
        return klController;
    }

    InterpolationView interpolation() {
        return interpolationController;
    }

    Tab slowMotionTab() {
        return slowMotionTab;
    }

    SlowMotionView slowMotion() {
        return slowMotionController;
    }

    NotesView notes() {
        return notesController;
    }
}
