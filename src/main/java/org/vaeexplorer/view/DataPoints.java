package org.vaeexplorer.view;

import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.viewmodel.DataSnapshot;

/** The data's points (every row, or an even sample of a large set), listed on the scatter's painter thread. */
record DataPoints(DataSnapshot data, int feature, float[] range, Viewport.Frozen view)
        implements ScatterLayer.PointList {
    /** At most about this many points are drawn: a larger set shows an even sample. */
    private static final int MAX_POINTS = 4000;

    /** Every how many rows a point is drawn. */
    static int stride(int rows) {
        return Math.max(1, (rows + MAX_POINTS - 1) / MAX_POINTS);
    }

    @Override
    public void listInto(ScatterLayer.Dots dots) {
        Dataset d = data.data();
        float[] plane = data.plane();
        int stride = stride(d.rows());
        for (int r = 0; r < d.rows(); r += stride) {
            dots.dot(view.screenX(plane[2 * r]), view.screenY(plane[2 * r + 1]),
                    Palette.ofRow(d, r, feature, range), 0.6, d.hasLabels() ? d.label(r) : -1);
        }
    }
}
