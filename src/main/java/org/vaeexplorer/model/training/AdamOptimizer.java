package org.vaeexplorer.model.training;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Adam (Kingma &amp; Ba, 2014) over one flat float parameter vector, in the form of their Algorithm 1's closing
 * remark: θ ← θ − α_t · m / (√v + ε) with α_t = α · √(1 − β₂ᵗ) / (1 − β₁ᵗ).
 *
 * <p>Written as one plain Java loop over the vectors' memory, which was several times faster than ND4J's fused
 * updater op (decision 0009), run block by block so that the parameters and gradients are read from native memory
 * once and their copies stay in cache (decision 0029).
 */
final class AdamOptimizer {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    /** The moments in blocks of {@link #BLOCK} values, each its own array (see {@link #update}). */
    private final float[][] firstMoment;
    private final float[][] secondMoment;
    private final int size;
    /**
     * Adding and subtracting 2^-88 sets a moment below 2^-112 to 0 and rounds those below 2^-88 to multiples of
     * 2^-111 (a decaying moment stops at a few of them); in [2^-64, 2^-63) it rounds an odd last bit up (a tie).
     * Moments from 2^-63 up keep every bit; the rest move no parameter. Without it, a weight whose gradient stays 0
     * (a dead unit, a pixel that is always blank) has its first moment decay by β₁ a step into subnormal floats,
     * where 0.9 · the smallest rounds back to itself: each such value then costs the processor a slow path at every
     * step (the step of the MNIST preset took 0.7 → 4.6 ms with 30 % of them), and its update α·m another (decision
     * 0025). α·m stays normal for α ≥ 10⁻⁵.
     */
    private static final float FLUSH = 0x1p-88f;
    /** Values per block: 4 × 8 KB of copies, well inside the first-level cache. */
    private static final int BLOCK = 2048;
    /** The vectors of the last step and their buffer views: the same two every step, so viewed once. */
    private INDArray viewedParameters;
    private INDArray viewedGradients;
    private FloatBuffer parameterView;
    /** The parameters' memory read as bits, for the test of finiteness. */
    private IntBuffer parameterBits;
    private FloatBuffer gradientView;
    private final float[] parameterBlock = new float[BLOCK];
    private final float[] gradientBlock = new float[BLOCK];
    private final int[] bitsBlock = new int[BLOCK];
    private final float[] savedFirstMoment;
    private final float[] savedSecondMoment;
    private int steps;
    private int savedSteps;

    AdamOptimizer(INDArray parameters) {
        if (parameters.dataType() != DataType.FLOAT || parameters.isView() || parameters.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Adam works on a whole float vector");
        }
        int n = (int) parameters.length();
        size = n;
        firstMoment = blocks(n);
        secondMoment = blocks(n);
        savedFirstMoment = new float[n];
        savedSecondMoment = new float[n];
    }

    /**
     * Applies one step to {@code parameters} given their {@code gradients} (both whole float vectors).
     *
     * @return whether every updated parameter is finite
     */
    boolean step(INDArray parameters, INDArray gradients, double learningRate) {
        steps++;
        if (parameters != viewedParameters || gradients != viewedGradients) {
            viewedParameters = parameters;
            viewedGradients = gradients;
            parameterView = parameters.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
            parameterBits = parameters.data().asNio().order(ByteOrder.nativeOrder()).asIntBuffer();
            gradientView = gradients.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        float alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(BETA1, steps)));
        int exponents = 0;
        // Block by block, so that the parameters and gradients copied from native memory stay in the first-level cache.
        for (int block = 0; block < firstMoment.length; block++) {
            int from = block * BLOCK;
            int n = firstMoment[block].length;
            gradientView.get(from, gradientBlock, 0, n);
            parameterView.get(from, parameterBlock, 0, n);
            update(firstMoment[block], secondMoment[block], n, alpha);
            parameterView.put(from, parameterBlock, 0, n);
            parameterBits.get(from, bitsBlock, 0, n);
            exponents |= nonFiniteFlags(n);
        }
        return exponents >= 0;
    }

    /**
     * One block: a loop the JIT vectorises (no branch, no call but the square root, one index for every array). The
     * JIT (17) vectorises a loop only when every array in it is read at the same index, hence moments kept in blocks:
     * read at from + j from whole vectors, the loop stayed scalar; copied in and out, a step took half as long again.
     */
    private void update(float[] firstMomentBlock, float[] secondMomentBlock, int n, float alpha) {
        float beta1 = (float) BETA1;
        float beta2 = (float) BETA2;
        float epsilon = (float) EPSILON;
        for (int j = 0; j < n; j++) {
            float g = gradientBlock[j];
            float m = (beta1 * firstMomentBlock[j] + (1 - beta1) * g + FLUSH) - FLUSH;
            float v = (beta2 * secondMomentBlock[j] + (1 - beta2) * g * g + FLUSH) - FLUSH;
            firstMomentBlock[j] = m;
            secondMomentBlock[j] = v;
            parameterBlock[j] = parameterBlock[j] - alpha * m / ((float) Math.sqrt(v) + epsilon);
        }
    }

    /**
     * The block's parameters, as bits: negative when any is infinite or NaN (an all-ones exponent plus one carries
     * into the sign). Integer operations, which the JIT (17) vectorises, where a float max over the step took as long
     * as the step's own arithmetic (decision 0029).
     */
    private int nonFiniteFlags(int n) {
        int flags = 0;
        for (int j = 0; j < n; j++) {
            flags |= (bitsBlock[j] & 0x7f800000) + 0x00800000;
        }
        return flags;
    }

    /** Remembers the current state, to roll back to after a divergence (into memory kept for it: no garbage). */
    void checkpoint() {
        join(firstMoment, savedFirstMoment);
        join(secondMoment, savedSecondMoment);
        savedSteps = steps;
    }

    /** Returns to the state of the last {@link #checkpoint()}. */
    void rollback() {
        split(savedFirstMoment, firstMoment);
        split(savedSecondMoment, secondMoment);
        steps = savedSteps;
    }

    /** The state at the last {@link #checkpoint()}: what a run saved at the end of an epoch continues from. */
    OptimizerState checkpointedState() {
        return new OptimizerState(savedSteps, savedFirstMoment, savedSecondMoment);
    }

    /** Takes over a saved state, as the current one and as the checkpoint. */
    void restore(OptimizerState state) {
        if (state.size() != size) {
            throw new IllegalArgumentException("the optimiser's state is for " + state.size()
                    + " parameters, not " + size);
        }
        split(state.firstMoment(), firstMoment);
        split(state.secondMoment(), secondMoment);
        steps = state.steps();
        checkpoint();
    }

    private static float[][] blocks(int n) {
        float[][] blocks = new float[(n + BLOCK - 1) / BLOCK][];
        for (int block = 0; block < blocks.length; block++) {
            blocks[block] = new float[Math.min(BLOCK, n - block * BLOCK)];
        }
        return blocks;
    }

    private static void join(float[][] blocks, float[] into) {
        for (int block = 0; block < blocks.length; block++) {
            System.arraycopy(blocks[block], 0, into, block * BLOCK, blocks[block].length);
        }
    }

    private static void split(float[] from, float[][] blocks) {
        for (int block = 0; block < blocks.length; block++) {
            System.arraycopy(from, block * BLOCK, blocks[block], 0, blocks[block].length);
        }
    }
}
