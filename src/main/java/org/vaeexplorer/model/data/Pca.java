package org.vaeexplorer.model.data;

import java.util.SplittableRandom;

/**
 * The first two principal axes of a dataset, found by power iteration on a sample of rows, to draw data of more
 * than two dimensions on a plane. Two-dimensional data keeps its own axes.
 */
public final class Pca {
    private static final int MAX_ROWS = 3000;
    private static final int ITERATIONS = 60;

    private final double[] mean;
    private final double[] first;
    private final double[] second;

    private Pca(double[] mean, double[] first, double[] second) {
        this.mean = mean;
        this.first = first;
        this.second = second;
    }

    public static Pca fit(Dataset data, long seed) {
        int d = data.cols();
        double[] mean = new double[d];
        if (d <= 2) {
            double[] e1 = new double[d];
            double[] e2 = new double[d];
            e1[0] = 1;
            if (d == 2) {
                e2[1] = 1;
            }
            return new Pca(mean, e1, e2);
        }
        int n = Math.min(MAX_ROWS, data.rows());
        int[] rows = sample(data.rows(), n, seed);
        double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = data.value(rows[i], j);
                mean[j] += x[i][j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] -= mean[j];
            }
        }
        double[] first = leadingAxis(x, null, seed);
        double[] second = leadingAxis(x, first, seed + 1);
        return new Pca(mean, first, second);
    }

    /** The coordinates of a row on the two axes. */
    public double[] project(float[] row, int offset) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < mean.length; j++) {
            double centred = row[offset + j] - mean[j];
            a += centred * first[j];
            b += centred * second[j];
        }
        return new double[] {a, b};
    }

    /** Projects a covariance given as per-feature standard deviations (a diagonal matrix) onto the plane. */
    public double[] projectDiagonalCovariance(double[] std) {
        double aa = 0;
        double ab = 0;
        double bb = 0;
        for (int j = 0; j < std.length; j++) {
            double v = std[j] * std[j];
            aa += first[j] * first[j] * v;
            ab += first[j] * second[j] * v;
            bb += second[j] * second[j] * v;
        }
        return new double[] {aa, ab, bb};
    }

    /** Power iteration for the top eigenvector of XᵀX, orthogonal to {@code exclude} when given. */
    private static double[] leadingAxis(double[][] x, double[] exclude, long seed) {
        int d = x[0].length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[d];
        for (int j = 0; j < d; j++) {
            v[j] = random.nextGaussian();
        }
        for (int it = 0; it < ITERATIONS; it++) {
            if (exclude != null) {
                orthogonalise(v, exclude);
            }
            normalise(v);
            double[] next = new double[d];
            for (double[] row : x) {
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += row[j] * v[j];
                }
                for (int j = 0; j < d; j++) {
                    next[j] += dot * row[j];
                }
            }
            v = next;
        }
        if (exclude != null) {
            orthogonalise(v, exclude);
        }
        normalise(v);
        return v;
    }

    private static void orthogonalise(double[] v, double[] axis) {
        double dot = 0;
        for (int j = 0; j < v.length; j++) {
            dot += v[j] * axis[j];
        }
        for (int j = 0; j < v.length; j++) {
            v[j] -= dot * axis[j];
        }
    }

    private static void normalise(double[] v) {
        double norm = 0;
        for (double value : v) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] /= norm;
            }
        }
    }

    /** {@code n} distinct row indices in ascending order, drawn from the seed (all rows when n ≥ rows). */
    public static int[] sample(int rows, int n, long seed) {
        if (n >= rows) {
            int[] all = new int[rows];
            for (int i = 0; i < rows; i++) {
                all[i] = i;
            }
            return all;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(rows - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(order, n);
        java.util.Arrays.sort(chosen);
        return chosen;
    }
}
