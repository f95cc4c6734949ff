package org.vaeexplorer.view;

import javafx.scene.shape.Shape;

/** Styling shared by the overlays' shapes: their colours and line widths come from main.css, by style class. */
final class Strokes {
    private Strokes() {
    }

    /** Gives every shape this style class. */
    static void style(String styleClass, Shape... shapes) {
        for (Shape shape : shapes) {
            shape.getStyleClass().add(styleClass);
        }
    }
}
