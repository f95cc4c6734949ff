package org.vaeexplorer.view;

import java.nio.IntBuffer;
import java.util.concurrent.Executor;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Scatter points as one image node, its discs painted in Java into a pixel buffer the image shares: thousands of
 * shapes drawn one by one on a canvas are slow under software rendering (docs/decisions/0006). Listing and painting
 * the points run on the window's painter thread; the FX thread only hands over what to list and, on a later pulse,
 * shows the finished picture. Two buffers take turns: one on screen, one painted. A buffer taken off screen is
 * painted again only on a later pulse, once the frame that may still have been reading it has been rendered
 * (JavaFX waits for that frame before the next pulse's sync).
 */
final class ScatterLayer implements RepaintScheduler.Repaintable {
    /** Receives the points of a picture, in pane units. */
    interface Dots {
        /** @param shapeClass the class whose marker shape the point takes when shapes are on, or −1 for a disc */
        void dot(double x, double y, Color colour, double opacity, int shapeClass);
    }

    /**
     * Lists the points of a picture. It runs on the painter thread, so it may read only what nobody changes: the
     * view model's snapshots, the dataset, a {@link Viewport.Frozen}, values copied into it.
     */
    interface PointList {
        void listInto(Dots dots);
    }

    private static final int DISCS_BETWEEN_YIELDS = 256;
    private final double diameter;
    /** What the diameter is multiplied by (presenter mode), and whether classes get marker shapes. */
    private double pointScale = 1;
    private boolean shapes;
    private final ImageView view = new ImageView();
    /** The window's painter thread, shared by its scatters, and its repaint scheduler; set once attached. */
    private Executor painter;
    private RepaintScheduler scheduler;

    private final int[][] pixels = new int[2][];
    private final PixelBuffer<?>[] buffers = new PixelBuffer<?>[2];
    private final WritableImage[] images = new WritableImage[2];
    private int pixelWidth;
    private int pixelHeight;
    /** The buffer on screen, or −1. */
    private int onScreen = -1;
    /** The pulse that last swapped buffers: the other one may not be painted in that same pulse. */
    private long swappedInPulse = -1;
    private boolean painting;
    /** The buffer being painted, while {@link #painting}. */
    private int paintingTarget;
    /** The latest picture asked for and not yet started. */
    private Picture pending;
    /** Raised by hiding: a picture painted for an older generation is dropped. */
    private int generation;
    /** Written by the painter thread, read by the FX thread on a pulse. */
    private volatile Painted painted;
    /** The points last asked for, for an exported picture; {@code null} while hidden. */
    private PointList latest;

    /** What to paint: nothing in it changes once it is made. */
    private record Picture(int generation, int pixelWidth, int pixelHeight, double scale, PointList points,
            double fitWidth, double fitHeight, double radius, boolean shapes) {
    }

    /** A picture the painter is done with, the pixels it painted, and whether its listing ran to the end. */
    private record Painted(Picture picture, int[] into, boolean complete) {
    }

    /** @param diameter the discs' diameter in the pane's units */
    ScatterLayer(double diameter) {
        this.diameter = diameter;
        view.setMouseTransparent(true);
        view.setManaged(false);
    }

    /** Paints on {@code painterThread} and polls for finished pictures on the pulses of {@code repaints}. */
    void paintWith(RepaintScheduler repaints, Executor painterThread) {
        scheduler = repaints;
        painter = painterThread;
        if (pending != null) {
            scheduler.requestRepaint(this);
        }
    }

    /** The node that shows the picture; its owner places it in its stack of layers. */
    ImageView view() {
        return view;
    }

    /**
     * Asks for these points to be painted for a pane of this size and shown on a later pulse, replacing a request
     * not yet started.
     *
     * @param renderScale the screen's pixels per unit (above 1 on HiDPI screens), so that dots stay sharp
     */
    void show(double paneWidth, double paneHeight, double renderScale, PointList points) {
        double scale = Math.max(1, renderScale);
        int w = pixels(paneWidth, scale);
        int h = pixels(paneHeight, scale);
        latest = points;
        pending = new Picture(generation, w, h, scale, points, w / scale, h / scale, radius() * scale, shapes);
        if (scheduler != null) {
            startPending();
            scheduler.requestRepaint(this);
        }
    }

    /** Scales the points of the pictures asked for from now on, and draws classes with marker shapes or not. */
    void look(double scale, boolean classShapes) {
        pointScale = scale;
        shapes = classShapes;
    }

    /**
     * Makes the buffers for a pane of this size now, as the pane is laid out, rather than with the first picture,
     * which comes as training starts: allocating megabytes then would stall a frame at the moment the user watches.
     */
    void sizeFor(double paneWidth, double paneHeight, double renderScale) {
        double scale = Math.max(1, renderScale);
        // Safe while a picture is painting: its pixels are then in neither new buffer, and it is dropped.
        ensureBuffers(pixels(paneWidth, scale), pixels(paneHeight, scale));
    }

    private static int pixels(double length, double scale) {
        return Math.max(1, (int) Math.ceil(length * scale));
    }

    /** Shows no points until the next picture is shown. */
    void hide() {
        generation++;
        pending = null;
        latest = null;
        view.setVisible(false);
    }

    /** Lists the points last shown (none while hidden), in pane units: for an SVG. */
    void listLatest(Dots dots) {
        if (latest != null) {
            latest.listInto(dots);
        }
    }

    /** The points' radius in pane units; a shape needs more pixels than a disc to be told apart. */
    double radius() {
        return diameter * pointScale / 2 * (shapes ? 1.6 : 1);
    }

    /**
     * The points last shown, painted now on the calling thread at {@code scale} pixels per unit (for an export, which
     * cannot wait for the painter's next pulse), or {@code null} while none are shown.
     */
    WritableImage pictureNow(double paneWidth, double paneHeight, double scale) {
        if (latest == null) {
            return null;
        }
        int w = pixels(paneWidth, scale);
        int h = pixels(paneHeight, scale);
        int[] into = new int[w * h];
        latest.listInto(new DiscPainter(new DiscRaster(into, w, h), scale, radius() * scale, shapes));
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), into, 0, w);
        return image;
    }

    /**
     * On the FX thread, on each pulse while a picture is asked for or being painted: shows a finished picture,
     * frees the buffer it replaced, starts the next. A picture is dropped when it is out of date (hidden since, or
     * painted into buffers since replaced) or its listing failed part way: half the points shown as if they were
     * all would mislead.
     */
    @Override
    public boolean repaint(RepaintScheduler.Pulse pulse) {
        Painted done = painted;
        if (done != null) {
            painted = null;
            painting = false;
            if (done.complete() && done.picture().generation() == generation
                    && pixels[paintingTarget] == done.into()) {
                buffers[paintingTarget].updateBuffer(b -> null);
                view.setImage(images[paintingTarget]);
                view.setFitWidth(done.picture().fitWidth());
                view.setFitHeight(done.picture().fitHeight());
                view.setVisible(true);
                onScreen = paintingTarget;
                swappedInPulse = pulse.number();
                return pending != null;
            }
        }
        startPending();
        return painting || pending != null;
    }

    private void startPending() {
        if (painting || pending == null || swappedInPulse == scheduler.pulseNumber()) {
            return;
        }
        Picture job = pending;
        pending = null;
        ensureBuffers(job.pixelWidth(), job.pixelHeight());
        paintingTarget = onScreen == 0 ? 1 : 0;
        int[] into = pixels[paintingTarget];
        painting = true;
        painter.execute(() -> {
            boolean complete = false;
            try {
                paint(job, into);
                complete = true;
            } finally {
                // A failed listing hands the buffer back too (its error goes to the thread's handler, on standard
                // error): the layer must not wait for it forever.
                painted = new Painted(job, into, complete);
            }
        });
    }

    /** New buffers when the size changes: the old image stays on screen until the first new picture replaces it. */
    private void ensureBuffers(int width, int height) {
        if (width == pixelWidth && height == pixelHeight) {
            return;
        }
        pixelWidth = width;
        pixelHeight = height;
        for (int i = 0; i < 2; i++) {
            pixels[i] = new int[width * height];
            var buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels[i]),
                    PixelFormat.getIntArgbPreInstance());
            buffers[i] = buffer;
            images[i] = new WritableImage(buffer);
        }
        onScreen = -1;
    }

    /** On the painter thread. */
    private void paint(Picture job, int[] into) {
        job.points().listInto(new DiscPainter(new DiscRaster(into, job.pixelWidth(), job.pixelHeight()),
                job.scale(), job.radius(), job.shapes()));
    }

    /**
     * Paints each listed point as a disc, or its class's marker shape from a stamp made at the first such point,
     * giving way every few hundred: with training holding a core, the FX thread
     * may wait for the same core as the painter, and a frame matters more than the next scatter picture.
     */
    private static final class DiscPainter implements Dots {
        private final DiscRaster raster;
        private final double scale;
        private final double radius;
        private final DiscRaster.Stamp[] stamps;
        private int discs;

        DiscPainter(DiscRaster raster, double scale, double radius, boolean shapes) {
            this.raster = raster;
            this.scale = scale;
            this.radius = radius;
            stamps = shapes ? new DiscRaster.Stamp[MarkerShape.values().length] : null;
        }

        @Override
        public void dot(double x, double y, Color colour, double opacity, int shapeClass) {
            if (stamps != null && shapeClass >= 0) {
                MarkerShape shape = MarkerShape.ofClass(shapeClass);
                DiscRaster.Stamp stamp = stamps[shape.ordinal()];
                if (stamp == null) {
                    stamp = DiscRaster.Stamp.of(shape, radius);
                    stamps[shape.ordinal()] = stamp;
                }
                raster.stamp(x * scale, y * scale, stamp, colour.getRed(), colour.getGreen(), colour.getBlue(),
                        colour.getOpacity() * opacity);
            } else {
                raster.disc(x * scale, y * scale, radius, colour.getRed(), colour.getGreen(), colour.getBlue(),
                        colour.getOpacity() * opacity);
            }
            if (++discs % DISCS_BETWEEN_YIELDS == 0) {
                Thread.yield();
            }
        }
    }
}
