package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.List;

/** Pulses a test fires by hand, at times it chooses, counting what the scheduler asks of it. */
final class ManualPulses implements RepaintScheduler.PulseSource {
    final List<Runnable> listeners = new ArrayList<>();
    int pulseRequests;
    private long now;

    /** One pulse at {@code nanos}: every listener runs, as a scene runs its pre-layout listeners. */
    void pulse(long nanos) {
        now = nanos;
        for (Runnable listener : List.copyOf(listeners)) {
            listener.run();
        }
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public void requestPulse() {
        pulseRequests++;
    }

    @Override
    public long nanoTime() {
        return now;
    }
}
