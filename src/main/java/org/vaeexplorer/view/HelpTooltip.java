package org.vaeexplorer.view;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** A tooltip that explains a control: wrapped to a readable width and shown soon after the pointer rests. */
public final class HelpTooltip extends Tooltip {
    public HelpTooltip() {
        setWrapText(true);
        setMaxWidth(360);
        setShowDelay(Duration.millis(400));
    }

    public HelpTooltip(String text) {
        this();
        setText(text);
    }
}
