package org.vaeexplorer.model.data;

import java.util.List;
import java.util.Objects;

/**
 * An immutable table of examples: {@code rows × cols} values, optional integer class labels, feature names and,
 * for pictures, the image shape. The values are never exposed for writing: accessors copy.
 */
public final class Dataset {
    private final String name;
    private final int rows;
    private final int cols;
    private final float[] values;
    private final int[] labels;
    private final List<String> classNames;
    private final List<String> featureNames;
    private final ImageShape imageShape;
    /** Computed once, where the data is made (off the UI thread): settings validation asks for it on every key. */
    private final float minValue;
    private final float maxValue;
    private final boolean binary;

    /**
     * @param values      row-major, {@code rows * cols} finite numbers; taken over, not copied
     * @param labels      {@code rows} labels in {@code 0..classNames.size()-1}, or {@code null}; taken over
     * @param classNames  names of the classes (empty when unlabelled)
     * @param imageShape  the picture shape when every row is an image, otherwise {@code null}
     */
    public Dataset(String name, int rows, int cols, float[] values, int[] labels, List<String> classNames,
            List<String> featureNames, ImageShape imageShape) {
        this.name = Objects.requireNonNull(name);
        if (rows < 1 || cols < 1 || values.length != (long) rows * cols) {
            throw new IllegalArgumentException("dataset '" + name + "' needs rows × cols values");
        }
        if (labels != null && labels.length != rows) {
            throw new IllegalArgumentException("dataset '" + name + "' has " + labels.length + " labels for "
                    + rows + " rows");
        }
        if (featureNames.size() != cols) {
            throw new IllegalArgumentException("dataset '" + name + "' needs one name per feature");
        }
        if (imageShape != null && imageShape.values() != cols) {
            throw new IllegalArgumentException("image shape " + imageShape + " does not match " + cols + " features");
        }
        this.rows = rows;
        this.cols = cols;
        this.values = values;
        this.labels = labels;
        this.classNames = List.copyOf(classNames);
        this.featureNames = List.copyOf(featureNames);
        this.imageShape = imageShape;
        // Found here, where the data is loaded (off the UI thread), rather than by whoever asks later.
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        boolean onlyZeroOrOne = true;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            onlyZeroOrOne &= v == 0 || v == 1;
        }
        this.minValue = min;
        this.maxValue = max;
        this.binary = onlyZeroOrOne;
    }

    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public float value(int row, int col) {
        return values[row * cols + col];
    }

    /** A row-major copy of rows {@code from} (inclusive) to {@code to} (exclusive). */
    public float[] copyRows(int from, int to) {
        float[] out = new float[(to - from) * cols];
        System.arraycopy(values, from * cols, out, 0, out.length);
        return out;
    }

    /**
     * The values themselves, row-major, for the trainer to read without a copy (28 MB for MNIST, which the collector
     * would otherwise move around while training starts). Never to be written.
     */
    public float[] sharedValues() {
        return values;
    }

    /** Copies one row into {@code into}, starting at {@code at}. */
    public void copyRow(int row, float[] into, int at) {
        System.arraycopy(values, row * cols, into, at, cols);
    }

    public boolean hasLabels() {
        return labels != null;
    }

    /** The class of a row; only when {@link #hasLabels()}. */
    public int label(int row) {
        return labels[row];
    }

    public List<String> classNames() {
        return classNames;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** The picture shape of every row, or {@code null} when rows are not images. */
    public ImageShape imageShape() {
        return imageShape;
    }

    /** Whether every value is 0 or 1. */
    public boolean isBinary() {
        return binary;
    }

    /** Smallest and largest value over all rows and features. */
    public float[] valueRange() {
        return new float[] {minValue, maxValue};
    }
}
