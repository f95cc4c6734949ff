package org.vaeexplorer.view;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.vaeexplorer.model.Activation;
import org.vaeexplorer.model.Likelihood;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.LossChartViewModel;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.SettingField;
import org.vaeexplorer.viewmodel.TrainingState;

/** The main window's controller: binds controls to {@link MainViewModel}; each handler is one call into it. */
public final class MainView {
    @FXML private BorderPane root;
    @FXML private ComboBox<MainViewModel.DatasetChoice> datasetBox;
    @FXML private Label pointsLabel;
    @FXML private TextField pointsField;
    @FXML private Label noiseLabel;
    @FXML private TextField noiseField;
    @FXML private Button regenerateButton;
    @FXML private Label dataLabel;
    @FXML private Button trainButton;
    @FXML private Button pauseButton;
    @FXML private Button stepButton;
    @FXML private Button resetButton;
    @FXML private Button saveButton;
    @FXML private ProgressBar progressBar;
    @FXML private Label statusLabel;
    @FXML private HBox noticeBar;
    @FXML private Label noticeLabel;
    @FXML private GridPane settingsGrid;
    @FXML private Label likelihoodProblem;
    @FXML private Label settingsChangedLabel;
    @FXML private Label dimensionsLabel;
    @FXML private ComboBox<Integer> dimensionXBox;
    @FXML private ComboBox<Integer> dimensionYBox;
    @FXML private ToggleButton manifoldToggle;
    @FXML private ComboBox<String> colourBox;
    @FXML private LatentCanvas latentCanvas;
    @FXML private FlowPane sliderBox;
    @FXML private Label dataViewTitle;
    @FXML private TextField priorCountField;
    @FXML private Button sampleButton;
    @FXML private SplitPane dataSplit;
    @FXML private DataViewCanvas dataCanvas;
    @FXML private FlowPane seriesBox;
    @FXML private LossChartCanvas chartCanvas;

    private final ImagePanel imagePanel = new ImagePanel();
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
        bindData();
        bindSettings();
        bindTraining();
        bindLatent();
        bindChart();
        latentCanvas.bind(vm);
        dataCanvas.bind(vm);
        imagePanel.bind(vm);
        chartCanvas.bind(vm.chart());
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    /** Repaints the window's panes on {@code repaints}, their scatter points painted on {@code painter}. */
    void paintWith(RepaintScheduler repaints, java.util.concurrent.Executor painter) {
        latentCanvas.paintWith(repaints, painter);
        dataCanvas.paintWith(repaints, painter);
        chartCanvas.paintWith(repaints, painter);
        imagePanel.paintWith(repaints);
    }

