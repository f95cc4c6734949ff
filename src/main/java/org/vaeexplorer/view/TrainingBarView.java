package org.vaeexplorer.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.TrainingViewModel;
import org.vaeexplorer.viewmodel.TrainingState;

/** The training bar ({@code TrainingBarView.fxml}): train or resume, pause, one epoch, one minibatch, reset, save. */
public final class TrainingBarView {
    @FXML private Button trainButton;
    @FXML private Button pauseButton;
    @FXML private Button stepButton;
    @FXML private Button stepMinibatchButton;
    @FXML private Button resetButton;
    @FXML private Button saveButton;
    private TrainingViewModel training;
    private Runnable saveModel;
    private Runnable stepMinibatch;

    /**
     * @param training   the training view model (its state, settings and commands)
     * @param modelReady whether there is a model to save
     * @param saveModel  asks the user where to save the model and saves it
     */
    public void bind(TrainingViewModel training, ObservableBooleanValue modelReady, Runnable saveModel) {
        this.training = training;
        this.saveModel = saveModel;
        var state = training.stateProperty();
        var running = state.isEqualTo(TrainingState.TRAINING);
        var noData = state.isEqualTo(TrainingState.NO_DATA);
        var cannotRun = training.canRunProperty().not();
        StudentMode.bindDisable(trainButton, cannotRun);
        trainButton.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case PAUSED, DIVERGED -> Texts.get("training.resume");
            default -> Texts.get("training.train");
        }, state));
        StudentMode.bindDisable(pauseButton, running.not());
        StudentMode.bindDisable(stepButton, cannotRun);
        StudentMode.bindDisable(stepMinibatchButton, cannotRun);
        StudentMode.bindDisable(resetButton, noData);
        StudentMode.bindDisable(saveButton, Bindings.not(modelReady));
    }

    @FXML
    void onTrain() {
        training.train();
    }

    @FXML
    void onPause() {
        training.pause();
    }

    @FXML
    void onStep() {
        training.step();
    }

    /** What Step minibatch does: slow motion's step. */
    void stepMinibatchWith(Runnable action) {
        stepMinibatch = action;
    }

    @FXML
    void onStepMinibatch() {
        stepMinibatch.run();
    }

    @FXML
    void onReset() {
        training.reset();
    }

    @FXML
    void onSave() {
        saveModel.run();
    }
}
