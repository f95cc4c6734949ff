package org.vaeexplorer.view;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.SlowMotionSnapshot;
import org.vaeexplorer.viewmodel.DrawViewModel;
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
    @FXML private ToggleButton drawToggle;
    @FXML private FlowPane drawBar;
    @FXML private ToggleGroup toolGroup;
    @FXML private ToggleButton penButton;
    @FXML private ToggleButton eraserButton;
    @FXML private HBox classBox;
    @FXML private Slider brushSlider;
    @FXML private Spinner<Integer> dabSpinner;
    @FXML private Label drawHint;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    private ExplorationViewModel exploration;
    private DrawViewModel draw;
    /** True while students may not change the data: drawing would replace it. */
    private final BooleanProperty drawingLocked = new SimpleBooleanProperty();
    /** Held here: the spinner's binding to it is weak. */
    private ObjectProperty<Integer> pointsPerDab;

    /** Draws each slow-motion step's example and the decoding of its z. */
    void showStep(ObservableObjectValue<SlowMotionSnapshot> step) {
        dataCanvas.showStep(step);
    }

    /** Repaints the data view and the image panel on the window's scheduler, points painted on {@code painter}. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        dataCanvas.paintWith(repaints, painter);
        imagePanel.paintWith(repaints);
    }

    /**
     * @param exploration the exploration view model (probe, selection, prior samples)
     * @param draw        drawing data by hand
     * @param data        the current data
     * @param training    true while training runs, when drawing (which replaces the data) is off
     */
    public void bind(ExplorationViewModel exploration, DrawViewModel draw, ObservableObjectValue<DataSnapshot> data,
            ObservableBooleanValue training) {
        this.exploration = exploration;
        this.draw = draw;
        dataViewTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            DataSnapshot d = data.get();
            return Texts.get(d != null && d.principalComponents() ? "dataView.title.pca" : "dataView.title");
        }, data));
        data.addListener((obs, was, now) -> showImagePanel(now));
        priorCountField.textProperty().bindBidirectional(exploration.priorSampleCountProperty());
        noiseBox.selectedProperty().bindBidirectional(exploration.observationNoiseProperty());
        reconstructionsBox.selectedProperty().bindBidirectional(exploration.reconstructions().shownProperty());
        StudentMode.bindDisable(sampleButton, exploration.latentProperty().isNull());
        dataCanvas.bind(exploration, data);
        dataCanvas.bindDrawing(draw, training);
        imagePanel.bind(exploration, data);
        bindDrawing(data, training);
        // Data loaded before the panes joined the window (decision 0031).
        showImagePanel(data.get());
    }

    private void bindDrawing(ObservableObjectValue<DataSnapshot> data, ObservableBooleanValue training) {
        var notTwoD = Bindings.createBooleanBinding(() -> data.get() != null && data.get().data().cols() != 2, data);
        StudentMode.bindDisable(drawToggle, Bindings.or(notTwoD, training).or(drawingLocked));
        draw.activeProperty().addListener((obs, was, now) -> drawToggle.setSelected(now));
        drawBar.visibleProperty().bind(draw.activeProperty());
        drawBar.managedProperty().bind(draw.activeProperty());
        drawBar.disableProperty().bind(training);
        drawHint.textProperty().bind(draw.hintProperty());
        bindUndo();
        penButton.setUserData(DrawViewModel.Tool.PEN);
        eraserButton.setUserData(DrawViewModel.Tool.ERASER);
        ToggleGroup classes = new ToggleGroup();
        for (int c = 0; c < DrawViewModel.MAX_CLASSES; c++) {
            ToggleButton b = new ToggleButton(Integer.toString(c + 1),
                    new Circle(6, Palette.classColor(c, DrawViewModel.MAX_CLASSES)));
            b.setUserData(c);
            b.setTooltip(new Tooltip(Texts.get("dataView.classColour", c + 1)));
            b.setToggleGroup(classes);
            classBox.getChildren().add(b);
        }
        keepOneSelected(toolGroup, () -> draw.toolProperty().get(), t -> draw.toolProperty().set(
                (DrawViewModel.Tool) t));
        keepOneSelected(classes, () -> draw.drawClassProperty().get(), c -> draw.drawClassProperty().set((int) c));
        brushSlider.valueProperty().bindBidirectional(draw.brushRadiusProperty());
        dabSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 50,
                draw.pointsPerDabProperty().get()));
        pointsPerDab = draw.pointsPerDabProperty().asObject();
        dabSpinner.getValueFactory().valueProperty().bindBidirectional(pointsPerDab);
    }

    /** Selects the toggle of the current value, follows the user's choice, and never leaves none selected. */
    private static void keepOneSelected(ToggleGroup group, Supplier<Object> current,
            Consumer<Object> choose) {
        group.getToggles().stream().filter(t -> t.getUserData().equals(current.get())).findFirst()
                .ifPresent(group::selectToggle);
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                choose.accept(now.getUserData());
            }
        });
    }

    /** Locks drawing with {@code lock} (the dataset chooser's student lock) as well as with its own. */
    void lockDrawingWith(ObservableBooleanValue lock) {
        drawingLocked.bind(lock);
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
    void onDrawToggle() {
        if (!drawToggle.isSelected()) {
            draw.stop();
        } else if (!draw.startOnCurrentData()) {
            drawToggle.setSelected(false);
        }
    }

    /** Undo and Redo, also as Ctrl+Z and Ctrl+Shift+Z anywhere in the window while drawing (a field keeps its own). */
    private void bindUndo() {
        undoButton.disableProperty().bind(draw.canUndoProperty().not());
        redoButton.disableProperty().bind(draw.canRedoProperty().not());
        drawBar.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Z"), this::onUndoDrawing);
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), this::onRedoDrawing);
            }
        });
    }

    @FXML
    void onUndoDrawing() {
        if (drawBar.isVisible() && !drawBar.isDisabled()) {
            draw.undo();
        }
    }

    @FXML
    void onRedoDrawing() {
        if (drawBar.isVisible() && !drawBar.isDisabled()) {
            draw.redo();
        }
    }

    @FXML
    void onClearDrawing() {
        draw.clear();
    }

    @FXML
    void onFitData() {
        dataCanvas.fitToData();
    }

    /** The image panel, in the pane only while the data are images. */
    ImagePanel imagePanel() {
        return imagePanel;
    }

    /** The pane's canvas, for exports. */
    DataViewCanvas canvas() {
        return dataCanvas;
    }
}
