package org.vaeexplorer.model.network;

/**
 * Where long model work (an epoch, the held-out figures, encoding a sample) pauses between two pieces so that the
 * owner of the model thread can run short jobs there, such as decoding a point the user drags. The work never
 * calls back into anything else; whoever starts it decides what a yield does.
 */
@FunctionalInterface
public interface YieldPoint {
    /** Does nothing: for work that nobody waits on. */
    YieldPoint NONE = () -> { };

    /** Runs between two pieces of work, on the model thread. */
    void yieldNow();
}
