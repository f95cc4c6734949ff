package org.vaeexplorer.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;

/**
 * What a window's canvases draw with beyond their CSS colours: one scale for texts, point sizes and marks (presenter
 * mode), one for line widths (also thicker in the projector theme), and whether classes get marker shapes. The
 * window puts it on its root; each canvas finds it when it enters the scene, so no pane needs it passed in.
 */
final class CanvasLook {
    private static final String KEY = CanvasLook.class.getName();
    final DoubleProperty scale = new SimpleDoubleProperty(1);
    final DoubleProperty stroke = new SimpleDoubleProperty(1);
    final BooleanProperty shapes = new SimpleBooleanProperty(false);

    /** Makes this the look of every canvas under {@code root}. */
    void install(Node root) {
        root.getProperties().put(KEY, this);
    }

    /** The look installed on {@code node} or its nearest ancestor, or {@code null}. */
    static CanvasLook of(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(KEY) instanceof CanvasLook look) {
                return look;
            }
        }
        return null;
    }
}
