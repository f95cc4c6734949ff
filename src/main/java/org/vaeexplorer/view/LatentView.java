package org.vaeexplorer.view;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.SlowMotionSnapshot;
import org.vaeexplorer.viewmodel.ExplorationViewModel;

/**
 * The latent pane ({@code LatentView.fxml}): which two latent dimensions the canvas shows, the colouring of
 * unlabelled data, the manifold, the canvas itself, and a slider for each latent dimension it does not show.
 */
public final class LatentView {
    @FXML private Label dimensionsLabel;
    @FXML private FlowPane choiceRow;
    @FXML private ComboBox<Integer> dimensionXBox;
    @FXML private ComboBox<Integer> dimensionYBox;
    @FXML private ComboBox<String> colourBox;
    @FXML private ToggleButton manifoldToggle;
    @FXML private LatentCanvas latentCanvas;
    @FXML private FlowPane sliderBox;
    private ExplorationViewModel exploration;
    /** More than two latent dimensions: the two shown are chosen. */
    private final BooleanProperty choosingDimensions = new SimpleBooleanProperty(false);
    private final BooleanProperty unlabelled = new SimpleBooleanProperty(false);

    /** Repaints the latent canvas on the window's scheduler, its points painted on {@code painter}. */
    /** Draws each slow-motion step's μ, σ and z. */
    void showStep(ObservableObjectValue<SlowMotionSnapshot> step) {
        latentCanvas.showStep(step);
    }

    void paintWith(RepaintScheduler repaints, Executor painter) {
        latentCanvas.paintWith(repaints, painter);
    }

    /**
     * @param exploration the exploration view model (dimensions, sliders, manifold, colour feature)
     * @param data        the current data, whose feature names the colour choice offers when it has no labels
     */
    public void bind(ExplorationViewModel exploration, ObservableObjectValue<DataSnapshot> data) {
        this.exploration = exploration;
        exploration.dimensionValuesProperty().addListener((obs, was, now) -> rebuildDimensions(now));
        dimensionXBox.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                exploration.dimensionXProperty().set(now - 1);
            }
        });
        dimensionYBox.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                exploration.dimensionYProperty().set(now - 1);
            }
        });
        exploration.dimensionXProperty().addListener((obs, was, now) -> rebuildSliders());
        exploration.dimensionYProperty().addListener((obs, was, now) -> rebuildSliders());
        manifoldToggle.selectedProperty().bindBidirectional(exploration.manifoldShownProperty());
        data.addListener((obs, was, now) -> offerColourFeatures(now));
        if (data.get() != null) {
            offerColourFeatures(data.get());
        }
        colourBox.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (now.intValue() >= 0) {
                exploration.colourFeatureProperty().set(now.intValue());
            }
        });
        latentCanvas.bind(exploration, data);
        for (Node node : List.of(dimensionsLabel, dimensionXBox, dimensionYBox)) {
            StudentMode.bindShown(node, choosingDimensions);
        }
        StudentMode.bindShown(colourBox, unlabelled);
        // The row takes no room when it has nothing to show.
        choiceRow.managedProperty().bind(choosingDimensions.or(unlabelled));
        choiceRow.visibleProperty().bind(choiceRow.managedProperty());
        rebuildDimensions(exploration.dimensionValuesProperty().get());
    }

    private void offerColourFeatures(DataSnapshot data) {
        unlabelled.set(data != null && !data.data().hasLabels());
        colourBox.getItems().setAll(unlabelled.get() ? data.data().featureNames() : List.of());
        if (unlabelled.get()) {
            colourBox.getSelectionModel().select(exploration.colourFeatureProperty().get());
        }
    }

    private void rebuildDimensions(List<DoubleProperty> values) {
        int l = values.size();
        List<Integer> choices = IntStream.rangeClosed(1, l).boxed().toList();
        // Only when they change: new items make the boxes' cells restyle after the pulse's CSS pass, which costs
        // another pulse that repaints the whole window (every new model, at Train; decision 0006).
        if (!dimensionXBox.getItems().equals(choices)) {
            dimensionXBox.getItems().setAll(choices);
            dimensionYBox.getItems().setAll(choices);
        }
        dimensionXBox.setValue(l > 0 ? exploration.dimensionXProperty().get() + 1 : null);
        dimensionYBox.setValue(l > 1 ? exploration.dimensionYProperty().get() + 1 : null);
        choosingDimensions.set(l > 2);
        rebuildSliders();
    }

    /** One slider per latent dimension the canvas does not show. */
    private void rebuildSliders() {
        sliderBox.getChildren().clear();
        List<DoubleProperty> values = exploration.dimensionValuesProperty().get();
        for (int k = 0; k < values.size(); k++) {
            if (k == exploration.dimensionXProperty().get() || k == exploration.dimensionYProperty().get()) {
                continue;
            }
            Slider slider = new Slider(-3, 3, values.get(k).get());
            slider.setPrefWidth(120);
            slider.valueProperty().bindBidirectional(values.get(k));
            sliderBox.getChildren().add(new VBox(new Label(Texts.get("latent.dimension", k + 1)), slider));
        }
    }

    @FXML
    void onFit() {
        latentCanvas.fitToData();
    }

    /** The pane's canvas, for exports. */
    LatentCanvas canvas() {
        return latentCanvas;
    }
}
