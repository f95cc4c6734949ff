package org.vaeexplorer.view;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.vaeexplorer.viewmodel.DisplayViewModel;

/**
 * Shows the window as the View menu's {@link DisplayViewModel} says: the controls scaled by the root's font size
 * (Modena and main.css size them in em), the canvases by their shared {@link CanvasLook}, the projector theme's
 * stylesheet, the settings pane and the bottom charts shown or not, and the stage full screen or not.
 */
final class DisplayWindow {
    /** The projector theme, added over main.css. */
    static final String PROJECTOR_CSS = DisplayWindow.class.getResource("projector.css").toExternalForm();
    /** How much thicker the projector theme draws the canvases' lines. */
    static final double PROJECTOR_STROKE = 1.6;
    /** The pictures' share of the height while presenting, the charts below having the rest. */
    private static final double PRESENTING_DIVIDER = 0.6;

    private final DisplayViewModel display;
    private final Parent root;
    /** The panes' vertical split and its bottom charts, once the panes have joined the window. */
    private SplitPane split;
    private Node charts;
    private final CanvasLook look = new CanvasLook();
    private double[] chartsDividers = {0.7};
    /** Where the charts' divider was before presenting; {@code null} while not presenting. */
    private double[] dividersBeforePresenting;

    DisplayWindow(DisplayViewModel display, Parent root) {
        this.display = display;
        this.root = root;
        look.install(root);
        look.scale.bind(display.scaleProperty());
        look.stroke.bind(display.scaleProperty().multiply(javafx.beans.binding.Bindings.when(
                display.themeProperty().isEqualTo(DisplayViewModel.Theme.PROJECTOR)).then(PROJECTOR_STROKE)
                .otherwise(1.0)));
        look.shapes.bind(display.classShapesProperty());
        display.scaleProperty().addListener((obs, was, now) -> {
            scaleControls(now.doubleValue());
            makeRoomForCharts(now.doubleValue());
        });
        display.themeProperty().addListener((obs, was, now) -> applyTheme(now));
        root.sceneProperty().flatMap(Scene::windowProperty).addListener((obs, was, now) -> {
            if (now instanceof Stage stage) {
                followFullScreen(stage);
            }
        });
        scaleControls(display.scaleProperty().get());
        applyTheme(display.themeProperty().get());
    }

    /**
     * The panes, once they have joined the window (decision 0031).
     *
     * @param settings the settings pane
     * @param split    the vertical split of the pictures above and the charts below
     * @param charts   the bottom charts: loss, the tabs beside it, the timeline
     */
    void showPanes(Node settings, SplitPane split, Node charts) {
        this.split = split;
        this.charts = charts;
        settings.visibleProperty().bind(display.settingsShownProperty());
        settings.managedProperty().bind(display.settingsShownProperty());
        display.chartsPaneProperty().addListener((obs, was, now) -> showCharts(now));
        showCharts(display.chartsPaneProperty().get());
        makeRoomForCharts(display.scaleProperty().get());
    }

    /**
     * Every control's size follows the root's font size. Set at scale 1 too (the platform's size): removing the style
     * left some menu labels at the scaled size.
     */
    private void scaleControls(double scale) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", Font.getDefault().getSize() * scale));
    }

    /**
     * Scaled, the loss pane's check boxes wrap onto more rows and leave its chart a sliver: presenting gives the
     * charts more of the height, and leaving gives the pictures back what they had.
     */
    private void makeRoomForCharts(double scale) {
        if (split == null || split.getItems().size() < 2) {
            return;
        }
        if (scale > 1 && dividersBeforePresenting == null) {
            dividersBeforePresenting = split.getDividerPositions();
            split.setDividerPositions(Math.min(dividersBeforePresenting[0], PRESENTING_DIVIDER));
        } else if (scale == 1 && dividersBeforePresenting != null) {
            split.setDividerPositions(dividersBeforePresenting);
            dividersBeforePresenting = null;
        }
    }

    private void applyTheme(DisplayViewModel.Theme theme) {
        root.getStylesheets().remove(PROJECTOR_CSS);
        if (theme == DisplayViewModel.Theme.PROJECTOR) {
            root.getStylesheets().add(PROJECTOR_CSS);
        }
    }

    /** A split pane lays out all its items: the charts leave it and come back where they were. */
    private void showCharts(boolean shown) {
        boolean there = split.getItems().contains(charts);
        if (shown && !there) {
            split.getItems().add(charts);
            split.setDividerPositions(chartsDividers);
        } else if (!shown && there) {
            chartsDividers = split.getDividerPositions();
            split.getItems().remove(charts);
        }
    }

    /** The stage and the view model's full screen in step both ways (Esc leaves full screen too). */
    private void followFullScreen(Stage stage) {
        stage.setFullScreen(display.fullScreenProperty().get());
        display.fullScreenProperty().addListener((obs, was, now) -> stage.setFullScreen(now));
        stage.fullScreenProperty().addListener((obs, was, now) -> display.fullScreenProperty().set(now));
    }
}
