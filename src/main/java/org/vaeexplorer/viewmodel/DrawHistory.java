package org.vaeexplorer.viewmodel;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo of a drawing, a stroke (or a Clear) at a time: the points as they were before each, at most
 * {@value #DEPTH} back. A drawing holds at most a few thousand points, so whole copies cost little.
 */
final class DrawHistory {
    static final int DEPTH = 100;

    /** The sketch at one moment. */
    record State(float[] xy, int[] labels, int count) {
        static State of(float[] xy, int[] labels, int count) {
            return new State(Arrays.copyOf(xy, 2 * count), Arrays.copyOf(labels, count), count);
        }

        boolean sameAs(float[] otherXy, int[] otherLabels, int otherCount) {
            return count == otherCount && Arrays.equals(xy, 0, 2 * count, otherXy, 0, 2 * count)
                    && Arrays.equals(labels, 0, count, otherLabels, 0, count);
        }
    }

    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Before a change: the state to come back to; what was undone can no longer be redone. */
    void before(State state) {
        undo.push(state);
        if (undo.size() > DEPTH) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** After a stroke that changed nothing (an eraser over empty space): it is no step to undo. */
    void dropIfUnchanged(float[] xy, int[] labels, int count) {
        if (!undo.isEmpty() && undo.peek().sameAs(xy, labels, count)) {
            undo.pop();
            update();
        }
    }

    /** The state before the last change, given the current one to redo; {@code null} when there is none. */
    State undo(State current) {
        return move(undo, redo, current);
    }

    /** The state the last undo left, given the current one; {@code null} when there is none. */
    State redo(State current) {
        return move(redo, undo, current);
    }

    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private State move(Deque<State> from, Deque<State> to, State current) {
        if (from.isEmpty()) {
            return null;
        }
        to.push(current);
        State back = from.pop();
        update();
        return back;
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
