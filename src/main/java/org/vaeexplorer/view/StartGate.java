package org.vaeexplorer.view;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The FX-thread executor the view models hand their results to, closed until what they fill has been laid out once:
 * the start page at the window's first layout, or, for a lesson given to the launcher, the panes, which join the
 * window a frame later. That lesson is read, made and encoded on the model thread while the window is being built;
 * what it shows arrives after its panes' first layout, as when it is opened later (shown before it, the notes pane
 * was laid out by preferred widths and left a few pixels). Tasks keep their order.
 */
final class StartGate implements Executor {
    private final Executor target;
    private List<Runnable> held = new ArrayList<>();

    StartGate(Executor target) {
        this.target = target;
    }

    @Override
    public synchronized void execute(Runnable task) {
        if (held != null) {
            held.add(task);
        } else {
            target.execute(task);
        }
    }

    /** Passes on what was held, in order, and everything from now on. */
    synchronized void open() {
        List<Runnable> waiting = held;
        held = null;
        if (waiting != null) {
            waiting.forEach(target::execute);
        }
    }
}
