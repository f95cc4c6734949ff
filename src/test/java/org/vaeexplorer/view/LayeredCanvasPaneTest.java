package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.canvas.GraphicsContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The panes' repaint policy on hand-fired pulses (headless toolkit, for the canvases). */
@ExtendWith(ApplicationExtension.class)
class LayeredCanvasPaneTest {
    private static final long MS = 1_000_000L;
    private final ManualPulses pulses = new ManualPulses();
    private final RepaintScheduler scheduler = new RepaintScheduler(pulses);

    /** Counts its layers' redraws. */
    private static final class CountingPane extends LayeredCanvasPane {
        int bases;
        int overlays;

        CountingPane(long baseIntervalNanos) {
            super(false, baseIntervalNanos);
            resize(200, 100);
        }

        @Override
        protected void prepare(double width, double height) {
        }

        @Override
        protected void drawBase(GraphicsContext g, double width, double height) {
            bases++;
        }

        @Override
        protected void updateOverlay(double width, double height) {
            overlays++;
        }
    }

    @Test
    void twoPanesChangedTogetherRedrawTheirBaseLayersOnSuccessivePulses(FxRobot robot) {
        robot.interact(() -> {
            CountingPane latent = new CountingPane(80 * MS);
            CountingPane data = new CountingPane(80 * MS);
            latent.paintWith(scheduler, Runnable::run);
            data.paintWith(scheduler, Runnable::run);

            pulses.pulse(1_000 * MS);
            assertEquals(1, latent.bases + data.bases, "one base layer in the first pulse");
            pulses.pulse(1_016 * MS);
            assertEquals(1, latent.bases);
            assertEquals(1, data.bases);
            assertTrue(pulses.listeners.isEmpty(), "nothing dirty: no pulse listener");
        });
    }

    @Test
    void aBaseLayerWaitsForItsIntervalWhileTheOverlayFollowsAtOnce(FxRobot robot) {
        robot.interact(() -> {
            CountingPane pane = new CountingPane(80 * MS);
            pane.paintWith(scheduler, Runnable::run);
            pulses.pulse(1_000 * MS);
            assertEquals(1, pane.bases);

            pane.markContentDirty();
            pane.markOverlayDirty();
            int overlaysBefore = pane.overlays;
            pulses.pulse(1_016 * MS);
            assertEquals(1, pane.bases, "16 ms after the last redraw: too soon for the base layer");
            assertEquals(overlaysBefore + 1, pane.overlays, "the overlay is not held back");
            assertEquals(1, pulses.listeners.size(), "still listening: the base layer is due later");

            pulses.pulse(1_079 * MS);
            assertEquals(1, pane.bases);
            pulses.pulse(1_080 * MS);
            assertEquals(2, pane.bases, "redrawn once the interval has passed");
            assertTrue(pulses.listeners.isEmpty());
        });
    }

    @Test
    void aPaneWithoutSizeDrawsNothingUntilItIsSized(FxRobot robot) {
        robot.interact(() -> {
            CountingPane pane = new CountingPane(0);
            pane.resize(0, 0);
            pane.paintWith(scheduler, Runnable::run);
            pulses.pulse(1_000 * MS);
            assertEquals(0, pane.bases);
            assertTrue(pulses.listeners.isEmpty(), "no polling while it has no size");
            pane.resize(200, 100);
            assertEquals(1, pulses.listeners.size(), "sizing it asks for a repaint");
            pulses.pulse(1_016 * MS);
            assertEquals(1, pane.bases);
        });
    }
}
