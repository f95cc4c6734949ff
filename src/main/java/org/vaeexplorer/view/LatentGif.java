package org.vaeexplorer.view;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import org.vaeexplorer.model.files.GifWriter;
import org.vaeexplorer.text.Texts;
import org.vaeexplorer.viewmodel.ExplorationViewModel;
import org.vaeexplorer.viewmodel.ExportViewModel;
import org.vaeexplorer.viewmodel.LatentSnapshot;
import org.vaeexplorer.viewmodel.TimelineViewModel;

/**
 * The latent space forming over training, as an animated GIF: the timeline steps through its checkpoints (at most
 * {@link #MAX_FRAMES}, evenly chosen), the latent canvas draws each epoch's codes in the frame the user has set,
 * and the timeline returns to where it was. Everything runs on the FX thread, one checkpoint after the other as
 * its codes arrive from the model thread.
 */
final class LatentGif {
    static final int MAX_FRAMES = 60;
    private static final int FRAME_MILLIS = 150;
    private static final int LAST_FRAME_MILLIS = 2000;
    private final TimelineViewModel timeline;
    private final ExplorationViewModel exploration;
    private final LatentCanvas canvas;
    private final ExportViewModel export;
    private Recording recording;

    LatentGif(TimelineViewModel timeline, ExplorationViewModel exploration, LatentCanvas canvas,
            ExportViewModel export) {
        this.timeline = timeline;
        this.exploration = exploration;
        this.canvas = canvas;
        this.export = export;
    }

    /** The stops to draw, as indices into {@code stops}: all of them, or {@code max} spread evenly, both ends kept. */
    static List<Integer> chosen(int stops, int max) {
        List<Integer> indices = new ArrayList<>();
        int n = Math.min(stops, max);
        for (int i = 0; i < n; i++) {
            int index = n == 1 ? stops - 1 : (int) Math.round(i * (stops - 1) / (double) (n - 1));
            if (indices.isEmpty() || indices.get(indices.size() - 1) != index) {
                indices.add(index);
            }
        }
        return indices;
    }

    /** Asks for a file, then records; {@code done} runs on the FX thread once the file is written or not. */
    void record(ExportMenus menus, Runnable done) {
        if (recording != null) {
            return;
        }
        List<Integer> stops = timeline.stopsProperty().get();
        if (stops.isEmpty() || exploration.latentProperty().get() == null) {
            export.notice(Texts.get("export.gif.none"), true);
            return;
        }
        File file = menus.choose("forming", ".gif", "GIF", "*.gif");
        if (file != null) {
            start(file.toPath(), done);
        }
    }

    /** Records every chosen stop into {@code target}. */
    void start(Path target, Runnable done) {
        List<Integer> stops = List.copyOf(timeline.stopsProperty().get());
        recording = new Recording(target, stops, chosen(stops.size(), MAX_FRAMES), timeline.indexProperty().get(),
                done);
        recording.next();
    }

    /** One recording: the stops still to draw, the frames drawn, where the timeline was. */
    private final class Recording {
        private final Path target;
        private final List<Integer> stops;
        private final List<Integer> indices;
        private final int returnTo;
        private final Runnable done;
        private final List<BufferedImage> frames = new ArrayList<>();
        private final ChangeListener<LatentSnapshot> arrived = (obs, was, now) -> frameIfReady();
        private final ChangeListener<List<Integer>> changed = (obs, was, now) -> stop();

        Recording(Path target, List<Integer> stops, List<Integer> indices, int returnTo, Runnable done) {
            this.target = target;
            this.stops = stops;
            this.indices = indices;
            this.returnTo = returnTo;
            this.done = done;
            exploration.latentProperty().addListener(arrived);
            timeline.stopsProperty().addListener(changed);
        }

        void next() {
            if (frames.size() == indices.size()) {
                finish(true);
                return;
            }
            export.notice(Texts.get("export.gif.busy", frames.size() + 1, indices.size()), false);
            timeline.select(indices.get(frames.size()));
            // Already shown (the stop the timeline was on): its codes will not arrive again.
            frameIfReady();
        }

        private void frameIfReady() {
            LatentSnapshot latent = exploration.latentProperty().get();
            if (recording != this || frames.size() == indices.size() || latent == null
                    || latent.epoch() != stops.get(indices.get(frames.size()))) {
                return;
            }
            frames.add(PanePictures.toBuffered(PanePictures.of(canvas, 1)));
            next();
        }

        /** The training added or dropped checkpoints: the frames would not be one run's. */
        private void stop() {
            export.notice(Texts.get("export.gif.stopped"), true);
            finish(false);
        }

        private void finish(boolean write) {
            exploration.latentProperty().removeListener(arrived);
            timeline.stopsProperty().removeListener(changed);
            recording = null;
            if (write) {
                timeline.select(returnTo);
                List<BufferedImage> all = List.copyOf(frames);
                export.save(target, out -> GifWriter.write(all, FRAME_MILLIS, LAST_FRAME_MILLIS, out));
            }
            done.run();
        }
    }
}
