package org.vaeexplorer.model.training;

import java.util.List;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.settings.ConfigProblem;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.text.Texts;

/** Values so far from the training rows' mean that float arithmetic on them would overflow: a problem of the data. */
final class FarValues {
    /** Standardised values beyond this many standard deviations are refused as a problem of the data. */
    static final double MAX_STANDARD_SCORE = 1e4;

    private FarValues() {
    }

    /**
     * Refuses data with a value standardised beyond {@value #MAX_STANDARD_SCORE}: training would report it as
     * divergence, though the data is at fault. The message names the row as the file numbers it, and whether it is
     * held out.
     */
    static void refuse(float[] scaled, Dataset data, HoldoutSplit split) {
        int cols = data.cols();
        for (int i = 0; i < scaled.length; i++) {
            if (!(Math.abs(scaled[i]) <= MAX_STANDARD_SCORE)) {
                int row = i / cols;
                String column = data.featureNames().get(i % cols);
                throw new InvalidConfigException(List.of(new ConfigProblem("data", Texts.get(
                        split.isHeldOut(row) ? "training.data.farHeldOut" : "training.data.far", String.valueOf(row + 1),
                        column, String.valueOf(data.value(row, i % cols)), String.valueOf((long) MAX_STANDARD_SCORE)))));
            }
        }
    }
}
