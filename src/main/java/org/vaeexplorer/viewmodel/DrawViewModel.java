package org.vaeexplorer.viewmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.text.Texts;

/**
 * Drawing 2-D data by hand: a pen that drops a small cloud of points of the chosen class where the pointer is, and
 * an eraser that removes the points within its radius. The sketch lives here, on the UI thread, in growable arrays;
 * it becomes the current data as a new immutable {@link Dataset} at most every {@value #APPLY_MILLIS} ms while a
 * stroke goes on and when it ends, never per mouse event. Points not yet applied are offered to the data view as
 * {@link #pendingProperty()} so that the pen shows at once.
 */
public final class DrawViewModel {
    /** Fewer points than this are not data to train on: the data stays empty and the hint says why. */
    public static final int MIN_POINTS = 10;
    /** Classes, one per colour. */
    public static final int MAX_CLASSES = 4;
    /** A drawn set stays small enough to keep inside a lesson. */
    static final int MAX_POINTS = 5000;
    /** The name of drawn data. */
    public static final String NAME = "drawn";
    static final long APPLY_MILLIS = 100;
    /** A jump of the pointer is filled in with at most this many dabs. */
    private static final int MAX_DABS_PER_MOVE = 100;

    /** What the pointer does on the data view while drawing. */
    public enum Tool { PEN, ERASER }

    /** Points of the sketch, {@code xy} interleaved; immutable once published. */
    public record Points(float[] xy, int[] labels, int count) {
    }

    private final BooleanProperty active = new SimpleBooleanProperty();
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(Tool.PEN);
    private final IntegerProperty drawClass = new SimpleIntegerProperty(0);
    private final DoubleProperty brushRadius = new SimpleDoubleProperty(0.3);
    private final IntegerProperty pointsPerDab = new SimpleIntegerProperty(8);
    private final ReadOnlyObjectWrapper<Points> pending = new ReadOnlyObjectWrapper<>(new Points(new float[0],
            new int[0], 0));
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper emptyStart = new ReadOnlyBooleanWrapper();
    /** Receives the sketch as data ({@code null} while it has fewer than {@link #MIN_POINTS} points). */
    private final Consumer<Dataset> apply;
    private final Supplier<Dataset> currentData;
    /** Told when drawing starts (the dataset chooser then shows drawing). */
    private final Runnable started;
    private final Throttle applyThrottle = new Throttle(APPLY_MILLIS);
    private final Random random = new Random(1);
    private final DrawHistory history = new DrawHistory();
    private float[] xy = new float[256];
    private int[] labels = new int[128];
    private int count;
    /** The last this many points (new ones are appended, erasing keeps the order) are not in the data yet. */
    private int unapplied;
    private boolean changed;
    private double lastDabX = Double.NaN;
    private double lastDabY = Double.NaN;

    /**
     * @param apply       receives the sketch as data, {@code null} while it has too few points
     * @param currentData the data shown now, or {@code null}
     * @param started     told when drawing starts
     */
    DrawViewModel(Consumer<Dataset> apply, Supplier<Dataset> currentData, Runnable started) {
        this.apply = apply;
        this.currentData = currentData;
        this.started = started;
    }

    /** Whether the pointer draws on the data view. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** The pen's class, 0 to {@link #MAX_CLASSES} − 1. */
    public IntegerProperty drawClassProperty() {
        return drawClass;
    }

    /** The brush's radius in data units: the pen's cloud has half of it as spread; the eraser clears all of it. */
    public DoubleProperty brushRadiusProperty() {
        return brushRadius;
    }

    /** How many points a click of the pen adds. */
    public IntegerProperty pointsPerDabProperty() {
        return pointsPerDab;
    }

    /** Points drawn but not yet in the data (all of them while there are too few to be data). */
    public ReadOnlyObjectProperty<Points> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** How many points there are, and what is missing before training can start. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** True when drawing started on an empty canvas: the view shows the axes from −3 to 3. */
    public ReadOnlyBooleanProperty emptyStartProperty() {
        return emptyStart.getReadOnlyProperty();
    }

    /**
     * Draws over the current data when it has two features (an empty canvas when there is none); other data stays
     * and drawing does not start.
     *
     * @return whether drawing started
     */
    public boolean startOnCurrentData() {
        Dataset current = currentData.get();
        if (current != null && current.cols() != 2) {
            return false;
        }
        if (current == null) {
            startEmpty();
        } else {
            startFrom(current);
        }
        return true;
    }

    /** Whether a stroke (or Clear) can be undone. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    /** Whether an undone stroke can be done again. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Takes back the last stroke or Clear (Ctrl+Z). */
    public void undo() {
        restore(history.undo(DrawHistory.State.of(xy, labels, count)));
    }

    /** Does the last undone stroke or Clear again (Ctrl+Shift+Z). */
    public void redo() {
        restore(history.redo(DrawHistory.State.of(xy, labels, count)));
    }

    private void restore(DrawHistory.State state) {
        if (state == null || !active.get()) {
            return;
        }
        xy = Arrays.copyOf(state.xy(), Math.max(256, state.xy().length));
        labels = Arrays.copyOf(state.labels(), Math.max(128, state.labels().length));
        count = state.count();
        unapplied = 0;
        changed = true;
        applyNow();
    }

    /** Starts drawing on an empty canvas. */
    public void startEmpty() {
        started.run();
        history.clear();
        count = 0;
        unapplied = 0;
        emptyStart.set(true);
        active.set(true);
        changed = true;
        applyNow();
    }

