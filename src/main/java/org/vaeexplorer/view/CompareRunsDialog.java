package org.vaeexplorer.view;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.Setting;
import org.vaeexplorer.model.settings.SettingsSchema;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ComparisonPlan;

/**
 * Training ▸ Compare runs…: a plain autoencoder against a VAE, β = 0.1 / 1 / 4, or the current settings with one
 * setting varied over two or three typed values. A value that is not one of the setting's is named under the fields
 * and keeps the dialog open.
 */
final class CompareRunsDialog {
    private CompareRunsDialog() {
    }

    /** The plan chosen, or empty when cancelled. */
    static Optional<ComparisonPlan> choose(Window owner, VaeConfig base) {
        ToggleGroup group = new ToggleGroup();
        RadioButton versus = radio("compareAutoencoderVsVae", Texts.get("side.compare.preset.versus"), group);
        RadioButton betas = radio("compareBetas", Texts.get("side.compare.preset.betas"), group);
        RadioButton varied = radio("compareVaried", Texts.get("side.compare.preset.varied"), group);
        versus.setSelected(true);
        ChoiceBox<Setting<?>> setting = new ChoiceBox<>();
        setting.getItems().setAll(SettingsSchema.settings().stream()
                // Runs compared on other held-out rows would not be compared on the same figures.
                .filter(s -> s != SettingsSchema.SEED && s != SettingsSchema.HOLDOUT
                        && s != SettingsSchema.HOLDOUT_FROM).toList());
        setting.setValue(SettingsSchema.LATENT);
        setting.setConverter(new StringConverter<>() {
            @Override
            public String toString(Setting<?> s) {
                return s == null ? "" : s.label();
            }

            @Override
            public Setting<?> fromString(String text) {
                return null;
            }
        });
        List<TextField> values = List.of(new TextField("1"), new TextField("2"), new TextField());
        values.forEach(v -> v.setPrefColumnCount(9));
        HBox variedRow = new HBox(6, setting, new Label(Texts.get("side.compare.valuesLabel")));
        variedRow.getChildren().addAll(values);
        variedRow.disableProperty().bind(varied.selectedProperty().not());
        variedRow.setPadding(new Insets(0, 0, 0, 24));
        Label problem = new Label();
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        VBox content = new VBox(8, versus, betas, varied, variedRow, problem);
        content.setPadding(new Insets(8));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        OwnerLook.follow(dialog.getDialogPane(), owner);
        CjkFont.style(dialog.getDialogPane().getStylesheets());
        dialog.setTitle(Texts.get("side.compare.title"));
        dialog.setHeaderText(Texts.get("side.compare.header"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ComparisonPlan[] chosen = new ComparisonPlan[1];
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                chosen[0] = versus.isSelected() ? ComparisonPlan.autoencoderVersusVae(base)
                        : betas.isSelected() ? ComparisonPlan.betas(base)
                        : ComparisonPlan.varying(base, setting.getValue().key(),
                                values.stream().map(TextField::getText).toList());
            } catch (InvalidConfigException ex) {
                problem.setText(ex.problems().get(0).toString());
                e.consume();
            }
        });
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> chosen[0]);
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        return button;
    }
}
