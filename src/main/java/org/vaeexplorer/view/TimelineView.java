package org.vaeexplorer.view;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.TimelineViewModel;

/**
 * The timeline row ({@code TimelineView.fxml}): a slider with a stop per kept epoch, the epoch shown, Live and
 * "Continue from here".
 */
public final class TimelineView {
    @FXML private Slider timelineSlider;
    @FXML private Label timelineLabel;
    @FXML private Button timelineLiveButton;
    @FXML private Button continueFromHereButton;
    private TimelineViewModel timeline;
    /** True while the stops are being shown: the slider's own value changes then are not the user's. */
    private boolean showingStops;

    public void bind(TimelineViewModel vm) {
        timeline = vm;
        timelineSlider.setMin(0);
        vm.stopsProperty().addListener((obs, was, now) -> showStops(now));
        vm.indexProperty().addListener((obs, was, now) -> timelineSlider.setValue(Math.max(0, now.intValue())));
        timelineSlider.valueProperty().addListener((obs, was, now) -> {
            if (!showingStops) {
                vm.select((int) Math.round(now.doubleValue()));
            }
        });
        showStops(vm.stopsProperty().get());
        timelineLabel.textProperty().bind(vm.labelProperty());
        vm.liveProperty().addListener((obs, was, now) -> markPast(!now));
        timelineLiveButton.disableProperty().bind(vm.liveProperty());
        continueFromHereButton.disableProperty().bind(vm.liveProperty());
        timelineSlider.setTooltip(new Tooltip(Texts.get("timeline.slider.help")));
        continueFromHereButton.setTooltip(new Tooltip(Texts.get("timeline.continue.help")));
    }

    @FXML
    private void goLive() {
        timeline.goLive();
    }

    @FXML
    private void continueFromHere() {
        timeline.continueFromHere();
    }

    private void showStops(List<Integer> stops) {
        // The slider clamps its value to a smaller range itself: that is not the user choosing a past epoch.
        showingStops = true;
        try {
            // Never max = min: the skin would place the thumb at (value − min) / (max − min) = NaN, out of sight.
            timelineSlider.setMax(Math.max(1, stops.size() - 1));
            timelineSlider.setDisable(stops.size() < 2);
            timelineSlider.setValue(Math.max(0, timeline.indexProperty().get()));
        } finally {
            showingStops = false;
        }
    }

    private void markPast(boolean past) {
        if (past) {
            timelineLabel.getStyleClass().add("past");
        } else {
            timelineLabel.getStyleClass().remove("past");
        }
    }
}
