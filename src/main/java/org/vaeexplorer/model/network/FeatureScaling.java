package org.vaeexplorer.model.network;

import org.vaeexplorer.model.data.Dataset;

/**
 * The affine map x' = (x − offset) / scale, per feature, under which a model sees its data. Densities of x and
 * x' differ by the Jacobian: log p(x) = log p'(x') − Σ log scale, which {@link #logScaleSum()} provides so that
 * every reported likelihood is in the units of the data as the user gave it.
 */
public record FeatureScaling(double[] offset, double[] scale) {

    public FeatureScaling {
        if (offset.length != scale.length) {
            throw new IllegalArgumentException("offset and scale differ in length");
        }
        for (double s : scale) {
            if (!(s > 0) || !Double.isFinite(s)) {
                throw new IllegalArgumentException("scale must be positive and finite, not " + s);
            }
        }
        offset = offset.clone();
        scale = scale.clone();
    }

    /** Whether the map leaves every value as it is (offset 0, scale 1). */
    public boolean isIdentity() {
        for (int i = 0; i < offset.length; i++) {
            if (offset[i] != 0 || scale[i] != 1) {
                return false;
            }
        }
        return true;
    }

    public static FeatureScaling identity(int dim) {
        double[] ones = new double[dim];
        java.util.Arrays.fill(ones, 1.0);
        return new FeatureScaling(new double[dim], ones);
    }

    /**
     * Per-feature mean and standard deviation of the first {@code rows} rows. A constant feature keeps scale 1 so
     * that it is not blown up.
     */
    public static FeatureScaling standardising(Dataset data, int rows) {
        return standardising(data, java.util.stream.IntStream.range(0, rows).toArray());
    }

    /** As {@link #standardising(Dataset, int)}, of the given rows (the training rows), taken in the order given. */
    public static FeatureScaling standardising(Dataset data, int[] rowList) {
        int d = data.cols();
        int rows = rowList.length;
        double[] mean = new double[d];
        double[] m2 = new double[d];
        for (int i = 0; i < rows; i++) {
            int r = rowList[i];
            for (int c = 0; c < d; c++) {
                double delta = data.value(r, c) - mean[c];
                mean[c] += delta / (i + 1);
                m2[c] += delta * (data.value(r, c) - mean[c]);
            }
        }
        double[] std = new double[d];
        for (int c = 0; c < d; c++) {
            double sd = rows > 1 ? Math.sqrt(m2[c] / (rows - 1)) : 0;
            std[c] = sd > 1e-8 ? sd : 1.0;
        }
        return new FeatureScaling(mean, std);
    }

    public int dim() {
        return offset.length;
    }

    @Override
    public double[] offset() {
        return offset.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    /** Σ log scale: the amount by which a negative log-density of x' is lower than that of x. */
    public double logScaleSum() {
        double sum = 0;
        for (double s : scale) {
            sum += Math.log(s);
        }
        return sum;
    }

    /** Maps row-major user-unit values into model units, as a new array. */
    public float[] toModel(float[] values) {
        float[] out = values.clone();
        toModelInPlace(out);
        return out;
    }

    /** Maps row-major user-unit values into model units, in place. */
    public void toModelInPlace(float[] values) {
        int d = dim();
        for (int i = 0; i < values.length; i++) {
            int c = i % d;
            values[i] = (float) ((values[i] - offset[c]) / scale[c]);
        }
    }

    /** Maps row-major model-unit values back into user units, in place. */
    public void toUserInPlace(float[] values) {
        toUserInPlace(values, 0, values.length);
    }

    /** {@link #toUserInPlace(float[])} on the whole rows in {@code values[from, from + length)}. */
    public void toUserInPlace(float[] values, int from, int length) {
        int d = dim();
        for (int i = 0; i < length; i++) {
            int c = i % d;
            values[from + i] = (float) (values[from + i] * scale[c] + offset[c]);
        }
    }

    /** The scale of one feature. */
    public double scaleOf(int feature) {
        return scale[feature];
    }
}
