package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.settings.HoldoutFrom;

class HoldoutSplitTest {
    /** The UCI wine table as people export it (../shared/datasets/uci/wine.csv): sorted by cultivar, 59/71/48 rows. */
    private static final int[] WINE = sortedLabels(59, 71, 48);
    /** The UCI iris table (iris.csv): sorted by species, 50 rows each. */
    private static final int[] IRIS = sortedLabels(50, 50, 50);

    private static int[] sortedLabels(int... sizes) {
        return IntStream.range(0, sizes.length).flatMap(k -> IntStream.generate(() -> k).limit(sizes[k])).toArray();
    }

    private static int[] perClass(int[] labels, int[] rows, int classes) {
        int[] count = new int[classes];
        for (int r : rows) {
            count[labels[r]]++;
        }
        return count;
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 5, 10, 18, 30, 90})
    void aClassSortedTableGetsEveryClassInItsHeldOutRowsInProportion(int heldOut) {
        for (int[] labels : new int[][] {WINE, IRIS}) {
            HoldoutSplit split = HoldoutSplit.of(labels.length, labels, heldOut, 1, HoldoutFrom.RANDOM);
            int[] got = perClass(labels, split.heldOutRows(), 3);
            int[] sizes = perClass(labels, IntStream.range(0, labels.length).toArray(), 3);
            assertEquals(heldOut, Arrays.stream(got).sum());
            for (int k = 0; k < 3; k++) {
                double exact = (double) heldOut * sizes[k] / labels.length;
                assertTrue(got[k] >= 1, "class " + k + " held out: " + Arrays.toString(got));
                assertTrue(Math.abs(got[k] - exact) <= 1, "class " + k + ": " + got[k] + " for a share of " + exact);
                assertTrue(got[k] < sizes[k], "class " + k + " keeps training rows");
            }
        }
    }

    @Test
    void theLastRowsOfAClassSortedTableAreOneClassOnlyWhichIsWhyRandomIsTheDefault() {
        HoldoutSplit end = HoldoutSplit.of(WINE.length, WINE, 17, 1, HoldoutFrom.END);
        assertArrayEquals(new int[] {0, 0, 17}, perClass(WINE, end.heldOutRows(), 3));
        assertArrayEquals(IntStream.range(161, 178).toArray(), end.heldOutRows());
        assertArrayEquals(IntStream.range(0, 161).toArray(), end.trainRows());
        assertTrue(end.heldOutAtEnd());
    }

    @Test
    void theSplitIsAFunctionOfItsArgumentsAndTheSeedChangesIt() {
        HoldoutSplit a = HoldoutSplit.of(WINE.length, WINE, 18, 7, HoldoutFrom.RANDOM);
        HoldoutSplit b = HoldoutSplit.of(WINE.length, WINE.clone(), 18, 7, HoldoutFrom.RANDOM);
        HoldoutSplit other = HoldoutSplit.of(WINE.length, WINE, 18, 8, HoldoutFrom.RANDOM);
        assertArrayEquals(a.heldOutRows(), b.heldOutRows());
        assertArrayEquals(a.trainRows(), b.trainRows());
        assertFalse(Arrays.equals(a.heldOutRows(), other.heldOutRows()));
        HoldoutSplit unlabelled = HoldoutSplit.of(1000, null, 100, 7, HoldoutFrom.RANDOM);
        assertArrayEquals(unlabelled.heldOutRows(), HoldoutSplit.of(1000, null, 100, 7, HoldoutFrom.RANDOM)
                .heldOutRows());
        assertFalse(unlabelled.heldOutAtEnd());
    }

    @Test
    void trainAndHeldOutRowsPartitionTheRowsAscending() {
        for (int[] labels : new int[][] {WINE, IRIS, null}) {
            int n = labels == null ? 500 : labels.length;
            for (int heldOut : new int[] {0, 1, 2, n / 10, n / 2, n - 1}) {
                HoldoutSplit split = HoldoutSplit.of(n, labels, heldOut, 3, HoldoutFrom.RANDOM);
                int[] all = IntStream.concat(Arrays.stream(split.trainRows()), Arrays.stream(split.heldOutRows()))
                        .sorted().toArray();
                assertArrayEquals(IntStream.range(0, n).toArray(), all, "disjoint and complete");
                assertEquals(heldOut, split.heldOutCount());
                assertArrayEquals(Arrays.stream(split.heldOutRows()).sorted().toArray(), split.heldOutRows());
                assertArrayEquals(Arrays.stream(split.trainRows()).sorted().toArray(), split.trainRows());
                for (int r : split.heldOutRows()) {
                    assertTrue(split.isHeldOut(r));
                }
                for (int r : split.trainRows()) {
                    assertFalse(split.isHeldOut(r));
                }
            }
        }
    }

    @Test
    void quotasGiveEveryClassOfTwoOrMoreRowsOneWhenThereAreEnoughHeldOutRows() {
        // One big class and four of two rows: proportion alone would give the small ones nothing.
        assertArrayEquals(new int[] {2, 1, 1, 1, 1}, HoldoutSplit.quotas(new int[] {100, 2, 2, 2, 2}, 6));
        // Fewer held-out rows than classes: the largest shares win.
        assertArrayEquals(new int[] {3, 0, 0, 0, 0}, HoldoutSplit.quotas(new int[] {100, 2, 2, 2, 2}, 3));
        // A class of one row is not held out while others can be.
        assertArrayEquals(new int[] {5, 0}, HoldoutSplit.quotas(new int[] {50, 1}, 5));
        assertArrayEquals(new int[] {6, 6, 6}, HoldoutSplit.quotas(new int[] {50, 50, 50}, 18));
    }

    @Test
    void theSplitIsStatedInWords() {
        assertEquals("held out: 18 of 178 rows, random, stratified by label (seed 1)",
                HoldoutSplit.of(WINE.length, WINE, 18, 1, HoldoutFrom.RANDOM).describe());
        assertEquals("held out: 50 of 500 rows, random (seed 4)",
                HoldoutSplit.of(500, null, 50, 4, HoldoutFrom.RANDOM).describe());
        assertEquals("held out: the last 18 of 178 rows",
                HoldoutSplit.of(WINE.length, WINE, 18, 1, HoldoutFrom.END).describe());
        assertEquals("held out: none of 178 rows", HoldoutSplit.of(178, WINE, 0, 1, HoldoutFrom.RANDOM).describe());
    }
}
