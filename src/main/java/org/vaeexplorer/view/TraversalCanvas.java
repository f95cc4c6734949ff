package org.vaeexplorer.view;

import java.util.Locale;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.TraversalSnapshot;
import org.vaeexplorer.viewmodel.TraversalViewModel;

/**
 * The traversal: for images a row of decoded pictures per latent dimension, from −3 to +3 around the probe; for
 * other data the {@link TraversalPlots}.
 */
public final class TraversalCanvas extends LayeredCanvasPane {
    private TraversalViewModel traversal;
    private ObservableObjectValue<DataSnapshot> data;
    private TraversalSnapshot sheetOf;
    private WritableImage sheet;

    public TraversalCanvas() {
        super(false, 100_000_000L);
        setMinSize(120, 60);
    }

    public void bind(TraversalViewModel viewModel, ObservableObjectValue<DataSnapshot> currentData) {
        traversal = viewModel;
        data = currentData;
        traversal.gridProperty().addListener((obs, was, now) -> markDirty());
        data.addListener((obs, was, now) -> markDirty());
    }

    @Override
    protected String describe() {
        return Texts.get("presenter.access.traversal");
    }

    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        double font = clearWithFont(g, width, height);
        g.setFill(colours.get(CanvasColours.Role.TEXT));
        TraversalSnapshot grid = traversal == null ? null : traversal.gridProperty().get();
        DataSnapshot current = data == null ? null : data.get();
        ImageShape shape = current == null ? null : current.data().imageShape();
        if (grid == null || current == null) {
            g.fillText(Texts.get("traversal.hint.train"), 8, height / 3);
            return;
        }
        if (shape == null) {
            if (current.principalComponents()) {
                TraversalPlots.drawFeatures(g, colours, grid, current.data(), width, height, font);
            } else {
                TraversalPlots.drawPaths(g, colours, grid, current, width, height, font);
            }
            return;
        }
        if (grid != sheetOf) {
            sheet = Images.sheet(grid.decoded(), grid.latentDim() * grid.steps(), grid.steps(), shape);
            sheetOf = grid;
        }
        double left = 3 * font;
        double top = font + 6;
        double cell = Math.max(1, Math.min((width - left - 8) / grid.steps(), (height - top - 4) / grid.latentDim()));
        g.setImageSmoothing(false);
        g.drawImage(sheet, left, top, cell * grid.steps(), cell * grid.latentDim());
        float[] values = grid.values();
        for (int s = 0; s < grid.steps(); s += 2) {
            String label = String.format(Locale.ROOT, "%+.1f", values[s]);
            g.fillText(label, left + cell * (s + 0.5) - label.length() * font * 0.3, font);
        }
        for (int k = 0; k < grid.latentDim(); k++) {
            g.fillText(Texts.get("latent.dimension", k + 1), 4, top + cell * (k + 0.5) + font * 0.35);
        }
    }
}
