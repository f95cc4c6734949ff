package org.vaeexplorer.view;

import java.util.Arrays;
import javafx.scene.text.Text;
import org.vaeexplorer.viewmodel.LatentSnapshot;

/** The second selected row on the latent map (Ctrl+click): "+B" on its posterior mean, the end of a path. */
final class RowMark {
    private final Text mark = new Text("+B");

    RowMark() {
        mark.getStyleClass().add("vae-interpolation-label");
        mark.setVisible(false);
    }

    Text node() {
        return mark;
    }

    /** Marks {@code row}'s mean in dimensions {@code dx}, {@code dy}; hidden when the sample does not hold it. */
    void place(LatentSnapshot latent, int row, int dx, int dy, Viewport viewport) {
        int index = latent == null || row < 0 ? -1 : Arrays.binarySearch(latent.rows(), row);
        mark.setVisible(index >= 0);
        if (index >= 0) {
            int l = latent.latentDim();
            // The text's origin is its baseline's start: this centres the "+" on the point.
            mark.setX(viewport.screenX(latent.mean()[index * l + dx]) - 4);
            mark.setY(viewport.screenY(l > 1 ? latent.mean()[index * l + dy] : 0) + 5);
        }
    }
}
