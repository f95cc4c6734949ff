package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepaintSchedulerTest {
    private final ManualPulses pulses = new ManualPulses();
    private final RepaintScheduler scheduler = new RepaintScheduler(pulses);

    /** Repaints itself {@code pulsesOfWork} times, then reports nothing left; records each pulse it saw. */
    private static final class Target implements RepaintScheduler.Repaintable {
        final List<Long> repaintedAt = new ArrayList<>();
        final List<Boolean> gotBaseLayer = new ArrayList<>();
        int pulsesOfWork = 1;
        boolean wantsBaseLayer;

        @Override
        public boolean repaint(RepaintScheduler.Pulse pulse) {
            repaintedAt.add(pulse.nanos());
            if (wantsBaseLayer) {
                boolean got = pulse.takeBaseLayer();
                gotBaseLayer.add(got);
                wantsBaseLayer = !got;
            }
            return --pulsesOfWork > 0 || wantsBaseLayer;
        }
    }

    @Test
    void listensToPulsesOnlyFromARequestUntilTheRepaintThatLeavesNothingToDo() {
        Target pane = new Target();
        assertTrue(pulses.listeners.isEmpty(), "an idle window runs nothing per pulse");

        scheduler.requestRepaint(pane);
        assertEquals(1, pulses.listeners.size());
        assertEquals(1, pulses.pulseRequests, "a pulse is asked for even when no node changed");

        pulses.pulse(1_000);
        assertEquals(List.of(1_000L), pane.repaintedAt);
        assertTrue(pulses.listeners.isEmpty(), "the listener is removed after the repaint");
        assertFalse(scheduler.isListening());

        pulses.pulse(2_000);
        assertEquals(1, pane.repaintedAt.size(), "no repaint without a request");
    }

    @Test
    void manyRequestsBeforeAPulseGiveOneRepaintAndOneListener() {
        Target pane = new Target();
        for (int i = 0; i < 5; i++) {
            scheduler.requestRepaint(pane);
        }
        assertEquals(1, pulses.listeners.size());
        pulses.pulse(1_000);
        assertEquals(1, pane.repaintedAt.size());
    }

    @Test
    void workLeftKeepsTheListenerAndAsksForTheNextPulse() {
        Target pane = new Target();
        pane.pulsesOfWork = 3;
        scheduler.requestRepaint(pane);
        pulses.pulse(1_000);
        pulses.pulse(2_000);
        assertEquals(1, pulses.listeners.size(), "still listening while work is left");
        assertEquals(3, pulses.pulseRequests, "one request with the repaint, then one after each busy pulse");
        pulses.pulse(3_000);
        assertEquals(List.of(1_000L, 2_000L, 3_000L), pane.repaintedAt);
        assertTrue(pulses.listeners.isEmpty());
    }

    @Test
    void atMostOneBaseLayerPerPulseInTheOrderThePanesAsked() {
        Target latent = new Target();
        Target data = new Target();
        Target chart = new Target();
        for (Target pane : List.of(latent, data, chart)) {
            pane.wantsBaseLayer = true;
            scheduler.requestRepaint(pane);
        }
        pulses.pulse(1_000);
        assertEquals(List.of(true), latent.gotBaseLayer);
        assertEquals(List.of(false), data.gotBaseLayer);
        assertEquals(List.of(false), chart.gotBaseLayer);
        pulses.pulse(2_000);
        assertEquals(List.of(false, true), data.gotBaseLayer);
        assertEquals(List.of(false, false), chart.gotBaseLayer);
        pulses.pulse(3_000);
        assertEquals(List.of(false, false, true), chart.gotBaseLayer);
        assertEquals(1, latent.repaintedAt.size(), "a pane that is done is not called again");
        assertTrue(pulses.listeners.isEmpty());
    }

    @Test
    void aRequestMadeDuringAPulseIsServedOnTheNext() {
        Target later = new Target();
        RepaintScheduler.Repaintable marksAnother = pulse -> {
            scheduler.requestRepaint(later);
            return false;
        };
        scheduler.requestRepaint(marksAnother);
        pulses.pulse(1_000);
        assertTrue(later.repaintedAt.isEmpty());
        assertEquals(1, pulses.listeners.size());
        pulses.pulse(2_000);
        assertEquals(List.of(2_000L), later.repaintedAt);
        assertTrue(pulses.listeners.isEmpty());
    }

    @Test
    void pulsesAreNumberedSoThatAPaneCanTellTheSamePulseFromTheNext() {
        List<Long> numbers = new ArrayList<>();
        RepaintScheduler.Repaintable recorder = pulse -> {
            numbers.add(pulse.number());
            return numbers.size() < 2;
        };
        scheduler.requestRepaint(recorder);
        pulses.pulse(1_000);
        pulses.pulse(2_000);
        assertEquals(2, numbers.size());
        assertEquals(numbers.get(0) + 1, numbers.get(1));
        assertEquals(numbers.get(1), scheduler.pulseNumber());
    }

    @Test
    void aClosedSchedulerStopsListeningAndIgnoresRequests() {
        Target pane = new Target();
        pane.pulsesOfWork = 10;
        scheduler.requestRepaint(pane);
        pulses.pulse(1_000);
        scheduler.close();
        assertTrue(pulses.listeners.isEmpty());
        scheduler.requestRepaint(pane);
        assertTrue(pulses.listeners.isEmpty());
        pulses.pulse(2_000);
        assertEquals(1, pane.repaintedAt.size());
    }
}
