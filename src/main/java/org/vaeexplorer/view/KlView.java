package org.vaeexplorer.view;

import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.KlChartViewModel;

/** The KL pane ({@code KlView.fxml}): bars per latent dimension, the active count and a collapse warning. */
public final class KlView {
    @FXML private KlBarCanvas barCanvas;
    @FXML private Label summaryLabel;
    @FXML private Label warningLabel;

    /** Repaints the bars on the window's scheduler. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        barCanvas.paintWith(repaints, painter);
    }

    public void bind(KlChartViewModel kl) {
        barCanvas.bind(kl);
        barCanvas.visibleProperty().bind(kl.noKlProperty().not());
        summaryLabel.textProperty().bind(kl.summaryProperty());
        summaryLabel.setTooltip(new Tooltip(Texts.get("kl.summary.help", KlChartViewModel.ACTIVE_VARIANCE,
                KlChartViewModel.COLLAPSED_NATS)));
        // A dimension whose KL hovers at the threshold turns the warning on and off epoch after epoch (every few tens
        // of milliseconds on a small model): it shows at once, but goes only once it has been gone for a second.
        PauseTransition hideLater = new PauseTransition(Duration.seconds(1));
        hideLater.setOnFinished(e -> warningLabel.setVisible(false));
        kl.warningProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                hideLater.stop();
                warningLabel.setText(now);
                warningLabel.setVisible(true);
            } else if (warningLabel.isVisible()) {
                hideLater.playFromStart();
            }
        });
        warningLabel.setText(kl.warningProperty().get());
        warningLabel.setVisible(!kl.warningProperty().get().isEmpty());
        warningLabel.managedProperty().bind(warningLabel.visibleProperty());
        // Hidden, the warning is out of the layout and would stay where it was made, at the pane's top: appearing at
        // its foot, its old and new places together would cover the pane's clip, and Prism then repaints the whole
        // window (it did once per run, when training starts; decision 0006). So it waits at the foot.
        Region pane = (Region) warningLabel.getParent();
        InvalidationListener park = o -> {
            if (!warningLabel.isManaged()) {
                warningLabel.relocate(0, pane.getHeight());
            }
        };
        pane.heightProperty().addListener(park);
        warningLabel.managedProperty().addListener(park);
        park.invalidated(null);
    }

    /** The pane's canvas, for exports. */
    KlBarCanvas canvas() {
        return barCanvas;
    }
}
