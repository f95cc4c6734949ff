package org.vaeexplorer.view;

import java.util.Random;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** The picture of the start page's "Draw your own data" card: a few hand-drawn clouds in the pen's colours. */
final class DrawingPicture {
    private DrawingPicture() {
    }

    static Canvas of(double width, double height) {
        Canvas canvas = new Canvas(width, height);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#fbfbf8"));
        g.fillRect(0, 0, width, height);
        // Same picture every time: a fixed seed.
        Random random = new Random(13);
        double[][] strokes = {{0.2, 0.3, 0.45, 0.2}, {0.55, 0.75, 0.85, 0.6}, {0.25, 0.75, 0.35, 0.55},
            {0.65, 0.25, 0.8, 0.4}};
        for (int c = 0; c < strokes.length; c++) {
            g.setFill(Palette.classColor(c, strokes.length).deriveColor(0, 1, 1, 0.8));
            double[] s = strokes[c];
            for (int i = 0; i < 60; i++) {
                double t = random.nextDouble();
                double x = (s[0] + t * (s[2] - s[0])) * width + 7 * random.nextGaussian();
                double y = (s[1] + t * (s[3] - s[1])) * height + 7 * random.nextGaussian();
                g.fillOval(x - 2.5, y - 2.5, 5, 5);
            }
        }
        return canvas;
    }
}
