package org.vaeexplorer.view;

import java.util.Locale;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.SlowMotionSnapshot;
import org.vaeexplorer.viewmodel.SlowMotionViewModel;

/**
 * The slow-motion pane ({@code SlowMotionView.fxml}): Step minibatch, and for the step's example its μ and σ, the
 * drawn ε, z = μ + σ·ε, the minibatch's loss terms and, for images, the example beside the decoding of its z.
 */
public final class SlowMotionView {
    /** Latent dimensions written out; more are elided, the canvas shows the two chosen ones. */
    private static final int SHOWN_DIMENSIONS = 4;
    @FXML private Button stepButton;
    @FXML private Label whereLabel;
    @FXML private Label hintLabel;
    @FXML private Label posteriorLabel;
    @FXML private Label sampleLabel;
    @FXML private Label lossLabel;
    @FXML private HBox imageBox;
    @FXML private ImageView inputImage;
    @FXML private ImageView decodedImage;
    private SlowMotionViewModel motion;
    private ObservableObjectValue<DataSnapshot> data;

    /** @param cannotStep true while a step is impossible (no data, training, invalid settings, locked) */
    public void bind(SlowMotionViewModel slowMotion, ObservableObjectValue<DataSnapshot> currentData,
            ObservableBooleanValue cannotStep) {
        motion = slowMotion;
        data = currentData;
        stepButton.disableProperty().bind(cannotStep);
        motion.stepProperty().addListener((obs, was, now) -> show(now));
        show(null);
    }

    @FXML
    void onStep() {
        motion.step();
    }

    private void show(SlowMotionSnapshot s) {
        hintLabel.setVisible(s == null);
        hintLabel.setManaged(s == null);
        for (Label label : new Label[] {whereLabel, posteriorLabel, sampleLabel, lossLabel}) {
            label.setVisible(s != null);
            label.setManaged(s != null);
        }
        DataSnapshot d = data.get();
        ImageShape shape = s == null || d == null ? null : d.data().imageShape();
        imageBox.setVisible(shape != null);
        imageBox.setManaged(shape != null);
        if (s == null) {
            return;
        }
        whereLabel.setText(Texts.get("motion.where", s.epoch(), s.index(), s.count(), s.batchRows(), s.row() + 1,
                Texts.get(s.selected() ? "motion.which.selected" : "motion.which.first")));
        if (s.sigma() == null) {
            posteriorLabel.setText(Texts.get("motion.deterministic", vector(s.mean())));
            sampleLabel.setText("");
        } else {
            posteriorLabel.setText(Texts.get("motion.posterior", vector(s.mean()), vector(s.sigma())));
            float[] epsilon = new float[s.epsilon().length];
            for (int k = 0; k < epsilon.length; k++) {
                epsilon[k] = (float) s.epsilon()[k];
            }
            sampleLabel.setText(Texts.get("motion.sample", vector(epsilon), vector(s.z())));
        }
        lossLabel.setText(Texts.get("motion.loss", number(s.terms().reconstruction()), number(s.terms().kl()),
                number(s.terms().negativeElbo())));
        if (shape != null) {
            inputImage.setImage(Images.single(s.x(), 0, shape));
            decodedImage.setImage(Images.single(s.decoded(), 0, shape));
        }
    }

    /** "(0.12, −1.30)", the first few dimensions. */
    static String vector(float[] values) {
        StringBuilder out = new StringBuilder("(");
        for (int k = 0; k < Math.min(values.length, SHOWN_DIMENSIONS); k++) {
            out.append(k == 0 ? "" : ", ").append(number(values[k]));
        }
        return out.append(values.length > SHOWN_DIMENSIONS ? ", …)" : ")").toString();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value).replace('-', '−');
    }
}
