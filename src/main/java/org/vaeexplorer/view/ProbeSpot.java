package org.vaeexplorer.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.geometry.Point2D;
import javafx.scene.Scene;

/**
 * For scripts that drive the window from outside ({@code tools/soak-window.sh}): while the frame monitor runs, keeps
 * in {@code FRAMELOG.probe} where the latent canvas's probe is on the screen, in whole pixels, and the training
 * state ("x y TRAINING"), so that a drag with xdotool starts on the probe wherever the layout, the window's size or
 * the canvas's zoom put it, and a script knows when its Train key press was taken (not while the data still load).
 */
final class ProbeSpot {
    /** Looked at every few frames; written only when the spot moved. */
    private static final long EVERY_NANOS = 200_000_000L;

    private final Path file;
    private final Scene scene;
    private final java.util.function.Supplier<Object> state;
    private long lastLook;
    private String written = "";
    /** Found once: a lookup walks the whole scene and parses its selector again at every node (garbage). */
    private LatentCanvas canvas;

    ProbeSpot(Path frameLog, Scene scene, java.util.function.Supplier<Object> state) {
        this.file = frameLog.resolveSibling(frameLog.getFileName() + ".probe");
        this.scene = scene;
        this.state = state;
    }

    /** On the FX thread, at each pulse. */
    void look(long now) {
        if (now - lastLook < EVERY_NANOS) {
            return;
        }
        if (canvas == null && scene.lookup("#latentCanvas") instanceof LatentCanvas found) {
            canvas = found;
        }
        if (canvas == null || canvas.getWidth() <= 0) {
            return;
        }
        lastLook = now;
        Point2D probe = canvas.probeInCanvas();
        Point2D onScreen = canvas.localToScreen(probe);
        if (onScreen == null) {
            return;
        }
        String spot = Math.round(onScreen.getX()) + " " + Math.round(onScreen.getY()) + " " + state.get() + "\n";
        if (spot.equals(written)) {
            return;
        }
        try {
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, spot);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written = spot;
        } catch (IOException e) {
            System.err.println("could not write the probe's spot: " + e.getMessage());
            lastLook = Long.MAX_VALUE;
        }
    }
}
