package org.vaeexplorer.model.lessons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.ComputeThreads;
import org.vaeexplorer.model.network.Encoding;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.training.Trainer;

/** A lesson's preview: what it shows, and that it travels through the file to a list's summary. */
class LessonPreviewTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void oneThread() {
        ComputeThreads.use(1);
    }

    private static Vae trained(Dataset data, int latent) {
        Trainer trainer = Trainer.create(LessonFileTest.config().withLatentDim(latent).withHoldoutRows(10), data);
        trainer.train(2, r -> { });
        return trainer.model();
    }

    @Test
    void aSmallDatasetShowsEveryRowsPosteriorMeanInDimensionsZeroAndOne() throws Exception {
        Dataset data = LessonFileTest.MOONS.load();
        Vae vae = trained(data, 3);

        LessonPreview preview = LessonPreview.of(vae, data);

        assertEquals(data.rows(), preview.count(), "600 rows: all of them");
        Encoding expected = vae.encode(data.copyRows(0, data.rows()), data.rows());
        float[] points = preview.points();
        for (int i = 0; i < data.rows(); i++) {
            assertEquals(expected.mean()[3 * i], points[2 * i], 1e-6, "x of row " + i);
            assertEquals(expected.mean()[3 * i + 1], points[2 * i + 1], 1e-6, "y of row " + i);
            assertEquals(data.label(i), preview.labels()[i], "label of row " + i);
        }
    }

    @Test
    void aLargeDatasetShowsTheSameThousandRowsEachTime() throws Exception {
        Dataset data = ToyDataset.MOONS.generate(5000, 0.1, 2);
        Vae vae = trained(data, 2);

        LessonPreview first = LessonPreview.of(vae, data);
        LessonPreview second = LessonPreview.of(vae, data);

        assertEquals(LessonPreview.MAX_POINTS, first.count());
        assertArrayEquals(first.points(), second.points(), 0);
        assertArrayEquals(first.labels(), second.labels());
        // Encoded in other chunks, a row's mean may differ in the last bits: matched within 1e-5.
        float[] all = vae.encode(data.copyRows(0, data.rows()), data.rows()).mean();
        float[] p = first.points();
        Set<Integer> classes = new HashSet<>();
        for (int i = 0; i < first.count(); i++) {
            int label = first.labels()[i];
            boolean found = false;
            for (int r = 0; r < data.rows() && !found; r++) {
                found = data.label(r) == label && Math.abs(all[2 * r] - p[2 * i]) < 1e-5
                        && Math.abs(all[2 * r + 1] - p[2 * i + 1]) < 1e-5;
            }
            assertTrue(found, "point " + i + " is a row's posterior mean, with its label");
            classes.add(label);
        }
        assertEquals(Set.of(0, 1), classes);
    }

    /** For two-dimensional data the first principal axis is its first feature (Pca keeps such data's own axes). */
    @Test
    void aOneDimensionalLatentSpaceShowsItsAxisAgainstTheDatasFirstPrincipalCoordinate() throws Exception {
        Dataset data = LessonFileTest.MOONS.load();
        Vae vae = trained(data, 1);

        LessonPreview preview = LessonPreview.of(vae, data);

        Encoding expected = vae.encode(data.copyRows(0, data.rows()), data.rows());
        float[] points = preview.points();
        for (int i = 0; i < data.rows(); i++) {
            assertEquals(expected.mean()[i], points[2 * i], 1e-6, "x of row " + i);
            assertEquals(data.value(i, 0), points[2 * i + 1], 0, "y of row " + i);
        }
    }

    @Test
    void unlabelledDataGivesAnUnlabelledPreview() {
        float[] values = new float[400];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) Math.sin(i);
        }
        Dataset data = new Dataset("plain", 200, 2, values, null, List.of(), List.of("a", "b"), null);

        assertNull(LessonPreview.of(trained(data, 2), data).labels());
    }

    @Test
    void thePreviewComesBackInTheSummaryBitForBitAndLoadingStillWorks() throws Exception {
        LessonFileTest.Run run = LessonFileTest.Run.of(LessonFileTest.config(), 1);
        LessonPreview preview = LessonPreview.of(run.trainer().model(), LessonFileTest.MOONS.load());
        Path file = dir.resolve("moons" + LessonFile.EXTENSION);

        LessonFile.save(run.lesson(), preview, file);

        LessonPreview back = LessonFile.summary(file).preview();
        assertArrayEquals(preview.points(), back.points(), 0);
        assertArrayEquals(preview.labels(), back.labels());
        assertEquals(1, LessonFile.load(file).training().epochsDone());
        LessonFile.save(run.lesson(), new LessonPreview(new float[] {1.5f, -2e-9f}, null), file);
        assertNull(LessonFile.summary(file).preview().labels());
        LessonFile.save(run.lesson(), null, file);
        assertNull(LessonFile.summary(file).preview());
    }

    @Test
    void aPreviewRefusesWhatItCannotDraw() {
        assertThrows(IllegalArgumentException.class, () -> new LessonPreview(new float[] {1, Float.NaN}, null));
        assertThrows(IllegalArgumentException.class, () -> new LessonPreview(new float[] {1, 2}, new int[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> new LessonPreview(new float[] {1, 2},
                new int[] {LessonPreview.MAX_CLASSES}));
        assertThrows(IllegalArgumentException.class, () -> new LessonPreview(new float[2002], null));
    }
}
