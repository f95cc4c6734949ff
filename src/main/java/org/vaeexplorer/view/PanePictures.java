package org.vaeexplorer.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ClipboardContent;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import org.vaeexplorer.text.Texts;

/**
 * Pictures of panes and of the window at 1× or 2×. A canvas pane is drawn afresh at the scale by its own drawing
 * code ({@link LayeredCanvasPane#picture}); other nodes are snapshots under a scale transform, which renders text
 * and shapes at the finer resolution.
 */
final class PanePictures {
    private PanePictures() {
    }

    /** A pane (or any node) at {@code scale} pixels per unit. */
    static WritableImage of(Node pane, double scale) {
        if (pane instanceof LayeredCanvasPane canvas) {
            return canvas.picture(scale);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(new Scale(scale, scale));
        return pane.snapshot(params, null);
    }

    /**
     * The window's content at {@code scale}: a snapshot of it, with every canvas pane that shows drawn over it
     * afresh at that scale (in the snapshot alone, their pixels would be enlarged).
     */
    static WritableImage window(Parent root, double scale) {
        WritableImage whole = of(root, scale);
        if (scale == 1) {
            return whole;
        }
        Canvas composite = new Canvas(whole.getWidth(), whole.getHeight());
        var g = composite.getGraphicsContext2D();
        g.drawImage(whole, 0, 0);
        for (Node node : root.lookupAll(".vae-canvas")) {
            if (node instanceof LayeredCanvasPane pane && shows(pane, root) && pane.getWidth() > 0) {
                Bounds at = root.sceneToLocal(pane.localToScene(pane.getLayoutBounds()));
                g.drawImage(pane.picture(scale), at.getMinX() * scale, at.getMinY() * scale);
            }
        }
        return composite.snapshot(null, null);
    }

    /** Whether the node and every parent up to {@code root} are visible (a hidden tab's content is not). */
    private static boolean shows(Node node, Parent root) {
        for (Node n = node; n != null && n != root; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code image} as PNG. */
    static void writePng(Image image, OutputStream out) throws IOException {
        if (!ImageIO.write(toBuffered(image), "png", out)) {
            throw new IOException(Texts.get("image.noPngWriter"));
        }
    }

    static BufferedImage toBuffered(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        return buffered;
    }

    /** Puts a picture on the system clipboard. */
    static void copy(Image image) {
        ClipboardContent content = new ClipboardContent();
        content.putImage(image);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
