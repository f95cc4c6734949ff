package org.vaeexplorer.model.network;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.settings.Activation;

/**
 * A row-major matrix held in ND4J's native memory (a whole array, or a block of the model's flat parameter or
 * gradient vector), read and written element by element from Java and multiplied with the BLAS that ND4J itself
 * calls. Every object is made once: a training step then creates no garbage, whereas each ND4J operation leaves
 * several kilobytes of bookkeeping objects whose collection stalls the window (decision record 0001).
 */
final class NativeBlock {
    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
    private static final int NO_TRANSPOSE = openblas_nolapack.CblasNoTrans;
    private static final int TRANSPOSE = openblas_nolapack.CblasTrans;

    /** Values per chunk of the bulk loops: a few such chunks sit in the first-level cache together. */
    private static final int CHUNK = 2048;
    /** Per-thread room for four chunks, so the bulk loops run over Java arrays (which the JIT vectorises). */
    private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[4][CHUNK]);
    /** Per-thread room for one chunk in double. */
    private static final ThreadLocal<double[]> DOUBLE_SCRATCH = ThreadLocal.withInitial(() -> new double[CHUNK]);

    /** Keeps the native memory alive as long as this block is used. */
    private final INDArray owner;
    private final boolean isFloat;
    private final FloatBuffer floats;
    private final DoubleBuffer doubles;
    private final FloatPointer floatPointer;
    private final DoublePointer doublePointer;
    private final int cols;

    private NativeBlock(INDArray owner, long offset, int rows, int cols) {
        if (owner.isView() || owner.ordering() != 'c' || offset + (long) rows * cols > owner.length()) {
            throw new IllegalArgumentException("a block must lie inside a whole row-major array");
        }
        this.owner = owner;
        this.cols = cols;
        this.isFloat = owner.dataType() == DataType.FLOAT;
        if (!isFloat && owner.dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("only float and double arrays, not " + owner.dataType());
        }
        var bytes = owner.data().asNio().order(ByteOrder.nativeOrder());
        int at = Math.toIntExact(offset);
        if (isFloat) {
            floats = bytes.asFloatBuffer().position(at).slice();
            doubles = null;
            floatPointer = new FloatPointer(owner.data().addressPointer()).position(offset);
            doublePointer = null;
        } else {
            floats = null;
            doubles = bytes.asDoubleBuffer().position(at).slice();
            floatPointer = null;
            doublePointer = new DoublePointer(owner.data().addressPointer()).position(offset);
        }
    }

    /** A new zeroed {@code rows × cols} array of the given type, outside any workspace (it outlives scopes). */
    static NativeBlock allocate(DataType type, int rows, int cols) {
        try (MemoryWorkspace outside = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new NativeBlock(Nd4j.zeros(type, (long) rows * cols), 0, rows, cols);
        }
    }

    /** The {@code rows × cols} block of a flat vector starting at {@code offset}. */
    static NativeBlock within(INDArray flat, long offset, int rows, int cols) {
        return new NativeBlock(flat, offset, rows, cols);
    }

    int cols() {
        return cols;
    }

    boolean isFloat() {
        return isFloat;
    }

    /** This thread's four chunks of {@link #chunk()} floats, for bulk loops over float blocks. */
    static float[][] scratch() {
        return SCRATCH.get();
    }

    /** This thread's chunk of {@link #chunk()} doubles. */
    static double[] doubleScratch() {
        return DOUBLE_SCRATCH.get();
    }

    static int chunk() {
        return CHUNK;
    }

    double get(int index) {
        return isFloat ? floats.get(index) : doubles.get(index);
    }

    void set(int index, double value) {
        if (isFloat) {
            floats.put(index, (float) value);
        } else {
            doubles.put(index, value);
        }
    }

    /** Copies {@code length} values from {@code source} into this block at {@code index}. */
    void set(int index, float[] source, int from, int length) {
        if (isFloat) {
            floats.put(index, source, from, length);
        } else {
            for (int i = 0; i < length; i++) {
                doubles.put(index + i, source[from + i]);
            }
        }
    }

    /** Copies the first row of {@code row} into each of the first {@code rows} rows of this block. */
    void fillRows(int rows, NativeBlock row) {
        for (int i = 0; i < rows; i++) {
            if (isFloat) {
                floats.put(i * cols, row.floats, 0, cols);
            } else {
                doubles.put(i * cols, row.doubles, 0, cols);
            }
        }
    }

    /** Copies {@code length} values from this block at {@code index} into {@code into} at {@code at}. */
    void get(int index, float[] into, int at, int length) {
        if (isFloat) {
            floats.get(index, into, at, length);
        } else {
            for (int i = 0; i < length; i++) {
                into[at + i] = (float) doubles.get(index + i);
            }
        }
    }

    /** {@code v = activation(v)} for the first {@code length} values. */
    void activate(int length, Activation activation) {
        if (!isFloat) {
            for (int i = 0; i < length; i++) {
                doubles.put(i, activation.apply(doubles.get(i)));
            }
            return;
        }
        float[] chunk = SCRATCH.get()[0];
        for (int at = 0; at < length; at += CHUNK) {
            int n = Math.min(CHUNK, length - at);
            floats.get(at, chunk, 0, n);
            activation.applyInPlace(chunk, n);
            floats.put(at, chunk, 0, n);
        }
    }

    /**
     * For the first {@code rows} rows of this gradient: multiplies each value by the activation's slope at the
     * forward pass's {@code out} (none for the identity), and stores each column's sum, added in double, rows in
     * order ({@code sums} is room for them), in the one-row block {@code columnSums}: one pass over the gradient
     * for both. (Summing in float would vectorise, but would change the trained weights' last bits and with them
     * the bundled lessons.)
     */
    void scaleBySlopeAndSumColumns(NativeBlock out, Activation activation, int rows, NativeBlock columnSums,
            double[] sums) {
        boolean identity = activation == Activation.IDENTITY;
        Arrays.fill(sums, 0, cols, 0);
        if (!isFloat) {
            for (int i = 0; i < rows * cols; i++) {
                double g = identity ? doubles.get(i) : doubles.get(i) * activation.slope(out.doubles.get(i));
                doubles.put(i, g);
                sums[i % cols] += g;
            }
        } else {
            float[][] scratch = SCRATCH.get();
            float[] gradient = scratch[0];
            float[] output = scratch[1];
            for (int row = 0; row < rows; row++) {
                for (int col = 0; col < cols; col += CHUNK) {
                    int n = Math.min(CHUNK, cols - col);
                    int at = row * cols + col;
                    floats.get(at, gradient, 0, n);
                    if (!identity) {
                        out.floats.get(at, output, 0, n);
                        activation.scaleBySlope(gradient, output, n);
                        floats.put(at, gradient, 0, n);
                    }
                    for (int j = 0; j < n; j++) {
                        sums[col + j] += gradient[j];
                    }
                }
            }
        }
        for (int j = 0; j < cols; j++) {
            columnSums.set(j, sums[j]);
        }
    }

    /**
     * c = a' · b' + beta · c on the first {@code m} rows of c, where a' is a or its transpose ({@code m × k}) and
     * b' is b or its transpose ({@code k × n}); all three blocks of one type.
     */
    static void multiply(NativeBlock a, boolean transposeA, NativeBlock b, boolean transposeB, NativeBlock c, int m,
            int n, int k, double beta) {
        if (a.isFloat != b.isFloat || a.isFloat != c.isFloat) {
            throw new IllegalArgumentException("mixed float and double blocks");
        }
        if (GemmCensus.isTaking()) {
            long cpuStart = GemmCensus.threadCpuNanos();
            long start = System.nanoTime();
            gemm(a, transposeA, b, transposeB, c, m, n, k, beta);
            long nanos = System.nanoTime() - start;
            GemmCensus.count(new GemmCensus.Shape(a.isFloat, transposeA, transposeB, m, n, k, a.cols, b.cols, c.cols,
                    beta != 0), nanos, GemmCensus.threadCpuNanos() - cpuStart);
        } else {
            gemm(a, transposeA, b, transposeB, c, m, n, k, beta);
        }
    }

    private static void gemm(NativeBlock a, boolean transposeA, NativeBlock b, boolean transposeB, NativeBlock c,
            int m, int n, int k, double beta) {
        int ta = transposeA ? TRANSPOSE : NO_TRANSPOSE;
        int tb = transposeB ? TRANSPOSE : NO_TRANSPOSE;
        if (a.isFloat) {
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, ta, tb, m, n, k, 1f, a.floatPointer, a.cols, b.floatPointer,
                    b.cols, (float) beta, c.floatPointer, c.cols);
        } else {
            openblas_nolapack.cblas_dgemm(ROW_MAJOR, ta, tb, m, n, k, 1.0, a.doublePointer, a.cols, b.doublePointer,
                    b.cols, beta, c.doublePointer, c.cols);
        }
    }
}
