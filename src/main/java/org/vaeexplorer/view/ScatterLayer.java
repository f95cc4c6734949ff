package org.vaeexplorer.view;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Scatter points as one image node. Thousands of shapes handed to a canvas one by one cost the renderer tens of
 * milliseconds per redraw when JavaFX renders in software (no usable GPU: many classroom machines, and Xvfb);
 * instead the discs are painted in Java into a pixel buffer that the image shares, in the renderer's own format.
 * The painting (several milliseconds for thousands of points, every epoch while training) runs on a thread of its
 * own; the FX thread only lists the points and, on a later pulse, shows the finished picture. Two buffers take
 * turns: one on screen, one painted. A buffer taken off screen is painted again only a pulse later, once the frame
 * that may still have been reading it has been rendered (JavaFX waits for that frame before the next pulse's sync).
 */
final class ScatterLayer {
    private final double diameter;
    private final ImageView view = new ImageView();
    private final ExecutorService painter = Executors.newSingleThreadExecutor(job -> {
        Thread t = new Thread(job, "scatter-painter");
        t.setDaemon(true);
        return t;
    });

    /** The points listed since {@link #begin}: x, y in pane units; colour and opacity premultiplied later. */
    private float[] xy = new float[0];
    private float[] rgba = new float[0];
    private int count;
    private double width;
    private double height;
    private double scale = 1;

    private final int[][] pixels = new int[2][];
    private final PixelBuffer<?>[] buffers = new PixelBuffer<?>[2];
    private final WritableImage[] images = new WritableImage[2];
    private int pixelWidth;
    private int pixelHeight;
    /** The buffer on screen, or −1. */
    private int onScreen = -1;
    /** Set in the pulse that swapped buffers: the other one may not be painted until the next pulse. */
    private boolean swappedThisPulse;
    private boolean painting;
    /** The buffer being painted, while {@link #painting}. */
    private int paintingTarget;
    /** The latest picture asked for and not yet started. */
    private Picture pending;
    /** Raised by hiding: a picture painted for an older generation is dropped. */
    private int generation;
    /** Written by the painter thread, read by the FX thread's timer. */
    private volatile Picture painted;

    /** What to paint, copied from the FX thread's lists: the painter sees nothing that changes. */
    private record Picture(int generation, int pixelWidth, int pixelHeight, double scale, float[] xy, float[] rgba,
            int count, double fitWidth, double fitHeight) {
    }

    /** @param diameter the discs' diameter in the pane's units */
    ScatterLayer(double diameter) {
        this.diameter = diameter;
        view.setMouseTransparent(true);
        view.setManaged(false);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse();
            }
        }.start();
    }

    /** The node that shows the picture; its owner places it in its stack of layers. */
    ImageView view() {
        return view;
    }

    /**
     * Starts listing the points of a new picture for a pane of this size.
     *
     * @param renderScale the screen's pixels per unit (above 1 on HiDPI screens), so that dots stay sharp
     */
    void begin(double paneWidth, double paneHeight, double renderScale) {
        width = paneWidth;
        height = paneHeight;
        scale = Math.max(1, renderScale);
        count = 0;
    }

    /** Adds a disc centred on (x, y), in pane units, of this colour and opacity. */
    void dot(double x, double y, Color colour, double opacity) {
        if (count * 2 == xy.length) {
            xy = Arrays.copyOf(xy, Math.max(256, xy.length * 2));
            rgba = Arrays.copyOf(rgba, xy.length * 2);
        }
        xy[2 * count] = (float) x;
        xy[2 * count + 1] = (float) y;
        rgba[4 * count] = (float) colour.getRed();
        rgba[4 * count + 1] = (float) colour.getGreen();
        rgba[4 * count + 2] = (float) colour.getBlue();
        rgba[4 * count + 3] = (float) (colour.getOpacity() * opacity);
        count++;
    }

    /** Asks for the listed points to be painted and shown on a later pulse, replacing a request not yet started. */
    void show() {
        int w = Math.max(1, (int) Math.ceil(width * scale));
        int h = Math.max(1, (int) Math.ceil(height * scale));
        pending = new Picture(generation, w, h, scale, Arrays.copyOf(xy, 2 * count),
                Arrays.copyOf(rgba, 4 * count), count, w / scale, h / scale);
        startPending();
    }

    /** Shows no points until the next picture is shown. */
    void hide() {
        generation++;
        pending = null;
        view.setVisible(false);
    }

    /** On the FX thread, each pulse: shows a finished picture, frees the buffer it replaced, starts the next. */
    private void pulse() {
        swappedThisPulse = false;
        Picture done = painted;
        if (done != null) {
            painted = null;
            painting = false;
            if (done.generation() == generation && done.pixelWidth() == pixelWidth
                    && done.pixelHeight() == pixelHeight) {
                buffers[paintingTarget].updateBuffer(b -> null);
                view.setImage(images[paintingTarget]);
                view.setFitWidth(done.fitWidth());
                view.setFitHeight(done.fitHeight());
                view.setVisible(true);
                onScreen = paintingTarget;
                swappedThisPulse = true;
                return;
            }
        }
        startPending();
    }

    private void startPending() {
        if (painting || pending == null || swappedThisPulse) {
            return;
        }
        Picture job = pending;
        pending = null;
        if (job.pixelWidth() != pixelWidth || job.pixelHeight() != pixelHeight) {
            // New buffers: the old image stays on screen, untouched, until the first new picture replaces it.
            pixelWidth = job.pixelWidth();
            pixelHeight = job.pixelHeight();
            for (int i = 0; i < 2; i++) {
                pixels[i] = new int[pixelWidth * pixelHeight];
                var buffer = new PixelBuffer<>(pixelWidth, pixelHeight, IntBuffer.wrap(pixels[i]),
                        PixelFormat.getIntArgbPreInstance());
                buffers[i] = buffer;
                images[i] = new WritableImage(buffer);
            }
            onScreen = -1;
        }
        paintingTarget = onScreen == 0 ? 1 : 0;
        int[] into = pixels[paintingTarget];
        painting = true;
        painter.execute(() -> {
            paint(job, into);
            painted = job;
        });
    }

    /** On the painter thread. */
    private void paint(Picture job, int[] into) {
        DiscRaster raster = new DiscRaster(into, job.pixelWidth(), job.pixelHeight());
        double radius = diameter * job.scale() / 2;
        float[] p = job.xy();
        float[] c = job.rgba();
        for (int i = 0; i < job.count(); i++) {
            raster.disc(p[2 * i] * job.scale(), p[2 * i + 1] * job.scale(), radius, c[4 * i], c[4 * i + 1],
                    c[4 * i + 2], c[4 * i + 3]);
        }
    }
}
