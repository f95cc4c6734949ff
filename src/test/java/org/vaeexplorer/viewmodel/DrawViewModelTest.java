package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.lessons.LessonFile;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.lessons.LessonData;

/** Drawing data by hand, without a screen: what the pen and eraser make of strokes, and drawn data in the session. */
class DrawViewModelTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private final List<Dataset> applied = new ArrayList<>();
    private final DrawViewModel draw = new DrawViewModel(applied::add, () -> null, () -> { });

    private Dataset last() {
        return applied.get(applied.size() - 1);
    }

    private void click(double x, double y) {
        draw.press(x, y);
        draw.release();
    }

    @Test
    void thePenAddsACloudOfTheChosenClassAroundThePointer() {
        draw.startEmpty();
        draw.drawClassProperty().set(2);
        draw.pointsPerDabProperty().set(12);
        draw.brushRadiusProperty().set(0.4);
        click(1.5, -1);
        Dataset d = last();
        assertEquals(12, d.rows());
        assertEquals(2, d.cols());
        assertEquals(DrawViewModel.NAME, d.name());
        assertEquals(List.of("class 1", "class 2", "class 3"), d.classNames());
        double meanX = 0;
        for (int r = 0; r < d.rows(); r++) {
            assertEquals(2, d.label(r));
            // The cloud's spread is half the radius: 5 of those is far beyond any normal draw.
            assertTrue(Math.hypot(d.value(r, 0) - 1.5, d.value(r, 1) + 1) < 5 * 0.2, "row " + r + " near the pen");
            meanX += d.value(r, 0) / d.rows();
        }
        assertEquals(1.5, meanX, 0.2);
        assertTrue(d.value(0, 0) != d.value(1, 0), "the points are spread, not stacked");
    }

    @Test
    void fewerThanTenPointsAreNoDataAndTheHintSaysSo() {
        draw.startEmpty();
        draw.pointsPerDabProperty().set(4);
        click(0, 0);
        assertNull(last(), "too few points to train on");
        assertEquals(4, draw.pendingProperty().get().count(), "shown while too few to be data");
        assertTrue(draw.hintProperty().get().contains("at least 10"), draw.hintProperty().get());
        click(1, 1);
        click(2, 2);
        assertEquals(12, last().rows());
        assertEquals(0, draw.pendingProperty().get().count(), "all of it is in the data now");
        assertFalse(draw.hintProperty().get().contains("at least"));
    }

    @Test
    void theEraserRemovesExactlyThePointsWithinItsRadius() {
        draw.startEmpty();
        draw.pointsPerDabProperty().set(20);
        draw.brushRadiusProperty().set(0.2);
        click(0, 0);
        click(2, 2);
        Dataset before = last();
        draw.toolProperty().set(DrawViewModel.Tool.ERASER);
        draw.brushRadiusProperty().set(0.5);
        click(0.1, 0);
        Dataset after = last();
        int inside = 0;
        for (int r = 0; r < before.rows(); r++) {
            inside += Math.hypot(before.value(r, 0) - 0.1, before.value(r, 1)) <= 0.5 ? 1 : 0;
        }
        assertTrue(inside > 10, "the eraser covers most of the first cloud");
        assertEquals(before.rows() - inside, after.rows());
        for (int r = 0; r < after.rows(); r++) {
            assertTrue(Math.hypot(after.value(r, 0) - 0.1, after.value(r, 1)) > 0.5);
        }
    }

    @Test
    void aDragIsAppliedAtMostEveryHundredMillisecondsAndOnRelease() {
        draw.startEmpty();
        draw.pointsPerDabProperty().set(3);
        draw.brushRadiusProperty().set(0.1);
        int before = applied.size();
        long start = System.nanoTime();
        draw.press(-2, 0);
        for (int i = 1; i <= 200; i++) {
            draw.drag(-2 + i * 0.02, 0);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int duringDrag = applied.size() - before;
        assertTrue(duringDrag <= 1 + millis / DrawViewModel.APPLY_MILLIS + 1,
                duringDrag + " applications in " + millis + " ms");
        draw.release();
        // A dab every half radius (0.05) over 4 units, and the first: 81 (80 when rounding loses the last step).
        assertEquals(3 * 81, last().rows(), 3);
        assertEquals(0, draw.pendingProperty().get().count());
    }

    @Test
    void aFastPointerLeavesNoGapsInTheStroke() {
        draw.startEmpty();
        draw.pointsPerDabProperty().set(1);
        draw.brushRadiusProperty().set(0.2);
        draw.press(0, 0);
        draw.drag(1, 0);
        draw.release();
        Dataset d = last();
        assertEquals(11, d.rows(), "dabs at 0, 0.1, …, 1");
        boolean[] near = new boolean[11];
        for (int r = 0; r < d.rows(); r++) {
            int k = (int) Math.round(d.value(r, 0) * 10);
            if (k >= 0 && k <= 10 && Math.abs(d.value(r, 0) - k * 0.1) < 0.05) {
                near[k] = true;
            }
        }
        int covered = 0;
        for (boolean b : near) {
            covered += b ? 1 : 0;
        }
        assertTrue(covered >= 7, "the dabs spread along the segment, " + covered + " of 11 spots");
    }

    @Test
    void drawingOverDataKeepsItsPointsAndFoldsItsClassesIntoFour() {
        float[] values = new float[24];
        int[] labels = new int[12];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
            labels[i / 2] = i / 2 % 6;
        }
        Dataset six = new Dataset("six", 12, 2, values, labels, List.of("a", "b", "c", "d", "e", "f"),
                List.of("u", "v"), null);
        draw.startFrom(six);
        draw.pointsPerDabProperty().set(1);
        click(30, 30);
        Dataset d = last();
        assertEquals(13, d.rows());
        int[] labelAt = new int[13];
        for (int r = 0; r < d.rows(); r++) {
            double x = d.value(r, 0);
            labelAt[x > 25 ? 12 : (int) Math.round(x) / 2] = d.label(r) + 1;
        }
        assertEquals(2, labelAt[5], "class 6 (the point at 10) folds onto the second colour");
        assertEquals(4, labelAt[3], "class 4 stays");
        assertEquals(1, labelAt[12], "the pen's default class, near 30");
        for (int label : labelAt) {
            assertTrue(label > 0, "every point is there once");
        }
    }

    @Test
    void drawnDataBecomesTheSessionsDataTrainsAndIsKeptInsideALesson() throws Exception {
        MainViewModel main = new MainViewModel(NOW, NOW);
        DataViewModel data = main.data();
        main.settings().field("hidden").textProperty().set("16,16");
        data.datasetChoiceProperty().set(data.datasetChoices().stream()
                .filter(c -> c.id().equals(DrawViewModel.NAME)).findFirst().orElseThrow());
        DrawViewModel pen = data.draw();
        assertTrue(pen.activeProperty().get());
        assertNull(data.dataProperty().get());
        pen.pointsPerDabProperty().set(5);
        pen.press(-1, 0);
        pen.release();
        main.training().step();
        assertTrue(main.training().reports().isEmpty(), "five points do not train");
        pen.drawClassProperty().set(1);
        for (int i = 0; i < 20; i++) {
            pen.press(1, i * 0.1);
            pen.release();
        }
        DataSnapshot snapshot = data.dataProperty().get();
        assertNotNull(snapshot);
        assertEquals(105, snapshot.data().rows());
        int lastStroke = 0;
        for (int r = 105 - 10; r < 105; r++) {
            lastStroke += snapshot.data().value(r, 1) > 1.85 ? 1 : 0;
        }
        assertTrue(lastStroke < 10, "the held-out (last) rows are not all from the last stroke");
        assertEquals(2, snapshot.data().classNames().size());
        assertEquals(DrawViewModel.NAME, data.datasetChoiceProperty().get().id(), "the chooser stays on drawing");
        data.loadChosenDataset();
        assertEquals(105, data.dataProperty().get().data().rows(), "Load while drawing keeps the drawing");
        main.training().step();
        assertEquals(1, main.training().reports().size());
        assertTrue(Double.isFinite(main.training().reports().get(0).train().negativeElbo()));
        assertNotNull(main.exploration().latentProperty().get());
        Path file = dir.resolve("drawn" + LessonFile.EXTENSION);
        main.lesson().save(file);
        assertFalse(main.noticeProperty().get().error(), () -> main.noticeProperty().get().text());
        LessonData source = LessonFile.load(file).data();
        assertTrue(source instanceof LessonData.Embedded e && e.dataset().rows() == 105
                && e.dataset().value(104, 0) == snapshot.data().value(104, 0), "kept inside the lesson");
    }

    /** The data's rows as (x, y, label) triples, in order. */
    private static List<List<Float>> rowsOf(Dataset d) {
        List<List<Float>> rows = new ArrayList<>();
        for (int r = 0; r < d.rows(); r++) {
            rows.add(List.of(d.value(r, 0), d.value(r, 1), (float) d.label(r)));
        }
        return rows;
    }

    @Test
    void undoAndRedoGoBackAndForthAStrokeAtATime() {
        draw.startEmpty();
        draw.pointsPerDabProperty().set(12);
        assertFalse(draw.canUndoProperty().get());
        click(1, 1);
        List<List<Float>> afterFirst = rowsOf(last());
        draw.drawClassProperty().set(1);
        click(-1, -1);
        List<List<Float>> afterSecond = rowsOf(last());
        assertEquals(24, afterSecond.size());

        draw.undo();
        assertEquals(afterFirst, rowsOf(last()), "undo restores the points as they were before the stroke");
        assertTrue(draw.canRedoProperty().get());
        draw.redo();
        assertEquals(afterSecond, rowsOf(last()), "redo draws the stroke again");

        draw.toolProperty().set(DrawViewModel.Tool.ERASER);
        draw.brushRadiusProperty().set(0.5);
        click(10, 10);
        draw.undo();
        assertEquals(afterFirst, rowsOf(last()), "an eraser over empty space is no step of its own");

        draw.clear();
        assertNull(last(), "cleared");
        draw.undo();
        assertEquals(afterFirst, rowsOf(last()), "Clear can be undone");
        draw.undo();
        assertNull(last(), "back to the empty canvas");
        assertFalse(draw.canUndoProperty().get());
        click(0, 0);
        assertFalse(draw.canRedoProperty().get(), "a new stroke ends what could be redone");
    }
}
