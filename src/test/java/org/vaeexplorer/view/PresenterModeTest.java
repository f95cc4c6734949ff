package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.vaeexplorer.viewmodel.DisplayViewModel;
import org.vaeexplorer.viewmodel.MainViewModel;
import org.vaeexplorer.viewmodel.TrainingState;

/** Presenter mode, the projector theme and class shapes in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    private Stage stage;
    private VaeExplorerApp app;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = RealWindow.open(stage);
    }

    /** The View menu's choices are remembered: the next test must find the defaults. */
    @AfterEach
    void restoreDefaults(FxRobot robot) {
        robot.interact(() -> {
            DisplayViewModel d = vm().display();
            d.presenterProperty().set(false);
            d.presenterScaleProperty().set(1.5);
            d.themeProperty().set(DisplayViewModel.Theme.LIGHT);
            d.classShapesProperty().set(false);
            d.settingsPaneProperty().set(true);
            d.chartsPaneProperty().set(true);
        });
    }

    private MainViewModel vm() {
        return app.viewModel();
    }

    private void trainOneEpochOnMoons(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm().settings().field("hidden").textProperty().set("16,16");
            vm().data().pointsProperty().set("400");
            vm().data().datasetChoiceProperty().set(vm().data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().data().dataProperty().get() != null
                && vm().data().dataProperty().get().data().name().equals("moons"));
        robot.clickOn("#stepButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm().exploration().latentProperty().get() != null
                && vm().training().stateProperty().get() == TrainingState.PAUSED);
    }

    /** Font sizes of the window's shown labels and buttons, and the scale of every canvas. */
    private Map<Node, Double> sizes() {
        Map<Node, Double> sizes = new IdentityHashMap<>();
        for (Node n : stage.getScene().getRoot().lookupAll(".label")) {
            if (n instanceof Labeled l && n.isVisible()) {
                sizes.put(n, l.getFont().getSize());
            }
        }
        for (Node n : stage.getScene().getRoot().lookupAll(".button")) {
            if (n instanceof Labeled l) {
                sizes.put(n, l.getFont().getSize());
            }
        }
        for (Node n : stage.getScene().getRoot().lookupAll(".vae-canvas")) {
            if (n instanceof LayeredCanvasPane pane) {
                sizes.put(n, pane.scaleProperty().get());
            }
        }
        return sizes;
    }

    @Test
    void f5ScalesEveryPaneHidesTheSettingsGoesFullScreenAndF5AgainRestoresAll(FxRobot robot) throws Exception {
        trainOneEpochOnMoons(robot);
        // A screen reader hears what the canvases show, as it is now.
        LatentCanvas latent = robot.lookup("#latentCanvas").queryAs(LatentCanvas.class);
        robot.interact(() -> {
            vm().exploration().probeXProperty().set(0.25);
            vm().exploration().probeYProperty().set(-1.5);
        });
        String said = (String) latent.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT);
        assertTrue(said.contains("2") && said.contains("(0.25, \u22121.50)"), said);
        robot.interact(() -> vm().exploration().probeXProperty().set(1));
        assertTrue(((String) latent.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT))
                .contains("(1.00, \u22121.50)"));
        Node loss = robot.lookup(".vae-canvas").match(n -> n instanceof LossChartCanvas).query();
        assertTrue(((String) loss.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT)).contains("1"));
        Node settings = robot.lookup("#fieldGrid").query();
        Map<Node, Double> before = sizes();
        assertTrue(before.keySet().stream().filter(n -> n instanceof LayeredCanvasPane).count() >= 5,
                "latent, data, loss, KL and the tabs' canvases");
        assertTrue(settings.getScene() != null && settings.getParent().getParent().isVisible());

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        Map<Node, Double> presenting = sizes();
        // A tool bar's items that no longer fit go to its overflow menu, out of the scene: the others are compared.
        assertTrue(presenting.keySet().stream().filter(before::containsKey).count() > before.size() * 0.8);
        for (Map.Entry<Node, Double> e : before.entrySet()) {
            if (!presenting.containsKey(e.getKey())) {
                continue;
            }
            // JavaFX rounds em-sized fonts to a tenth of a pixel.
            assertEquals(e.getValue() * 1.5, presenting.get(e.getKey()), 0.006 * e.getValue() * 1.5,
                    () -> "scaled by 1.5: " + e.getKey());
        }
        assertFalse(isShown(settings), "settings hidden");
        assertTrue(vm().display().fullScreenProperty().get(), "full screen asked for");

        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        Map<Node, Double> after = sizes();
        for (Map.Entry<Node, Double> e : before.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), 1e-9, () -> "restored: " + e.getKey());
        }
        assertTrue(isShown(settings), "settings back");
        assertFalse(vm().display().fullScreenProperty().get(), "not full screen, as before");
    }

    @Test
    void aChosenScaleOfTwoDoublesTheCanvasesAndTheText(FxRobot robot) {
        Map<Node, Double> before = sizes();
        robot.interact(() -> {
            vm().display().presenterScaleProperty().set(2.0);
            vm().display().presenterProperty().set(true);
            stage.getScene().getRoot().applyCss();
        });
        Map<Node, Double> presenting = sizes();
        for (Map.Entry<Node, Double> e : before.entrySet()) {
            if (!presenting.containsKey(e.getKey())) {
                continue;
            }
            assertEquals(e.getValue() * 2, presenting.get(e.getKey()), 0.006 * e.getValue() * 2,
                    () -> "doubled: " + e.getKey());
        }
    }

    /**
     * At 1.5 on a projector-sized window (1472 × 920, or the smaller headless screen: a larger stage overflows
     * Monocle's buffer) the loss chart keeps its height: its series are one menu, not rows of check boxes.
     */
    @Test
    void atOneAndAHalfTheLossChartKeepsItsHeightAndDialogsGrowToo(FxRobot robot) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        double width = Math.min(1472, screen.getWidth());
        double height = Math.min(920, screen.getHeight());
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        LossChartCanvas loss = robot.lookup(".vae-canvas").match(n -> n instanceof LossChartCanvas).query();
        Node header = robot.lookup("#seriesBox").query();
        double[] unscaled = new double[3];
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            unscaled[0] = loss.getHeight();
            unscaled[1] = dialogFontSize();
            unscaled[2] = header.getLayoutBounds().getHeight();
        });
        robot.interact(() -> {
            vm().display().presenterScaleProperty().set(1.5);
            vm().display().presenterProperty().set(true);
            // Full screen would take the headless screen's size: the window stays as the projector's.
            vm().display().fullScreenProperty().set(false);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        double scaled = loss.getHeight();
        assertTrue(unscaled[0] > 50 && scaled >= 0.6 * unscaled[0], scaled + " of " + unscaled[0]);
        // Its header grows with the text but gains no rows (the check boxes it had went from two rows to four).
        double headerNow = header.getLayoutBounds().getHeight();
        assertTrue(headerNow <= 1.6 * unscaled[2], headerNow + " from " + unscaled[2]);
        double[] dialog = new double[1];
        robot.interact(() -> dialog[0] = dialogFontSize());
        assertEquals(unscaled[1] * 1.5, dialog[0], 0.01 * dialog[0], "the About dialog's text at 1.5");
    }

    /** The font size of a label in the About dialog, in its own scene, made (not shown) as Help ▸ About makes it. */
    private double dialogFontSize() {
        javafx.scene.control.DialogPane pane = AboutDialog.create(stage).getDialogPane();
        pane.applyCss();
        return ((Labeled) pane.lookup(".label")).getFont().getSize();
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void classShapesChangeTheLatentScatterAndTheProjectorThemeItsBackdrop(FxRobot robot) throws Exception {
        trainOneEpochOnMoons(robot);
        LatentCanvas canvas = robot.lookup("#latentCanvas").queryAs(LatentCanvas.class);
        ImageView scatter = (ImageView) canvas.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof ImageView).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scatter.isVisible() && scatter.getImage() != null);
        int[] discs = pixels(robot, scatter);
        robot.interact(() -> vm().display().classShapesProperty().set(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            int[] now = pixels(robot, scatter);
            return now != null && !java.util.Arrays.equals(now, discs);
        });
        int[] shapes = pixels(robot, scatter);
        // Moons' second class is drawn as squares, larger than the discs: more pixels are covered.
        assertTrue(covered(shapes) > covered(discs), covered(shapes) + " vs " + covered(discs));
    }

    private static int[] pixels(FxRobot robot, ImageView view) {
        int[][] out = new int[1][];
        robot.interact(() -> {
            if (view.getImage() instanceof WritableImage image) {
                int w = (int) image.getWidth();
                int h = (int) image.getHeight();
                out[0] = new int[w * h];
                image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), out[0], 0, w);
            }
        });
        return out[0];
    }

    private static long covered(int[] pixels) {
        long count = 0;
        for (int p : pixels) {
            count += (p >>> 24) > 128 ? 1 : 0;
        }
        return count;
    }
}
