package org.vaeexplorer.view;

import org.vaeexplorer.model.data.Dataset;

/** The range of the feature that colours unlabelled data, scanned once per dataset and feature, not per redraw. */
final class FeatureRangeCache {
    private Dataset data;
    private int feature = -1;
    private float[] range;

    /** The minimum and maximum, in a new array whenever they change: a caller may hand it to another thread. */
    float[] of(Dataset d, int f) {
        if (d != data || f != feature) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int r = 0; r < d.rows(); r++) {
                min = Math.min(min, d.value(r, f));
                max = Math.max(max, d.value(r, f));
            }
            data = d;
            feature = f;
            range = new float[] {min, max};
        }
        return range;
    }
}
