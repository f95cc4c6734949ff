package org.vaeexplorer.view;

import javafx.scene.paint.Color;

/** Class colours that stay distinguishable on a projector: Tableau's ten, then evenly spaced hues. */
final class Palette {
    private static final Color[] TEN = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"), Color.web("#76b7b2"),
        Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"),
        Color.web("#9c755f"), Color.web("#bab0ac")
    };

    private Palette() {
    }

    static Color classColor(int label, int classes) {
        if (classes <= TEN.length) {
            return TEN[label % TEN.length];
        }
        return Color.hsb(360.0 * label / classes, 0.65, 0.85);
    }

    /** A colour for a value in [0, 1], for unlabelled data coloured by a feature. */
    static Color ramp(double t) {
        // 64 steps: no eye tells them from a continuous ramp, and scatter points then need few cached sprites.
        double clamped = Math.round(Math.max(0, Math.min(1, t)) * 63) / 63.0;
        return Color.hsb(240 - 240 * clamped, 0.7, 0.85);
    }

    static final Color PROBE = Color.web("#d62728");
    static final Color PRIOR = Color.web("#7f7f7f");
    static final Color AXIS = Color.web("#555555");
    static final Color GRID = Color.web("#e6e6e6");
}
