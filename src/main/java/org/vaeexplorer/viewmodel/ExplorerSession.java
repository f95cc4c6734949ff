package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.List;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.Pca;
import org.vaeexplorer.model.lessons.LessonData;
import org.vaeexplorer.model.network.Encoding;
import org.vaeexplorer.model.network.PriorSamples;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.network.YieldPoint;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.EpochReport;
import org.vaeexplorer.model.training.Trainer;
import org.vaeexplorer.model.training.TrainingCheckpoint;
import org.vaeexplorer.model.training.WeightTimeline;

/**
 * The model-side state of the explorer: the data, its projection, the trainer and its model. Every method runs on
 * the one model thread; what leaves is an immutable snapshot of plain arrays. It also keeps where the data came from
 * and the current model's epoch reports, so that a lesson saved from here is consistent with the weights, and the
 * model's past weights (its timeline), one of which the pictures may show instead of the live model.
 */
final class ExplorerSession {
    /** At most this many rows are encoded and drawn on the latent canvas. */
    static final int LATENT_SAMPLE = 3000;

    private Dataset data;
    /** Where the data came from, as a lesson records it. */
    private LessonData dataSource;
    private final List<EpochReport> history = new ArrayList<>();
    private Pca pca;
    private DataSnapshot dataSnapshot;
    private int[] sampleRows = new int[0];
    /** Read from the UI thread only to request a stop, which the trainer allows from any thread. */
    private volatile Trainer trainer;
    private LatentSnapshot lastEncoding;
    private final WeightTimeline timeline = new WeightTimeline();
    /** The past epoch whose model the pictures show, or {@code null} for the live model. */
    private Integer shownEpoch;
    /** The timeline's epochs before the live one, then the live one: read by the UI thread as epochs end. */
    private volatile List<Integer> timelineStops = List.of();
    /** The timeline's epochs as of its {@link #heldChanges}-th change: asked for again only when they change. */
    private int[] heldEpochs = new int[0];
    private int heldChanges = -1;
    /** The files this window opened or saved, as it last saw them: a save does not replace another window's. */
    private final org.vaeexplorer.model.files.FileVersions files = new org.vaeexplorer.model.files.FileVersions();

    org.vaeexplorer.model.files.FileVersions files() {
        return files;
    }

