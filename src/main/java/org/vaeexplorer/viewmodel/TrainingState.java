package org.vaeexplorer.viewmodel;

import org.vaeexplorer.text.Texts;

/** Where training stands, for the buttons and the status line. */
public enum TrainingState {
    /** Data is loading or none is loaded. */
    NO_DATA,
    /** Data is loaded; no model has been trained since the last reset. */
    READY,
    /** Epochs are running. */
    TRAINING,
    /** A model exists and no epoch runs: paused, stepped or finished. */
    PAUSED,
    /** The last run diverged; the model keeps its last finite weights. */
    DIVERGED;

    /** The status line's words for this state. */
    String status() {
        return switch (this) {
            case NO_DATA -> Texts.get("status.noData");
            case READY -> Texts.get("status.ready");
            case TRAINING -> Texts.get("status.training");
            case PAUSED -> Texts.get("status.paused");
            case DIVERGED -> Texts.get("status.diverged");
        };
    }
}
