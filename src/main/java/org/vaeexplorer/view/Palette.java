package org.vaeexplorer.view;

import javafx.scene.paint.Color;
import org.vaeexplorer.model.data.Dataset;

/**
 * Class colours that stay distinguishable on a projector and for colour-blind eyes: Okabe and Ito's eight for up to
 * eight classes, Tableau's ten for nine or ten, then evenly spaced hues (marker shapes, {@link MarkerShape}, tell
 * those apart where colour cannot). They stay in Java,
 * not CSS: a dataset may have any number of classes, and the scatter's painter thread reads them off the FX thread.
 * The fixed colours of the canvases are CSS's ({@link CanvasColours}).
 */
final class Palette {
    /** Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green, yellow, blue, vermillion,
     * reddish purple, black. */
    static final Color[] OKABE_ITO = {
        Color.web("#e69f00"), Color.web("#56b4e9"), Color.web("#009e73"), Color.web("#f0e442"),
        Color.web("#0072b2"), Color.web("#d55e00"), Color.web("#cc79a7"), Color.web("#000000")
    };
    private static final Color[] TEN = {
        Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"), Color.web("#76b7b2"),
        Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"),
        Color.web("#9c755f"), Color.web("#bab0ac")
    };

    private Palette() {
    }

    static Color classColor(int label, int classes) {
        if (classes <= OKABE_ITO.length) {
            return OKABE_ITO[label % OKABE_ITO.length];
        }
        if (classes <= TEN.length) {
            return TEN[label % TEN.length];
        }
        return Color.hsb(360.0 * label / classes, 0.65, 0.85);
    }

    /**
     * The colour of a data row's point: its class's, or for unlabelled data its place in {@code range} (the chosen
     * feature's minimum and maximum; unused when labelled) on the ramp.
     */
    static Color ofRow(Dataset data, int row, int feature, float[] range) {
        return data.hasLabels() ? classColor(data.label(row), data.classNames().size())
                : ramp((data.value(row, feature) - range[0]) / Math.max(1e-9, range[1] - range[0]));
    }

    /** A colour for a value in [0, 1], for unlabelled data coloured by a feature. */
    static Color ramp(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        return Color.hsb(240 - 240 * clamped, 0.7, 0.85);
    }
}
