package org.vaeexplorer.view;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The window's one repaint loop: panes ask to be repainted, and on the next pulse each one that asked is repainted
 * once, however many changes came between. It listens to pulses only while something has asked, so an idle window
 * runs no code per frame. Of the panes' base layers at most one is redrawn per pulse, so that one frame's rendering
 * is one canvas's work, not the sum of all that changed in the same epoch.
 */
final class RepaintScheduler {
    /** Something the scheduler repaints. */
    interface Repaintable {
        /**
         * Brings what it shows up to date on this pulse.
         *
         * @return whether work is left for a later pulse (a base layer that had to wait, a picture being painted)
         */
        boolean repaint(Pulse pulse);
    }

    /** Where pulses come from: the window's scene, or a test's hand-driven source. */
    interface PulseSource {
        /** Starts calling {@code listener} on each pulse, before CSS and layout. */
        void addListener(Runnable listener);

        void removeListener(Runnable listener);

        /** Asks for a pulse even when the scene graph has not changed. */
        void requestPulse();

        long nanoTime();

        /** The pulses of a scene, on the FX thread. */
        static PulseSource of(Scene scene) {
            return new PulseSource() {
                @Override
                public void addListener(Runnable listener) {
                    scene.addPreLayoutPulseListener(listener);
                }

                @Override
                public void removeListener(Runnable listener) {
                    scene.removePreLayoutPulseListener(listener);
                }

                @Override
                public void requestPulse() {
                    Platform.requestNextPulse();
                }

                @Override
                public long nanoTime() {
                    return System.nanoTime();
                }
            };
        }
    }

    /** The pulse being handled; one object reused for every pulse. */
    static final class Pulse {
        private long nanos;
        private long number;
        private boolean baseLayerTaken;

        /** When the pulse began, in {@link System#nanoTime()} units. */
        long nanos() {
            return nanos;
        }

        /** Counts the pulses the scheduler has handled: equal numbers are the same pulse. */
        long number() {
            return number;
        }

        /** Claims this pulse's one base-layer redraw; false when another pane has claimed it. */
        boolean takeBaseLayer() {
            if (baseLayerTaken) {
                return false;
            }
            baseLayerTaken = true;
            return true;
        }
    }

    private final PulseSource source;
    private final Runnable listener = this::pulse;
    /** What asked to be repainted, in the order it asked: the base layer goes to the first that is due. */
    private Set<Repaintable> waiting = new LinkedHashSet<>();
    private Set<Repaintable> repainting = new LinkedHashSet<>();
    private final Pulse pulse = new Pulse();
    private boolean listening;
    private boolean closed;

    RepaintScheduler(PulseSource source) {
        this.source = source;
    }

    /** On the FX thread: repaints {@code target} on a coming pulse. */
    void requestRepaint(Repaintable target) {
        if (closed) {
            return;
        }
        waiting.add(target);
        if (!listening) {
            listening = true;
            source.addListener(listener);
        }
        source.requestPulse();
    }

    /** Whether the scheduler is listening to pulses: only while something waits to be repainted. */
    boolean isListening() {
        return listening;
    }

    /** The number of the pulse being handled, or of the last one handled. */
    long pulseNumber() {
        return pulse.number;
    }

    /** The window is closing: stops listening and repaints nothing more. */
    void close() {
        closed = true;
        waiting.clear();
        stopListening();
    }

    private void pulse() {
        pulse.nanos = source.nanoTime();
        pulse.number++;
        pulse.baseLayerTaken = false;
        // Swapped, so that what asks during this pulse (a pane marking another) waits for the next one.
        Set<Repaintable> due = waiting;
        waiting = repainting;
        repainting = due;
        for (Repaintable target : due) {
            if (target.repaint(pulse)) {
                waiting.add(target);
            } else {
                // Asked again from inside its own repaint, yet nothing is left: no empty call next pulse.
                waiting.remove(target);
            }
        }
        due.clear();
        if (waiting.isEmpty() || closed) {
            stopListening();
        } else {
            source.requestPulse();
        }
    }

    private void stopListening() {
        if (listening) {
            listening = false;
            source.removeListener(listener);
        }
    }
}
