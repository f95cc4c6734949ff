package org.vaeexplorer.model.training;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
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

    private final float[] firstMoment;
    private final float[] secondMoment;
    /** Values per block: 4 × 8 KB of copies, well inside the first-level cache. */
    private static final int BLOCK = 2048;
    /** The vectors of the last step and their buffer views: the same two every step, so viewed once. */
    private INDArray viewedParameters;
    private INDArray viewedGradients;
    private FloatBuffer parameterView;
    private FloatBuffer gradientView;
    private final float[] parameterBlock = new float[BLOCK];
    private final float[] gradientBlock = new float[BLOCK];
    private final float[] firstMomentBlock = new float[BLOCK];
    private final float[] secondMomentBlock = new float[BLOCK];
    private final float[] savedFirstMoment;
    private final float[] savedSecondMoment;
    private int steps;
    private int savedSteps;

    AdamOptimizer(INDArray parameters) {
        if (parameters.dataType() != DataType.FLOAT || parameters.isView() || parameters.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Adam works on a whole float vector");
        }
        int n = (int) parameters.length();
        firstMoment = new float[n];
        secondMoment = new float[n];
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
            gradientView = gradients.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        float alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, steps)) / (1 - Math.pow(BETA1, steps)));
        float largest = 0;
        // Block by block, so that the copies stay in the first-level cache. The moments are copied too: the JIT (17)
        // vectorises a loop only when every array in it is read at the same index; reading the moments at from + j
        // kept it scalar, and a step took twice the CPU time (decision 0029).
        for (int from = 0; from < firstMoment.length; from += BLOCK) {
            int n = Math.min(BLOCK, firstMoment.length - from);
            gradientView.get(from, gradientBlock, 0, n);
            parameterView.get(from, parameterBlock, 0, n);
            System.arraycopy(firstMoment, from, firstMomentBlock, 0, n);
            System.arraycopy(secondMoment, from, secondMomentBlock, 0, n);
            largest = Math.max(largest, update(n, alpha));
            parameterView.put(from, parameterBlock, 0, n);
            System.arraycopy(firstMomentBlock, 0, firstMoment, from, n);
            System.arraycopy(secondMomentBlock, 0, secondMoment, from, n);
        }
        return Float.isFinite(largest);
    }

    /**
     * One block: a loop the JIT vectorises (no branch, no call but the square root, one index for every array).
     * Returns the largest |θ| of the block, NaN if any is NaN: Math.max passes NaN on, so one test afterwards finds
     * any value that is not finite.
     */
    private float update(int n, float alpha) {
        float beta1 = (float) BETA1;
        float beta2 = (float) BETA2;
        float epsilon = (float) EPSILON;
        float largest = 0;
        for (int j = 0; j < n; j++) {
            float g = gradientBlock[j];
            float m = beta1 * firstMomentBlock[j] + (1 - beta1) * g;
            float v = beta2 * secondMomentBlock[j] + (1 - beta2) * g * g;
            firstMomentBlock[j] = m;
            secondMomentBlock[j] = v;
            float p = parameterBlock[j] - alpha * m / ((float) Math.sqrt(v) + epsilon);
            parameterBlock[j] = p;
            largest = Math.max(largest, Math.abs(p));
        }
        return largest;
    }

    /** Remembers the current state, to roll back to after a divergence (into memory kept for it: no garbage). */
    void checkpoint() {
        System.arraycopy(firstMoment, 0, savedFirstMoment, 0, firstMoment.length);
        System.arraycopy(secondMoment, 0, savedSecondMoment, 0, secondMoment.length);
        savedSteps = steps;
    }

    /** Returns to the state of the last {@link #checkpoint()}. */
    void rollback() {
        System.arraycopy(savedFirstMoment, 0, firstMoment, 0, firstMoment.length);
        System.arraycopy(savedSecondMoment, 0, secondMoment, 0, secondMoment.length);
        steps = savedSteps;
    }

    /** The state at the last {@link #checkpoint()}: what a run saved at the end of an epoch continues from. */
    OptimizerState checkpointedState() {
        return new OptimizerState(savedSteps, savedFirstMoment, savedSecondMoment);
    }

    /** Takes over a saved state, as the current one and as the checkpoint. */
    void restore(OptimizerState state) {
        if (state.size() != firstMoment.length) {
            throw new IllegalArgumentException("the optimiser's state is for " + state.size()
                    + " parameters, not " + firstMoment.length);
        }
        System.arraycopy(state.firstMoment(), 0, firstMoment, 0, firstMoment.length);
        System.arraycopy(state.secondMoment(), 0, secondMoment, 0, secondMoment.length);
        steps = state.steps();
        checkpoint();
    }
}
