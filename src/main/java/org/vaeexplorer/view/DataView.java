package org.vaeexplorer.view;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.ExplorationViewModel;

/**
 * The data pane ({@code DataView.fxml}): the data (or their first two principal components) with the probe's
 * decoding, prior samples, and for image data the image panel below.
 */
public final class DataView {
    @FXML private Label dataViewTitle;
    @FXML private TextField priorCountField;
    @FXML private Button sampleButton;
    @FXML private CheckBox noiseBox;
    @FXML private CheckBox reconstructionsBox;
    @FXML private SplitPane dataSplit;
    @FXML private DataViewCanvas dataCanvas;
    @FXML private ImagePanel imagePanel;
    private ExplorationViewModel exploration;

    /** Repaints the data view and the image panel on the window's scheduler, points painted on {@code painter}. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        dataCanvas.paintWith(repaints, painter);
        imagePanel.paintWith(repaints);
    }

    /**
     * @param exploration the exploration view model (probe, selection, prior samples)
     * @param data        the current data
     */
    public void bind(ExplorationViewModel exploration, ObservableObjectValue<DataSnapshot> data) {
        this.exploration = exploration;
        dataViewTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            DataSnapshot d = data.get();
            return d != null && d.principalComponents() ? "Data (PCA)" : "Data";
        }, data));
        data.addListener((obs, was, now) -> showImagePanel(now));
        priorCountField.textProperty().bindBidirectional(exploration.priorSampleCountProperty());
        noiseBox.selectedProperty().bindBidirectional(exploration.observationNoiseProperty());
        reconstructionsBox.selectedProperty().bindBidirectional(exploration.reconstructions().shownProperty());
        StudentMode.bindDisable(sampleButton, exploration.latentProperty().isNull());
        dataCanvas.bind(exploration, data);
        imagePanel.bind(exploration, data);
    }

    private void showImagePanel(DataSnapshot data) {
        boolean images = data != null && data.data().imageShape() != null;
        if (images && !dataSplit.getItems().contains(imagePanel)) {
            dataSplit.getItems().add(imagePanel);
            dataSplit.setDividerPositions(0.45);
        } else if (!images) {
            dataSplit.getItems().remove(imagePanel);
        }
    }

    @FXML
    void onSamplePrior() {
        exploration.samplePrior();
    }

    @FXML
    void onFitData() {
        dataCanvas.fitToData();
    }
}