    private void bindData() {
        datasetBox.getItems().setAll(vm.datasetChoices());
        datasetBox.valueProperty().bindBidirectional(vm.datasetChoiceProperty());
        pointsField.textProperty().bindBidirectional(vm.pointsProperty());
        noiseField.textProperty().bindBidirectional(vm.noiseProperty());
        for (var node : List.of(pointsLabel, pointsField, noiseLabel, noiseField, regenerateButton)) {
            node.visibleProperty().bind(vm.toyChosenProperty());
            node.managedProperty().bind(vm.toyChosenProperty());
        }
        tip(pointsField, "How many points to generate.");
        tip(noiseField, "The spread of the toy set (its own default is filled in when you pick it).");
        tip(regenerateButton, "Draw the same toy set again with a new random seed.");
        datasetBox.setPromptText("a file's data");
        dataLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.dataProperty().get()),
                vm.dataProperty()));
        vm.noticeProperty().addListener((obs, was, now) -> {
            noticeBar.setVisible(now != null);
            noticeBar.setManaged(now != null);
            noticeBar.getStyleClass().remove("error");
            if (now != null) {
                noticeLabel.setText(now.text());
                if (now.error()) {
                    noticeBar.getStyleClass().add("error");
                }
            }
        });
        vm.dataProperty().addListener((obs, was, now) -> {
            showImagePanel(now);
            boolean unlabelled = now != null && !now.data().hasLabels();
            colourBox.getItems().setAll(unlabelled ? now.data().featureNames() : List.of());
            colourBox.setVisible(unlabelled);
            colourBox.setManaged(unlabelled);
            if (unlabelled) {
                colourBox.getSelectionModel().select(vm.colourFeatureProperty().get());
            }
        });
        colourBox.setVisible(false);
        colourBox.setManaged(false);
        colourBox.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (now.intValue() >= 0) {
                vm.colourFeatureProperty().set(now.intValue());
            }
        });
        tip(colourBox, "The data has no labels: points are coloured by this feature's value, low to high.");
        dataViewTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            DataSnapshot d = vm.dataProperty().get();
            return d == null ? "Data" : d.principalComponents() ? "Data (PCA)" : "Data";
        }, vm.dataProperty()));
    }

    private static String describe(DataSnapshot d) {
        if (d == null) {
            return "";
        }
        return d.data().name() + " · " + d.data().rows() + " rows × " + d.data().cols() + " features";
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

    private void bindSettings() {
        int row = 0;
        for (SettingField field : vm.settings().fields()) {
            Label label = new Label(field.label());
            TextField text = new TextField();
            text.setPrefColumnCount(8);
            text.textProperty().bindBidirectional(field.textProperty());
            Tooltip tooltip = tip(text, field.help());
            label.setTooltip(tooltip);
            Label problem = new Label();
            problem.getStyleClass().add("problem");
            problem.setWrapText(true);
            problem.textProperty().bind(field.problemProperty());
            problem.visibleProperty().bind(field.problemProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            field.problemProperty().addListener((obs, was, now) -> {
                text.getStyleClass().remove("invalid");
                if (!now.isEmpty()) {
                    text.getStyleClass().add("invalid");
                }
            });
            settingsGrid.add(label, 0, row);
            settingsGrid.add(text, 1, row++);
            settingsGrid.add(problem, 0, row++, 2, 1);
        }
        ChoiceBox<Activation> activation = new ChoiceBox<>();
        activation.getItems().setAll(Activation.values());
        activation.valueProperty().bindBidirectional(vm.settings().activationProperty());
        Label activationLabel = new Label("Activation");
        activationLabel.setTooltip(tip(activation, "The nonlinearity of every hidden layer: relu and elu train "
                + "fastest, tanh is smooth, identity makes the whole model linear (like probabilistic PCA)."));
        settingsGrid.add(activationLabel, 0, row);
        settingsGrid.add(activation, 1, row++);
        ChoiceBox<Likelihood> likelihood = new ChoiceBox<>();
        likelihood.getItems().setAll(Likelihood.values());
        likelihood.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Likelihood l) {
                return l == null ? "" : l.label();
            }

            @Override
            public Likelihood fromString(String s) {
                return null;
            }
        });
        likelihood.valueProperty().bindBidirectional(vm.settings().likelihoodProperty());
        Label likelihoodLabel = new Label("Likelihood");
        likelihoodLabel.setTooltip(tip(likelihood, "The decoder's model of the data p(x|z): Bernoulli for "
                + "intensities in [0, 1] such as images; Gaussian for any real numbers, with a fixed variance or "
                + "one the model learns (shared, or per feature)."));
        settingsGrid.add(likelihoodLabel, 0, row);
        settingsGrid.add(likelihood, 1, row);
        likelihoodProblem.textProperty().bind(vm.settings().likelihoodProblemProperty());
        likelihoodProblem.visibleProperty().bind(vm.settings().likelihoodProblemProperty().isNotEmpty());
        likelihoodProblem.managedProperty().bind(likelihoodProblem.visibleProperty());
        settingsChangedLabel.visibleProperty().bind(vm.settingsChangedProperty());
        settingsChangedLabel.managedProperty().bind(vm.settingsChangedProperty());
    }

    private void bindTraining() {
        var state = vm.stateProperty();
        var training = state.isEqualTo(TrainingState.TRAINING);
        var noData = state.isEqualTo(TrainingState.NO_DATA);
        trainButton.disableProperty().bind(training.or(noData).or(vm.settings().validProperty().not()));
        trainButton.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case PAUSED, DIVERGED -> "Resume";
            default -> "Train";
        }, state));
        pauseButton.disableProperty().bind(training.not());
        stepButton.disableProperty().bind(training.or(noData).or(vm.settings().validProperty().not()));
        resetButton.disableProperty().bind(noData);
        saveButton.disableProperty().bind(vm.latentProperty().isNull());
        tip(saveButton, "Save the model to a .vae file (Ctrl+S); open it again with Open file… or a double-click.");
        tip(trainButton, "Train for the set number of epochs, or continue (Space).");
        tip(pauseButton, "Stop after the current minibatch (Space).");
        tip(stepButton, "Train exactly one more epoch.");
        tip(resetButton, "Forget the model and its chart; the next Train starts afresh with the settings.");
        progressBar.progressProperty().bind(vm.progressProperty());
        statusLabel.textProperty().bind(vm.statusProperty());
    }

    private void bindLatent() {
        vm.dimensionValuesProperty().addListener((obs, was, now) -> rebuildDimensions(now));
        dimensionXBox.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.dimensionXProperty().set(now - 1);
            }
        });
        dimensionYBox.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                vm.dimensionYProperty().set(now - 1);
            }
        });
        vm.dimensionXProperty().addListener((obs, was, now) -> rebuildSliders());
        vm.dimensionYProperty().addListener((obs, was, now) -> rebuildSliders());
        manifoldToggle.selectedProperty().bindBidirectional(vm.manifoldShownProperty());
        tip(manifoldToggle, "Decode a grid over the visible latent area: a mosaic of images behind the points, or "
                + "for 2-D data a mesh showing how the decoder warps the plane.");
        priorCountField.textProperty().bindBidirectional(vm.priorSampleCountProperty());
        sampleButton.disableProperty().bind(vm.latentProperty().isNull());
        tip(sampleButton, "Draw z from the prior N(0, I) and show what the decoder makes of each.");
        rebuildDimensions(vm.dimensionValuesProperty().get());
    }

    private void rebuildDimensions(List<DoubleProperty> values) {
        int l = values.size();
        List<Integer> choices = java.util.stream.IntStream.rangeClosed(1, l).boxed().toList();
        dimensionXBox.getItems().setAll(choices);
        dimensionYBox.getItems().setAll(choices);
        dimensionXBox.setValue(l > 0 ? vm.dimensionXProperty().get() + 1 : null);
        dimensionYBox.setValue(l > 1 ? vm.dimensionYProperty().get() + 1 : null);
        boolean many = l > 2;
        for (var node : List.of(dimensionsLabel, dimensionXBox, dimensionYBox)) {
            node.setVisible(many);
            node.setManaged(many);
        }
        rebuildSliders();
    }

    /** One slider per latent dimension the canvas does not show. */
    private void rebuildSliders() {
        sliderBox.getChildren().clear();
        List<DoubleProperty> values = vm.dimensionValuesProperty().get();
        for (int k = 0; k < values.size(); k++) {
            if (k == vm.dimensionXProperty().get() || k == vm.dimensionYProperty().get()) {
                continue;
            }
            Slider slider = new Slider(-3, 3, values.get(k).get());
            slider.setPrefWidth(120);
            slider.valueProperty().bindBidirectional(values.get(k));
            sliderBox.getChildren().add(new VBox(new Label("z" + (k + 1)), slider));
        }
    }

    private void bindChart() {
        LossChartViewModel chart = vm.chart();
        for (LossChartViewModel.Series s : LossChartViewModel.Series.values()) {
            CheckBox box = new CheckBox(s.label());
            box.selectedProperty().bindBidirectional(chart.shownProperty(s));
            box.getStyleClass().add(LossChartCanvas.seriesStyleClass(s));
            seriesBox.getChildren().add(box);
        }
        CheckBox log = new CheckBox("log scale");
        log.selectedProperty().bindBidirectional(chart.logScaleProperty());
        seriesBox.getChildren().add(log);
    }

    private static Tooltip tip(javafx.scene.control.Control control, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        tooltip.setShowDelay(Duration.millis(400));
        control.setTooltip(tooltip);
        return tooltip;
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
    @FXML
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
    @FXML
    void onSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the model");
        chooser.setInitialFileName("model.vae");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("VAE Explorer model", "*.vae"));
        File file = dialogs.save(chooser);
        if (file != null) {
            vm.saveModel(file.toPath());
        }
    }

    @FXML
    void onLoad() {
        vm.loadChosenDataset();
    }

    @FXML
    void onRegenerate() {
        vm.regenerate();
    }

    @FXML
    void onTrain() {
        vm.train();
    }

    @FXML
    void onPause() {
        vm.pause();
    }

    @FXML
    void onStep() {
        vm.step();
    }

    @FXML
    void onReset() {
        vm.reset();
    }

    @FXML
    void onFit() {
        latentCanvas.fitToData();
    }

    @FXML
    void onFitData() {
        dataCanvas.fitToData();
    }

    @FXML
    void onSamplePrior() {
        vm.samplePrior();
    }

    @FXML
    void onDismissNotice() {
        vm.dismissNotice();
    }

    LatentCanvas latentCanvas() {
        return latentCanvas;
    }
}
