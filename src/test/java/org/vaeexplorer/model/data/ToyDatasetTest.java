package org.vaeexplorer.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ToyDatasetTest {

    @ParameterizedTest
    @EnumSource(ToyDataset.class)
    void generatesTheRequestedPointsWithEveryClassAndIsReproducible(ToyDataset toy) {
        Dataset a = toy.generate(1000, toy.defaultNoise(), 42);
        Dataset b = toy.generate(1000, toy.defaultNoise(), 42);
        Dataset c = toy.generate(1000, toy.defaultNoise(), 43);
        assertEquals(1000, a.rows());
        assertEquals(2, a.cols());
        assertTrue(a.hasLabels());
        int[] counts = new int[a.classNames().size()];
        for (int r = 0; r < a.rows(); r++) {
            counts[a.label(r)]++;
        }
        for (int count : counts) {
            assertTrue(Math.abs(count - 1000.0 / counts.length) <= 1, "classes balanced");
        }
        assertArrayEquals(a.copyRows(0, 1000), b.copyRows(0, 1000));
        assertNotEquals(a.value(0, 0), c.value(0, 0));
    }

    @Test
    void rowsAreShuffledSoThatAHoldoutHoldsEveryClass() {
        Dataset grid = ToyDataset.GRID.generate(2500, 0.2, 1);
        boolean[] seen = new boolean[25];
        for (int r = 2250; r < 2500; r++) {
            seen[grid.label(r)] = true;
        }
        for (boolean s : seen) {
            assertTrue(s);
        }
    }

    /** The article's data: means (1, 1) and (1.5, 0.5), shared covariance [[1, .5], [.5, 1]]. */
    @Test
    void twoGaussiansHaveTheArticlesMeansAndCovariance() {
        int n = 200_000;
        Dataset d = ToyDataset.TWO_GAUSSIANS.generate(n, 1.0, 7);
        double[][] sum = new double[2][2];
        double[][] sumSq = new double[2][3];
        int[] count = new int[2];
        for (int r = 0; r < n; r++) {
            int k = d.label(r);
            double x = d.value(r, 0);
            double y = d.value(r, 1);
            count[k]++;
            sum[k][0] += x;
            sum[k][1] += y;
            sumSq[k][0] += x * x;
            sumSq[k][1] += y * y;
            sumSq[k][2] += x * y;
        }
        double[][] means = {{1, 1}, {1.5, 0.5}};
        // Standard error of a mean of 100,000 unit-variance draws is 0.0032; of a covariance about 0.0045.
        for (int k = 0; k < 2; k++) {
            double mx = sum[k][0] / count[k];
            double my = sum[k][1] / count[k];
            assertEquals(means[k][0], mx, 0.02);
            assertEquals(means[k][1], my, 0.02);
            assertEquals(1.0, sumSq[k][0] / count[k] - mx * mx, 0.03);
            assertEquals(1.0, sumSq[k][1] / count[k] - my * my, 0.03);
            assertEquals(0.5, sumSq[k][2] / count[k] - mx * my, 0.03);
        }
    }

    @Test
    void refusesImpossibleSizesAndNoise() {
        assertThrows(IllegalArgumentException.class, () -> ToyDataset.MOONS.generate(1, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> ToyDataset.MOONS.generate(100, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> ToyDataset.MOONS.generate(100, -1, 1));
    }
}
