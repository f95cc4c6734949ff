package org.vaeexplorer.view;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;
import org.vaeexplorer.model.lessons.LessonPreview;
import org.vaeexplorer.text.Texts;

/**
 * A lesson's picture on its start-page card: its preview's latent points as a scatter coloured by class with the
 * app's class palette, or a neutral placeholder when the lesson has no preview. Small and drawn once per size or
 * theme, so it paints on the FX thread without the repaint scheduler, at layout: a theme sets many colours in one CSS
 * pass, and each would otherwise draw the picture again.
 */
final class LessonPicture extends Region implements CanvasColours.Owner {
    private static final double MARGIN = 8;
    private final Canvas canvas = new Canvas();
    private final CanvasColours colours = new CanvasColours(this, this::requestLayout);
    private final LessonPreview preview;
    private int drawnColours = -1;

    /** @param preview the lesson's preview, or {@code null} for the placeholder */
    LessonPicture(LessonPreview preview, double width, double height) {
        this.preview = preview;
        getStyleClass().addAll("vae-canvas", "lesson-picture");
        getChildren().add(canvas);
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
    }

    /** True when the lesson has a picture, false for the placeholder. */
    boolean hasPreview() {
        return preview != null && preview.count() > 0;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight() || drawnColours != colours.changes()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            drawnColours = colours.changes();
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(colours.get(CanvasColours.Role.BACKGROUND));
        g.fillRect(0, 0, w, h);
        g.setStroke(colours.get(CanvasColours.Role.FRAME));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        if (!hasPreview()) {
            g.setFill(colours.get(CanvasColours.Role.AXIS));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(Texts.get("start.noPicture"), w / 2, h / 2);
            return;
        }
        drawPoints(g, w, h);
    }

    private void drawPoints(GraphicsContext g, double w, double h) {
        float[] xy = preview.points();
        int[] labels = preview.labels();
        // At least the prior's ±2.5 around the origin, as the latent canvas frames it: a collapsed lesson's codes
        // then show as the dot at the centre that they are.
        double minX = -2.5;
        double maxX = 2.5;
        double minY = -2.5;
        double maxY = 2.5;
        int classes = 1;
        for (int i = 0; i < preview.count(); i++) {
            minX = Math.min(minX, xy[2 * i]);
            maxX = Math.max(maxX, xy[2 * i]);
            minY = Math.min(minY, xy[2 * i + 1]);
            maxY = Math.max(maxY, xy[2 * i + 1]);
            classes = labels == null ? 1 : Math.max(classes, labels[i] + 1);
        }
        // One scale for both axes, as the latent canvas draws them: circles stay circles.
        double scale = Math.min((w - 2 * MARGIN) / Math.max(1e-9, maxX - minX),
                (h - 2 * MARGIN) / Math.max(1e-9, maxY - minY));
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        double r = 2;
        for (int i = 0; i < preview.count(); i++) {
            g.setFill(Palette.classColor(labels == null ? 0 : labels[i], classes));
            double x = w / 2 + (xy[2 * i] - cx) * scale;
            double y = h / 2 - (xy[2 * i + 1] - cy) * scale;
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    @Override
    public CanvasColours canvasColours() {
        return colours;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CanvasColours.REGION_AND_COLOURS;
    }
}
