package org.vaeexplorer.view;

import java.util.concurrent.Executor;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableObjectValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.util.Duration;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.InterpolationViewModel;

/** The interpolation pane ({@code InterpolationView.fxml}): pin A and B, the path's shape, play, the film strip. */
public final class InterpolationView {
    /** How long playing the path from A to B takes. */
    private static final Duration PLAY_TIME = Duration.seconds(3);

    @FXML private Button pinStartButton;
    @FXML private Button pinEndButton;
    @FXML private Button pinRowsButton;
    @FXML private CheckBox sphericalBox;
    @FXML private Button playButton;
    @FXML private Slider positionSlider;
    @FXML private Button clearButton;
    @FXML private FilmStripCanvas stripCanvas;
    private InterpolationViewModel vm;
    private Timeline playing;

    /** Repaints the strip on the window's scheduler. */
    void paintWith(RepaintScheduler repaints, Executor painter) {
        stripCanvas.paintWith(repaints, painter);
    }

    public void bind(InterpolationViewModel interpolation, ObservableObjectValue<DataSnapshot> data) {
        vm = interpolation;
        sphericalBox.selectedProperty().bindBidirectional(vm.sphericalProperty());
        positionSlider.valueProperty().bindBidirectional(vm.positionProperty());
        var noPath = vm.pathProperty().isNull();
        playButton.disableProperty().bind(noPath);
        positionSlider.disableProperty().bind(noPath);
        pinRowsButton.disableProperty().bind(vm.twoRowsProperty().not());
        clearButton.disableProperty().bind(vm.startProperty().isNull().and(vm.endProperty().isNull()));
        stripCanvas.bind(vm, data);
    }

    @FXML
    private void onPinStart() {
        vm.pinStart();
    }

    @FXML
    private void onPinEnd() {
        vm.pinEnd();
    }

    @FXML
    private void onPinRows() {
        vm.pinRows();
    }

    @FXML
    private void onClear() {
        stopPlaying();
        vm.clear();
    }

    @FXML
    private void onPlay() {
        stopPlaying();
        playing = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(vm.positionProperty(), 0)),
                new KeyFrame(PLAY_TIME, new KeyValue(vm.positionProperty(), 1, Interpolator.EASE_BOTH)));
        playing.play();
    }

    private void stopPlaying() {
        if (playing != null) {
            playing.stop();
            playing = null;
        }
    }

    /** The pane's canvas, for exports. */
    FilmStripCanvas canvas() {
        return stripCanvas;
    }
}
