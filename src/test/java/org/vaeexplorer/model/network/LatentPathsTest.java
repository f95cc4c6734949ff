package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The geometry of interpolation paths and traversal rows, shared by the window and the command line. */
class LatentPathsTest {

    private static double norm(float[] z) {
        double sum = 0;
        for (float v : z) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    @Test
    void straightPathsAreEvenlySpacedAndSphericalOnesFollowTheGreatCircle() {
        float[] a = {2, 0, 0};
        float[] b = {0, 2, 0};
        assertArrayEquals(new float[] {1, 1, 0}, LatentPaths.point(a, b, 0.5, false));
        float[] middle = LatentPaths.point(a, b, 0.5, true);
        // Between orthogonal vectors of length 2, the great circle's midpoint is (a + b) / √2, still of length 2.
        assertArrayEquals(new float[] {(float) Math.sqrt(2), (float) Math.sqrt(2), 0}, middle, 1e-6f);
        float[] parallel = LatentPaths.point(a, new float[] {4, 0, 0}, 0.25, true);
        assertArrayEquals(new float[] {2.5f, 0, 0}, parallel, 1e-6f, "parallel ends: the straight line");
        float[] fromOrigin = LatentPaths.point(new float[3], b, 0.25, true);
        assertArrayEquals(new float[] {0, 0.5f, 0}, fromOrigin, 1e-6f, "from the origin: the straight line");
    }

    @Test
    void aSphericalPathBetweenEqualNormEndsKeepsTheNormAtEveryStep() {
        float[] a = {1.2f, -0.4f, 2.0f, 0.3f};
        float[] b = {-0.3f, 1.2f, 0.4f, -2.0f};
        assertEquals(norm(a), norm(b), 1e-6, "the ends have equal norm");
        int steps = 7;
        float[] path = LatentPaths.interpolate(a, b, steps, true);
        for (int s = 0; s < steps; s++) {
            assertEquals(norm(a), norm(Arrays.copyOfRange(path, s * 4, s * 4 + 4)), 1e-5, "step " + s);
        }
        float[] straight = LatentPaths.interpolate(a, b, steps, false);
        assertTrue(norm(Arrays.copyOfRange(straight, 12, 16)) < norm(a) - 0.1, "a chord passes inside the sphere");
    }

    @Test
    void pathsStartAndEndExactlyAtTheirEnds() {
        float[] a = {2, 0, -1};
        float[] b = {0, 2, 0.5f};
        for (boolean spherical : new boolean[] {false, true}) {
            float[] points = LatentPaths.interpolate(a, b, 5, spherical);
            assertEquals(5 * 3, points.length);
            assertArrayEquals(a, Arrays.copyOfRange(points, 0, 3), 1e-6f);
            assertArrayEquals(b, Arrays.copyOfRange(points, points.length - 3, points.length), 1e-6f);
        }
        assertThrows(IllegalArgumentException.class, () -> LatentPaths.interpolate(a, b, 1, false));
        assertThrows(IllegalArgumentException.class, () -> LatentPaths.interpolate(a, new float[2], 3, false));
    }

    @Test
    void eachTraversalRowVariesOneDimensionAndHoldsTheOthersAtTheBase() {
        float[] base = {0.5f, -1f};
        int steps = 9;
        float[] values = LatentPaths.traversalValues(steps, 3);
        assertEquals(-3f, values[0]);
        assertEquals(0f, values[steps / 2]);
        assertEquals(3f, values[steps - 1]);
        float[] z = LatentPaths.traversal(base, values);
        assertEquals(2 * steps * 2, z.length);
        assertArrayEquals(new float[] {-3f, -1f}, Arrays.copyOfRange(z, 0, 2), "row z1 starts at −3");
        assertArrayEquals(new float[] {3f, -1f}, Arrays.copyOfRange(z, 2 * (steps - 1), 2 * steps), "ends at +3");
        assertArrayEquals(new float[] {0.5f, 0f}, Arrays.copyOfRange(z, 2 * (steps + steps / 2),
                2 * (steps + steps / 2) + 2), "row z2's middle is 0");
    }
}
