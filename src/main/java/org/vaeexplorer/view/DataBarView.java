package org.vaeexplorer.view;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.DataViewModel;
import org.vaeexplorer.viewmodel.DatasetChoice;

/** The data bar ({@code DataBarView.fxml}): the dataset, a toy set's size and noise, loading, opening a file. */
public final class DataBarView {
    @FXML private ComboBox<DatasetChoice> datasetBox;
    @FXML private Label pointsLabel;
    @FXML private TextField pointsField;
    @FXML private Label noiseLabel;
    @FXML private TextField noiseField;
    @FXML private Button regenerateButton;
    @FXML private Label dataLabel;
    private DataViewModel data;
    private Runnable openFile;

    /**
     * @param data     the data view model (its dataset choice, points, noise, data and loading commands)
     * @param openFile asks the user for a data or model file and opens it
     */
    public void bind(DataViewModel data, Runnable openFile) {
        this.data = data;
        this.openFile = openFile;
        datasetBox.getItems().setAll(data.datasetChoices());
        datasetBox.valueProperty().bindBidirectional(data.datasetChoiceProperty());
        // No choice means the data came from a file, or that there is no data yet.
        datasetBox.promptTextProperty().bind(javafx.beans.binding.Bindings.when(data.dataProperty().isNull())
                .then(Texts.get("data.prompt.choose")).otherwise(Texts.get("data.prompt.file")));
        pointsField.textProperty().bindBidirectional(data.pointsProperty());
        noiseField.textProperty().bindBidirectional(data.noiseProperty());
        for (var node : List.of(pointsLabel, pointsField, noiseLabel, noiseField, regenerateButton)) {
            StudentMode.bindShown(node, data.toyChosenProperty());
        }
        dataLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(data.dataProperty().get()),
                data.dataProperty()));
    }

    private static String describe(DataSnapshot d) {
        if (d == null) {
            return "";
        }
        return Texts.get("data.describe", d.data().name(), d.data().rows(), d.data().cols());
    }

    @FXML
    void onLoad() {
        data.loadChosenDataset();
    }

    @FXML
    void onRegenerate() {
        data.regenerate();
    }

    @FXML
    void onOpen() {
        openFile.run();
    }
}
