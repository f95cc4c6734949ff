package org.vaeexplorer.view;

import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.vaeexplorer.model.settings.Activation;
import org.vaeexplorer.model.settings.HoldoutFrom;
import org.vaeexplorer.model.settings.Likelihood;
import org.vaeexplorer.model.settings.ModelKind;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.viewmodel.SettingField;
import org.vaeexplorer.viewmodel.SettingsViewModel;

/**
 * The model and training settings form ({@code SettingsView.fxml}). The view model judges every field as it is
 * typed; a field with a problem gets ControlsFX's error decoration (the problem as its message, a red frame by the
 * {@code invalid} style class) and the problem written under it.
 */
public final class SettingsView {
    /** The style class the validation decoration gives a field with a problem. */
    static final String INVALID = "invalid";

    @FXML private GridPane fieldGrid;
    @FXML private Label modelLabel;
    @FXML private ChoiceBox<ModelKind> modelBox;
    @FXML private Label activationLabel;
    @FXML private ChoiceBox<Activation> activationBox;
    @FXML private Label likelihoodLabel;
    @FXML private ChoiceBox<Likelihood> likelihoodBox;
    @FXML private Label likelihoodProblem;
    @FXML private Label settingsChangedLabel;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    void initialize() {
        validation.setValidationDecorator(new CompoundValidationDecoration(new ProblemMark(),
                new StyleClassValidationDecoration(INVALID, "warning")));
    }

    /**
     * @param settings        the settings view model
     * @param settingsChanged whether the settings differ from those the current model was built with
     */
    public void bind(SettingsViewModel settings, ObservableBooleanValue settingsChanged) {
        int row = 0;
        for (SettingField field : settings.fields()) {
            Label label = new Label(field.label());
            TextField text = new TextField();
            text.setId("setting-" + field.key());
            text.setPrefColumnCount(8);
            text.textProperty().bindBidirectional(field.textProperty());
            Tooltip help = new HelpTooltip(field.help());
            text.setTooltip(help);
            label.setTooltip(help);
            validate(text, field);
            // A setting hidden from students takes its label with it.
            label.visibleProperty().bind(text.visibleProperty());
            label.managedProperty().bind(text.managedProperty());
            fieldGrid.add(label, 0, row);
            fieldGrid.add(text, 1, row++);
            fieldGrid.add(problemLabel(field), 0, row++, 2, 1);
            if (field.key().equals(SettingsSchema.HOLDOUT.key())) {
                row = addHoldoutFrom(settings, row);
            }
        }
        showChoices(modelLabel, modelBox, settings.modelSetting());
        modelBox.valueProperty().bindBidirectional(settings.modelProperty());
        showChoices(activationLabel, activationBox, settings.activationSetting());
        showChoices(likelihoodLabel, likelihoodBox, settings.likelihoodSetting());
        activationBox.valueProperty().bindBidirectional(settings.activationProperty());
        likelihoodBox.valueProperty().bindBidirectional(settings.likelihoodProperty());
        likelihoodProblem.textProperty().bind(settings.likelihoodProblemProperty());
        likelihoodProblem.visibleProperty().bind(settings.likelihoodProblemProperty().isNotEmpty());
        likelihoodProblem.managedProperty().bind(likelihoodProblem.visibleProperty());
        settingsChangedLabel.visibleProperty().bind(settingsChanged);
        settingsChangedLabel.managedProperty().bind(settingsChanged);
    }

    /** Under the held-out share: which rows, and what that makes of the data loaded. */
    private int addHoldoutFrom(SettingsViewModel settings, int row) {
        Label label = new Label();
        ChoiceBox<HoldoutFrom> box = new ChoiceBox<>();
        box.setId("holdoutFromBox");
        box.setMaxWidth(190);
        showChoices(label, box, settings.holdoutFromSetting());
        box.valueProperty().bindBidirectional(settings.holdoutFromProperty());
        label.visibleProperty().bind(box.visibleProperty());
        label.managedProperty().bind(box.managedProperty());
        Label summary = new Label();
        summary.setId("holdoutSummary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(settings.holdoutSummaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        fieldGrid.add(label, 0, row);
        fieldGrid.add(box, 1, row++);
        fieldGrid.add(summary, 0, row++, 2, 1);
        return row;
    }

    /** A choice setting's label, help and named choices, as the schema defines them. */
    private static <T> void showChoices(Label label, ChoiceBox<T> box, Setting<T> setting) {
        label.setText(setting.label());
        Tooltip help = new HelpTooltip(setting.help());
        label.setTooltip(help);
        box.setTooltip(help);
        box.getItems().setAll(setting.choices());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : setting.choiceLabel(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
    }

    /**
     * Decorates {@code text} while its field has a problem. A field's problem can change without its own text
     * changing (another field, the likelihood or the data decide some of them), so each change revalidates it.
     */
    private void validate(TextField text, SettingField field) {
        validation.registerValidator(text, false, (Control c, String typed) -> {
            String problem = field.problemProperty().get();
            return ValidationResult.fromErrorIf(c, problem, !problem.isEmpty());
        });
        field.problemProperty().addListener((obs, was, now) -> validation.revalidate(text));
    }

    /**
     * ControlsFX's error mark in the field's corner, showing the problem when the pointer rests on it. The mark is a
     * child of the field, so a pointer move over it would reach the field too and raise the field's own help
     * instead.
     */
    private static final class ProblemMark extends GraphicValidationDecoration {
        @Override
        protected Node createDecorationNode(ValidationMessage message) {
            Node mark = super.createDecorationNode(message);
            mark.addEventHandler(MouseEvent.MOUSE_MOVED, MouseEvent::consume);
            return mark;
        }
    }

    private static Label problemLabel(SettingField field) {
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        problem.textProperty().bind(field.problemProperty());
        problem.visibleProperty().bind(field.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }
}