    DataSnapshot setData(Dataset newData, LessonData source) {
        // Everything that can fail (out of memory on a large set) before anything changes: the session stays whole.
        Pca fitted = Pca.fit(newData, 1);
        float[] plane = new float[newData.rows() * 2];
        float[] row = new float[newData.cols()];
        for (int r = 0; r < newData.rows(); r++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = newData.value(r, c);
            }
            double[] p = fitted.project(row, 0);
            plane[2 * r] = (float) p[0];
            plane[2 * r + 1] = (float) p[1];
        }
        int[] sample = Pca.sample(newData.rows(), LATENT_SAMPLE, 2);
        data = newData;
        dataSource = source;
        history.clear();
        pca = fitted;
        sampleRows = sample;
        trainer = null;
        lastEncoding = null;
        restartTimeline();
        dataSnapshot = new DataSnapshot(newData, plane, newData.cols() > 2);
        return dataSnapshot;
    }

    Dataset data() {
        return data;
    }

    LessonData dataSource() {
        return dataSource;
    }

    /** The current model's epoch reports, oldest first (those of a model opened from a .vae file are not known). */
    List<EpochReport> history() {
        return List.copyOf(history);
    }

    /** The live model moved on: it is kept for the timeline and shown. */
    void epochDone(EpochReport report) {
        history.add(report);
        timeline.record(report.epoch(), trainer.model());
        shownEpoch = null;
        refreshStops();
    }

    boolean hasModel() {
        return trainer != null;
    }

    Trainer trainer() {
        return trainer;
    }

    /** A new model for the current data. */
    Trainer startModel(VaeConfig config) {
        trainer = Trainer.create(config, data);
        history.clear();
        lastEncoding = null;
        restartTimeline();
        return trainer;
    }

    /**
     * A saved model on the data {@code newSource} makes (which then replaces the current data) or, when that is
     * {@code null}, on the current data. Nothing changes when the data does not suit the model.
     *
     * @return the new data's snapshot, or {@code null} when the data stayed
     * @throws org.vaeexplorer.model.settings.InvalidConfigException when the data does not suit the model
     */
    DataSnapshot openModel(org.vaeexplorer.model.network.VaeSnapshot snapshot, LessonData newSource)
            throws org.vaeexplorer.model.data.DataFormatException {
        Dataset newData = newSource == null ? null : newSource.load();
        Trainer resumed = Trainer.resume(snapshot, newData != null ? newData : data);
        DataSnapshot changed = newData != null ? setData(newData, newSource) : null;
        trainer = resumed;
        history.clear();
        lastEncoding = null;
        restartTimeline();
        return changed;
    }

    /**
     * A lesson's data and, when it has one, its model and history. Nothing changes when the data does not suit the
     * model.
     *
     * @throws org.vaeexplorer.model.settings.InvalidConfigException when the data does not suit the model
     */
    DataSnapshot openLesson(Dataset lessonData, LessonData source, TrainingCheckpoint training,
            List<EpochReport> lessonHistory) {
        Trainer resumed = training == null ? null : Trainer.resume(training, lessonData);
        DataSnapshot snapshot = setData(lessonData, source);
        trainer = resumed;
        if (resumed != null) {
            history.addAll(lessonHistory);
            restartTimeline();
        }
        return snapshot;
    }

    void dropModel() {
        trainer = null;
        history.clear();
        lastEncoding = null;
        restartTimeline();
    }

    /** A new model (or none): the timeline starts at its current weights. */
    private void restartTimeline() {
        timeline.clear();
        shownEpoch = null;
        if (trainer != null) {
            timeline.record(trainer.epochsDone(), trainer.model());
        }
        refreshStops();
    }

    private void refreshStops() {
        if (trainer == null) {
            timelineStops = List.of();
            return;
        }
        if (timeline.changes() != heldChanges) {
            heldEpochs = timeline.epochs();
            heldChanges = timeline.changes();
        }
        timelineStops = new TimelineStops(heldEpochs, trainer.epochsDone());
    }

    /** From any thread: the epochs one can go back to, oldest first, the live one last; empty without a model. */
    List<Integer> timelineStops() {
        return timelineStops;
    }

    /** The past epoch shown, or {@code null} for the live model. */
    Integer shownEpoch() {
        return shownEpoch;
    }

    /**
     * Shows the model of a past {@code epoch} in every picture; {@code null}, the live epoch or one no longer held
     * shows the live model.
     */
    void show(Integer epoch) {
        boolean past = epoch != null && trainer != null && epoch != trainer.epochsDone() && timeline.has(epoch);
        shownEpoch = past ? epoch : null;
    }

    /**
     * Training goes on from the shown past epoch as a new branch: its weights with a fresh optimiser, the history
     * and the timeline cut after it.
     *
     * @return the history kept
     */
    List<EpochReport> continueFromShown() {
        int k = shownEpoch;
        VaeSnapshot weights = shownModel().snapshot();
        trainer = Trainer.resume(new TrainingCheckpoint(weights, k, null), data);
        history.removeIf(r -> r.epoch() > k);
        timeline.dropAfter(k);
        shownEpoch = null;
        refreshStops();
        lastEncoding = null;
        return history();
    }

    /** The model the pictures show: the live one, or that of the past epoch shown. */
    Vae shownModel() {
        return shownEpoch == null ? trainer.model() : timeline.modelAt(shownEpoch, trainer.model());
    }

    /** The sample's posteriors under the current weights, yielding between chunks. */
    LatentSnapshot encodeSample(YieldPoint betweenPieces) {
        Vae vae = shownModel();
        Encoding q = vae.encodeRows(data, sampleRows, betweenPieces);
        int epoch = shownEpoch == null ? trainer.epochsDone() : shownEpoch;
        lastEncoding = new LatentSnapshot(epoch, vae.latentDim(), sampleRows, q.mean(), q.sigma());
        return lastEncoding;
    }

    /** @param drawSeed the seed of a draw x ~ p(x|z) to go with the mean, or {@code null} for the mean alone */
    ProbeSnapshot decode(float[] z, Long drawSeed) {
        Vae vae = shownModel();
        float[] decoded = vae.decode(z, 1);
        float[] drawn = drawSeed == null ? null : vae.drawObservations(decoded, 1, drawSeed);
        double[] p = pca.project(decoded, 0);
        double[] std = vae.observationStdDev();
        double[] covariance = std == null ? null : pca.projectDiagonalCovariance(std);
        return new ProbeSnapshot(z, decoded, p[0], p[1], covariance, nearestRows(z), drawn);
    }

    ManifoldSnapshot manifold(int n, double xMin, double xMax, double yMin, double yMax, int dimX, int dimY,
            float[] base) {
        Vae vae = shownModel();
        int l = vae.latentDim();
        float[] z = new float[n * n * l];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int k = (i * n + j) * l;
                System.arraycopy(base, 0, z, k, l);
                z[k + dimX] = (float) (xMin + (xMax - xMin) * (j + 0.5) / n);
                if (l > 1) {
                    z[k + dimY] = (float) (yMin + (yMax - yMin) * (i + 0.5) / n);
                }
            }
        }
        float[] decoded = vae.decode(z, n * n);
        return new ManifoldSnapshot(n, xMin, xMax, yMin, yMax, decoded, project(decoded, n * n));
    }

    /** @param drawn draws x ~ p(x|z) instead of the decoder's means */
    PriorSampleSnapshot samplePrior(int count, long seed, boolean drawn) {
        PriorSamples samples = shownModel().samplePrior(count, seed);
        float[] x = drawn ? shownModel().drawObservations(samples.x(), count, seed + 1) : samples.x();
        return new PriorSampleSnapshot(count, x, project(x, count), drawn);
    }

    /** The decoder's means along a path of {@code steps} latent points, with their places on the data's plane. */
    PathSnapshot decodePath(float[] z, int steps) {
        Vae vae = shownModel();
        float[] decoded = vae.decode(z, steps);
        return new PathSnapshot(steps, vae.latentDim(), z, decoded, project(decoded, steps));
    }

    /** The reconstructions of up to {@code max} rows of the latent canvas's sample, on the data view's plane. */
    ReconstructionSnapshot reconstructSample(int max) {
        int n = Math.min(max, sampleRows.length);
        int d = data.cols();
        int[] rows = java.util.Arrays.copyOf(sampleRows, n);
        float[] x = new float[n * d];
        for (int i = 0; i < n; i++) {
            data.copyRow(rows[i], x, i * d);
        }
        return new ReconstructionSnapshot(rows, project(shownModel().reconstruct(x, n), n));
    }

    /** The model's reconstruction of one row, as a probe-like snapshot at its posterior mean. */
    ProbeSnapshot reconstruct(int row) {
        float[] x = data.copyRows(row, row + 1);
        float[] mean = shownModel().encode(x, 1).mean();
        return decode(mean, null);
    }

    /** Rows in the data's units on the data view's plane, {@code count × 2}. */
    float[] project(float[] rows, int count) {
        float[] plane = new float[count * 2];
        int d = data.cols();
        for (int i = 0; i < count; i++) {
            double[] p = pca.project(rows, i * d);
            plane[2 * i] = (float) p[0];
            plane[2 * i + 1] = (float) p[1];
        }
        return plane;
    }

    private int[] nearestRows(float[] z) {
        if (lastEncoding == null) {
            return new int[0];
        }
        int l = lastEncoding.latentDim();
        int n = lastEncoding.rows().length;
        int k = Math.min(ProbeSnapshot.NEAREST_COUNT, n);
        int[] best = new int[k];
        double[] bestDistance = new double[k];
        java.util.Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double d = 0;
            for (int c = 0; c < l; c++) {
                double diff = lastEncoding.mean()[i * l + c] - z[c];
                d += diff * diff;
            }
            for (int slot = 0; slot < k; slot++) {
                if (d < bestDistance[slot]) {
                    System.arraycopy(bestDistance, slot, bestDistance, slot + 1, k - slot - 1);
                    System.arraycopy(best, slot, best, slot + 1, k - slot - 1);
                    bestDistance[slot] = d;
                    best[slot] = lastEncoding.rows()[i];
                    break;
                }
            }
        }
        return best;
    }
}
