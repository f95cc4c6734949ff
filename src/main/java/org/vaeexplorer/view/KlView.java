package org.vaeexplorer.view;

import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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
        summaryLabel.setTooltip(new Tooltip(String.format(Locale.ROOT, "Active: the posterior mean of the "
                + "dimension varies over the data by more than %.2f (Burda et al., 2015).%nCollapsed: its KL is under "
                + "%.2f nats per example: q(z|x) is the prior whatever x is.", KlChartViewModel.ACTIVE_VARIANCE,
                KlChartViewModel.COLLAPSED_NATS)));
        warningLabel.textProperty().bind(kl.warningProperty());
        warningLabel.visibleProperty().bind(kl.warningProperty().isNotEmpty());
        warningLabel.managedProperty().bind(warningLabel.visibleProperty());
    }
}
