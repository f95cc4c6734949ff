package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The canvases' colours come from main.css's looked-up colours, and a theme that redefines one restyles them. */
@ExtendWith(ApplicationExtension.class)
class CanvasColoursTest {
    private static final String MAIN_CSS = MainView.class.getResource("main.css").toExternalForm();
    @TempDir
    Path dir;

    private static final class PlainPane extends LayeredCanvasPane {
        @Override
        protected void prepare(double width, double height) {
        }

        @Override
        protected void drawBase(GraphicsContext g, double width, double height) {
        }

        @Override
        protected void updateOverlay(double width, double height) {
        }
    }

    @Test
    void aPaneTakesItsColoursFromMainCss(FxRobot robot) {
        PlainPane pane = new PlainPane();
        Circle probe = new Circle(9);
        Strokes.style("vae-probe-ring", probe);
        pane.overlay.getChildren().add(probe);
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(pane));
            scene.getStylesheets().add(MAIN_CSS);
            pane.applyCss();
        });
        assertEquals(Color.web("#555555"), pane.colours.get(CanvasColours.Role.AXIS));
        assertEquals(Color.web("#1f77b4"), pane.colours.get(CanvasColours.Role.SERIES_TOTAL));
        assertEquals(Color.rgb(40, 40, 40, 0.45), pane.colours.get(CanvasColours.Role.MANIFOLD_MESH));
        assertEquals(Color.WHITE, pane.getBackground().getFills().get(0).getFill(), "an opaque plain background");
        assertEquals(Color.rgb(214, 39, 40, 0.25), probe.getFill(), "the probe's halo");
        assertEquals(Color.web("#d62728"), probe.getStroke());
        assertEquals(2.5, probe.getStrokeWidth());
    }

    @Test
    void aThemeRedefiningALookedUpColourRestylesTheCanvasAndAsksForARepaint(FxRobot robot) throws Exception {
        Path theme = dir.resolve("theme.css");
        Files.writeString(theme, ".root { -vae-axis: #123456; -vae-probe: #00aa00; }");
        PlainPane pane = new PlainPane();
        Circle probe = new Circle(9);
        Strokes.style("vae-probe-mark", probe);
        pane.overlay.getChildren().add(probe);
        ManualPulses pulses = new ManualPulses();
        robot.interact(() -> {
            Scene scene = new Scene(new StackPane(pane));
            scene.getStylesheets().add(MAIN_CSS);
            pane.applyCss();
            pane.resize(100, 100);
            pane.paintWith(new RepaintScheduler(pulses), Runnable::run);
            pulses.pulse(1_000_000_000L);
            assertTrue(pulses.listeners.isEmpty(), "drawn and idle");

            scene.getStylesheets().add(theme.toUri().toString());
            pane.applyCss();
            assertEquals(1, pulses.listeners.size(), "a new colour asks for a repaint");
        });
        assertEquals(Color.web("#123456"), pane.colours.get(CanvasColours.Role.AXIS));
        assertEquals(Color.web("#00aa00"), probe.getStroke());
        assertEquals(Color.web("#e6e6e6"), pane.colours.get(CanvasColours.Role.GRID), "the others stay");
    }
}