    /** Starts drawing over {@code data} (two features), its classes folded into the pen's four. */
    void startFrom(Dataset data) {
        started.run();
        history.clear();
        count = 0;
        for (int r = 0; r < data.rows() && count < MAX_POINTS; r++) {
            add(data.value(r, 0), data.value(r, 1), data.hasLabels() ? data.label(r) % MAX_CLASSES : 0);
        }
        emptyStart.set(false);
        unapplied = 0;
        active.set(true);
        updateHint();
    }

    /** Ends drawing; the data stays as drawn. */
    public void stop() {
        active.set(false);
    }

    /** The pointer went down at data point ({@code x}, {@code y}). */
    public void press(double x, double y) {
        if (active.get()) {
            history.before(DrawHistory.State.of(xy, labels, count));
        }
        lastDabX = Double.NaN;
        drag(x, y);
    }

    /** The pointer moved, held down, to ({@code x}, {@code y}); the pen dabs every half radius along the way. */
    public void drag(double x, double y) {
        if (!active.get()) {
            return;
        }
        double r = brushRadius.get();
        if (tool.get() == Tool.ERASER) {
            erase(x, y, r);
        } else if (Double.isNaN(lastDabX)) {
            dab(x, y, r / 2);
        } else {
            // Dabs every half radius along the way: a fast pointer reports far apart and must not leave gaps.
            double distance = Math.hypot(x - lastDabX, y - lastDabY);
            int steps = (int) Math.min(MAX_DABS_PER_MOVE, Math.floor(distance / (r / 2)));
            double fromX = lastDabX;
            double fromY = lastDabY;
            for (int k = 1; k <= steps; k++) {
                double t = k * (r / 2) / distance;
                dab(fromX + t * (x - fromX), fromY + t * (y - fromY), r / 2);
            }
        }
        if (applyThrottle.due(false)) {
            applyNow();
        } else {
            publishPending();
        }
    }

    /** The pointer was released: the stroke becomes data now. */
    public void release() {
        if (active.get()) {
            history.dropIfUnchanged(xy, labels, count);
            applyNow();
        }
    }

    /** Removes every point. */
    public void clear() {
        history.before(DrawHistory.State.of(xy, labels, count));
        history.dropIfUnchanged(xy, labels, 0);
        count = 0;
        unapplied = 0;
        changed = true;
        applyNow();
    }

    private void dab(double x, double y, double spread) {
        lastDabX = x;
        lastDabY = y;
        int label = Math.max(0, Math.min(MAX_CLASSES - 1, drawClass.get()));
        for (int i = 0; i < pointsPerDab.get() && count < MAX_POINTS; i++) {
            add(x + spread * random.nextGaussian(), y + spread * random.nextGaussian(), label);
            unapplied++;
            changed = true;
        }
    }

    private void erase(double x, double y, double radius) {
        int kept = 0;
        int newFrom = count - unapplied;
        for (int i = 0; i < count; i++) {
            if (Math.hypot(xy[2 * i] - x, xy[2 * i + 1] - y) > radius) {
                xy[2 * kept] = xy[2 * i];
                xy[2 * kept + 1] = xy[2 * i + 1];
                labels[kept++] = labels[i];
            } else if (i >= newFrom) {
                unapplied--;
            }
        }
        changed |= kept != count;
        count = kept;
    }

    private void add(double x, double y, int label) {
        if (count == labels.length) {
            labels = Arrays.copyOf(labels, 2 * count);
            xy = Arrays.copyOf(xy, 4 * count);
        }
        xy[2 * count] = (float) x;
        xy[2 * count + 1] = (float) y;
        labels[count++] = label;
    }

    /** Hands the sketch over as data when it changed. */
    private void applyNow() {
        if (changed) {
            changed = false;
            apply.accept(count < MIN_POINTS ? null : dataset());
            unapplied = 0;
        }
        publishPending();
    }

    private void publishPending() {
        // Too few points are no data: then all of them are shown from here.
        int from = count < MIN_POINTS ? 0 : count - unapplied;
        pending.set(new Points(Arrays.copyOfRange(xy, 2 * from, 2 * count), Arrays.copyOfRange(labels, from, count),
                count - from));
        updateHint();
    }

    private void updateHint() {
        hint.set(Texts.get(count < MIN_POINTS ? "draw.hint.few" : count >= MAX_POINTS ? "draw.hint.full" : "draw.hint",
                count, MIN_POINTS));
    }

    /**
     * The sketch as an immutable dataset: features x and y, a class per pen colour used so far. The rows are
     * shuffled (the same way for the same number of points): held out from the end, the held-out rows are the last
     * ones, which in drawing order would all come from the last stroke.
     */
    Dataset dataset() {
        int classes = 1;
        int[] order = new int[count];
        Random shuffle = new Random(count);
        for (int i = 0; i < count; i++) {
            classes = Math.max(classes, labels[i] + 1);
            int j = shuffle.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        float[] values = new float[2 * count];
        int[] classOf = new int[count];
        for (int row = 0; row < count; row++) {
            values[2 * row] = xy[2 * order[row]];
            values[2 * row + 1] = xy[2 * order[row] + 1];
            classOf[row] = labels[order[row]];
        }
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= classes; c++) {
            names.add("class " + c);
        }
        return new Dataset(NAME, count, 2, values, classOf, names, List.of("x", "y"), null);
    }
}
