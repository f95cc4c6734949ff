package org.vaeexplorer.model.network;

/**
 * The latent points the story views and the command line decode, made in one place: a straight or spherical path
 * between two points (interpolation), and rows that vary one dimension at a time around a base point (traversal).
 * Points are returned row-major, one latent vector per row.
 */
public final class LatentPaths {
    /** How far a traversal reaches by default, in the prior's standard deviations. */
    public static final double DEFAULT_REACH = 3;

    private LatentPaths() {
    }

    /** {@code steps} (at least 2) points from a to b, ends included, evenly spaced in t. */
    public static float[] interpolate(float[] a, float[] b, int steps, boolean spherical) {
        checkSameLength(a, b);
        if (steps < 2) {
            throw new IllegalArgumentException("a path needs at least 2 steps, not " + steps);
        }
        int l = a.length;
        float[] z = new float[Math.multiplyExact(steps, l)];
        for (int s = 0; s < steps; s++) {
            System.arraycopy(point(a, b, s / (double) (steps - 1), spherical), 0, z, s * l, l);
        }
        return z;
    }

    /**
     * The point at t along the path: (1 − t) a + t b, or spherically sin((1 − t)Ω)/sin Ω · a + sin(tΩ)/sin Ω · b
     * with Ω the angle between a and b (White, 2016), which falls back to the straight line when a and b are (nearly)
     * parallel or one of them is the origin.
     */
    public static float[] point(float[] a, float[] b, double t, boolean spherical) {
        checkSameLength(a, b);
        double wa = 1 - t;
        double wb = t;
        if (spherical) {
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int k = 0; k < a.length; k++) {
                dot += a[k] * (double) b[k];
                na += a[k] * (double) a[k];
                nb += b[k] * (double) b[k];
            }
            double cos = dot / Math.sqrt(na * nb);
            if (na > 0 && nb > 0 && Math.abs(cos) < 1 - 1e-6) {
                double omega = Math.acos(cos);
                wa = Math.sin((1 - t) * omega) / Math.sin(omega);
                wb = Math.sin(t * omega) / Math.sin(omega);
            }
        }
        float[] z = new float[a.length];
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) (wa * a[k] + wb * b[k]);
        }
        return z;
    }

    /** The values a dimension takes along a traversal row: {@code steps} (at least 2) from −reach to +reach. */
    public static float[] traversalValues(int steps, double reach) {
        if (steps < 2 || !(reach > 0) || !Double.isFinite(reach)) {
            throw new IllegalArgumentException("a traversal needs at least 2 steps and a positive reach, not "
                    + steps + " steps and " + reach);
        }
        float[] values = new float[steps];
        for (int s = 0; s < steps; s++) {
            values[s] = (float) (-reach + 2 * reach * s / (steps - 1));
        }
        return values;
    }

    /**
     * The traversal grid around {@code base}: row block k holds one point per value with dimension k set to it and
     * the others at the base's values; {@code base.length × values.length} points in all.
     */
    public static float[] traversal(float[] base, float[] values) {
        int l = base.length;
        int steps = values.length;
        float[] z = new float[Math.multiplyExact(Math.multiplyExact(l, steps), l)];
        for (int k = 0; k < l; k++) {
            for (int s = 0; s < steps; s++) {
                int at = (k * steps + s) * l;
                System.arraycopy(base, 0, z, at, l);
                z[at + k] = values[s];
            }
        }
        return z;
    }

    private static void checkSameLength(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("the two ends have " + a.length + " and " + b.length
                    + " dimensions; they must have the same");
        }
    }
}
