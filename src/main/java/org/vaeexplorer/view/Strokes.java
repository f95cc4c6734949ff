package org.vaeexplorer.view;

import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;

/** Styling shared by the overlays' shapes. */
final class Strokes {
    private Strokes() {
    }

    /** Gives every shape this stroke and line width. */
    static void stroke(Paint paint, double width, Shape... shapes) {
        for (Shape shape : shapes) {
            shape.setStroke(paint);
            shape.setStrokeWidth(width);
        }
    }
}
