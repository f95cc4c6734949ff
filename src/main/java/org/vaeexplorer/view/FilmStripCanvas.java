package org.vaeexplorer.view;

import javafx.beans.value.ObservableObjectValue;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.DataSnapshot;
import org.vaeexplorer.viewmodel.InterpolationViewModel;
import org.vaeexplorer.viewmodel.PathSnapshot;

/**
 * An interpolation decoded as a film strip, from A to B, for image data; for other data the path is drawn on the
 * data view, and this says so.
 */
public final class FilmStripCanvas extends LayeredCanvasPane {
    private InterpolationViewModel interpolation;
    private ObservableObjectValue<DataSnapshot> data;
    private PathSnapshot stripOf;
    private WritableImage strip;

    public FilmStripCanvas() {
        super(false, 100_000_000L);
        setMinSize(120, 60);
    }

    public void bind(InterpolationViewModel viewModel, ObservableObjectValue<DataSnapshot> currentData) {
        interpolation = viewModel;
        data = currentData;
        interpolation.pathProperty().addListener((obs, was, now) -> markDirty());
        data.addListener((obs, was, now) -> markDirty());
    }

    @Override
    protected String describe() {
        return Texts.get("presenter.access.filmStrip");
    }

    @Override
    protected void drawBase(GraphicsContext g, double width, double height) {
        double font = clearWithFont(g, width, height);
        g.setFill(colours.get(CanvasColours.Role.TEXT));
        PathSnapshot path = interpolation == null ? null : interpolation.pathProperty().get();
        DataSnapshot current = data == null ? null : data.get();
        ImageShape shape = current == null ? null : current.data().imageShape();
        if (path == null) {
            g.fillText(Texts.get("interpolation.hint.pin"), 8, height / 3);
            return;
        }
        if (shape == null) {
            g.fillText(Texts.get("interpolation.hint.overData"), 8, height / 3);
            return;
        }
        if (path != stripOf) {
            strip = Images.sheet(path.decoded(), path.steps(), path.steps(), shape);
            stripOf = path;
        }
        double cell = Math.max(1, Math.min((width - 16) / path.steps(), height - font - 12));
        g.setImageSmoothing(false);
        g.drawImage(strip, 8, 4, cell * path.steps(), cell * strip.getHeight() / (strip.getWidth() / path.steps()));
        g.fillText("A", 8, cell + font + 6);
        g.fillText("B", 8 + cell * (path.steps() - 1), cell + font + 6);
    }
}
