package org.vaeexplorer.view;

import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.viewmodel.LatentSnapshot;

/**
 * The encoded means as points, listed on the scatter's painter thread from values that do not change. A record,
 * not a lambda: a lambda's first creation links it, a stall of the FX thread just as training starts.
 */
record EncodedPoints(LatentSnapshot latent, Dataset data, int dx, int dy, int feature, float[] range,
        Viewport.Frozen view) implements ScatterLayer.PointList {
    @Override
    public void listInto(ScatterLayer.Dots dots) {
        int l = latent.latentDim();
        for (int i = 0; i < latent.rows().length; i++) {
            double x = view.screenX(latent.mean()[i * l + dx]);
            double y = view.screenY(l > 1 ? latent.mean()[i * l + dy] : 0);
            dots.dot(x, y, Palette.ofRow(data, latent.rows()[i], feature, range), 0.75,
                    data.hasLabels() ? data.label(latent.rows()[i]) : -1);
        }
    }
}
