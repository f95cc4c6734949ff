package org.vaeexplorer.viewmodel;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the window is shown (the View menu): presenter mode and its scale, full screen, which panes show, the theme and
 * whether classes are also told apart by marker shape. Presenter mode hides the settings and goes full screen;
 * leaving it restores full screen as it was before.
 */
public final class DisplayViewModel {
    /** The scales presenter mode offers. */
    public static final List<Double> SCALES = List.of(1.25, 1.5, 2.0);

    /** The window's look: the everyday light theme, or high contrast with thicker strokes for a projector. */
    public enum Theme {
        LIGHT, PROJECTOR
    }

    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final DoubleProperty presenterScale = new SimpleDoubleProperty(1.5);
    private final BooleanProperty fullScreen = new SimpleBooleanProperty(false);
    private final BooleanProperty settingsPane = new SimpleBooleanProperty(true);
    private final BooleanProperty notesPane = new SimpleBooleanProperty(true);
    private final BooleanProperty chartsPane = new SimpleBooleanProperty(true);
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final BooleanProperty classShapes = new SimpleBooleanProperty(false);
    private final DoubleBinding scale = Bindings.createDoubleBinding(
            () -> presenter.get() ? presenterScale.get() : 1.0, presenter, presenterScale);
    private final BooleanBinding settingsShown = settingsPane.and(presenter.not());
    private boolean fullScreenBeforePresenting;

    public DisplayViewModel() {
        presenter.addListener((obs, was, now) -> {
            if (now) {
                fullScreenBeforePresenting = fullScreen.get();
                fullScreen.set(true);
            } else {
                fullScreen.set(fullScreenBeforePresenting);
            }
        });
        presenterScale.addListener((obs, was, now) -> {
            if (!SCALES.contains(now.doubleValue())) {
                presenterScale.set(was.doubleValue());
            }
        });
    }

    /** Presenter mode (F5): everything scaled, the settings hidden, full screen. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** The factor presenter mode scales by, one of {@link #SCALES}; other values are refused. */
    public DoubleProperty presenterScaleProperty() {
        return presenterScale;
    }

    /** What every text, stroke and point is scaled by now: the presenter's factor, or 1. */
    public DoubleBinding scaleProperty() {
        return scale;
    }

    /** Whether the window fills the screen (F11); the view keeps it and the stage in step. */
    public BooleanProperty fullScreenProperty() {
        return fullScreen;
    }

    /** The user's choice to show the settings pane; presenter mode hides it regardless. */
    public BooleanProperty settingsPaneProperty() {
        return settingsPane;
    }

    /** Whether the settings pane shows: chosen and not presenting. */
    public BooleanBinding settingsShownProperty() {
        return settingsShown;
    }

    /** Whether an open lesson's notes pane shows. */
    public BooleanProperty notesPaneProperty() {
        return notesPane;
    }

    /** Whether the loss chart, the tabs beside it and the timeline show. */
    public BooleanProperty chartsPaneProperty() {
        return chartsPane;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Whether classes are drawn with a marker shape each as well as a colour. */
    public BooleanProperty classShapesProperty() {
        return classShapes;
    }
}
