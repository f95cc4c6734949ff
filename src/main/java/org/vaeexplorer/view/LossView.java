package org.vaeexplorer.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.shape.Rectangle;
import org.vaeexplorer.viewmodel.LossChartViewModel;
import org.vaeexplorer.viewmodel.LossChartViewModel.Series;

/**
 * The loss pane ({@code LossView.fxml}): the chart, a "Series" menu with a check item per series (a swatch in its
 * curve's colour), the log scale and the stacked view.
 */
public final class LossView {
    @FXML private MenuButton seriesMenu;
    @FXML private CheckBox logScaleBox;
    @FXML private CheckBox stackedBox;
    @FXML private LossChartCanvas chartCanvas;

    /** Repaints the chart on the window's scheduler. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        chartCanvas.paintWith(repaints, painter);
    }

    public void bind(LossChartViewModel chart) {
        Map<Series, Rectangle> swatches = new EnumMap<>(Series.class);
        for (Series s : Series.values()) {
            Rectangle swatch = new Rectangle(12, 12);
            swatches.put(s, swatch);
            CheckMenuItem item = new CheckMenuItem(s.label(), swatch);
            item.setId(seriesId(s));
            item.selectedProperty().bindBidirectional(chart.shownProperty(s));
            seriesMenu.getItems().add(item);
        }
        // The swatches take the chart's colours when the menu opens, so they follow the theme.
        seriesMenu.setOnShowing(e -> swatches.forEach((s, swatch) -> swatch.setFill(chartCanvas.color(s))));
        logScaleBox.selectedProperty().bindBidirectional(chart.logScaleProperty());
        stackedBox.selectedProperty().bindBidirectional(chart.stackedProperty());
        stackedBox.disableProperty().bind(chart.logScaleProperty());
        chartCanvas.bind(chart);
    }

    /** The check item's id for a series, for tests and student mode: {@code loss-series-train-total} and so on. */
    static String seriesId(Series s) {
        return "loss-series-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The pane's canvas, for exports. */
    LossChartCanvas canvas() {
        return chartCanvas;
    }
}
