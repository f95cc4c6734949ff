package org.vaeexplorer.view;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.viewmodel.ManifoldSnapshot;

/** For images: the decoded manifold grid as one picture behind the latent points, rebuilt only when the grid changes. */
final class ManifoldMosaic {
    private ManifoldSnapshot source;
    private WritableImage picture;

    /** Draws {@code grid} (nothing when there is none or the data are not images) where it lies in {@code view}. */
    void draw(GraphicsContext g, ManifoldSnapshot grid, ImageShape shape, Viewport view) {
        if (grid == null || shape == null) {
            return;
        }
        if (grid != source) {
            picture = Images.mosaic(grid.decoded(), grid.n(), shape);
            source = grid;
        }
        double x0 = view.screenX(grid.xMin());
        double y0 = view.screenY(grid.yMax());
        g.setGlobalAlpha(0.55);
        // Each decoded pixel as a square, as in the other image views: smoothed, 8×8 pictures are a blur.
        g.setImageSmoothing(false);
        g.drawImage(picture, x0, y0, view.screenX(grid.xMax()) - x0, view.screenY(grid.yMin()) - y0);
        g.setImageSmoothing(true);
        g.setGlobalAlpha(1);
    }
}
