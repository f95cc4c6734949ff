package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import org.vaeexplorer.viewmodel.LossChartViewModel;
import org.vaeexplorer.viewmodel.LossChartViewModel.Series;

/** The loss pane ({@code LossView.fxml}): the chart, a check box per series in its curve's colour, the log scale. */
public final class LossView {
    @FXML private FlowPane seriesBox;
    @FXML private CheckBox logScaleBox;
    @FXML private CheckBox stackedBox;
    @FXML private LossChartCanvas chartCanvas;

    /** Repaints the chart on the window's scheduler. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        chartCanvas.paintWith(repaints, painter);
    }

    public void bind(LossChartViewModel chart) {
        List<CheckBox> boxes = new ArrayList<>();
        for (Series s : Series.values()) {
            CheckBox box = new CheckBox(s.label());
            box.selectedProperty().bindBidirectional(chart.shownProperty(s));
            box.getStyleClass().add(LossChartCanvas.seriesStyleClass(s));
            boxes.add(box);
        }
        seriesBox.getChildren().addAll(seriesBox.getChildren().indexOf(logScaleBox), boxes);
        logScaleBox.selectedProperty().bindBidirectional(chart.logScaleProperty());
        stackedBox.selectedProperty().bindBidirectional(chart.stackedProperty());
        stackedBox.disableProperty().bind(chart.logScaleProperty());
        chartCanvas.bind(chart);
    }

    /** The pane's canvas, for exports. */
    LossChartCanvas canvas() {
        return chartCanvas;
    }
}
