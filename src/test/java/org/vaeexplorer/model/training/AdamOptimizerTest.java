package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The optimiser agrees with Adam written out in double precision, over several steps and a rate change; the
 * tolerance is float rounding (about 1e-7 per operation, a few dozen operations). Sizes of one block and of several
 * blocks with a partial last one (the optimiser works in blocks of 2,048 values).
 */
class AdamOptimizerTest {

    @ParameterizedTest
    @ValueSource(ints = {50, 5000})
    void matchesAdamWrittenOut(int n) {
        SplittableRandom random = new SplittableRandom(1);
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = random.nextGaussian();
        }
        INDArray params = Nd4j.createFromArray(theta.clone()).castTo(DataType.FLOAT);
        AdamOptimizer adam = new AdamOptimizer(params);
        double[] m = new double[n];
        double[] v = new double[n];
        for (int t = 1; t <= 5; t++) {
            double lr = t <= 3 ? 0.01 : 0.002;
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = random.nextGaussian() * (i + 1);
            }
            adam.step(params, Nd4j.createFromArray(g.clone()).castTo(DataType.FLOAT), lr);
            for (int i = 0; i < n; i++) {
                m[i] = AdamOptimizer.BETA1 * m[i] + (1 - AdamOptimizer.BETA1) * g[i];
                v[i] = AdamOptimizer.BETA2 * v[i] + (1 - AdamOptimizer.BETA2) * g[i] * g[i];
                double alpha = lr * Math.sqrt(1 - Math.pow(AdamOptimizer.BETA2, t))
                        / (1 - Math.pow(AdamOptimizer.BETA1, t));
                theta[i] -= alpha * m[i] / (Math.sqrt(v[i]) + AdamOptimizer.EPSILON);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(theta[i], params.getDouble(i), 1e-5 * Math.max(1, Math.abs(theta[i])), "step " + t + ", parameter " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(floats = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY})
    void reportsAParameterThatIsNotFinite(float value) {
        for (int at : new int[] {0, 2047, 2048, 4999}) {
            INDArray params = Nd4j.rand(DataType.FLOAT, 5000);
            AdamOptimizer adam = new AdamOptimizer(params);
            INDArray gradients = Nd4j.rand(DataType.FLOAT, 5000);
            assertTrue(adam.step(params, gradients, 0.01));
            params.putScalar(at, value);
            assertFalse(adam.step(params, gradients, 0.01), value + " at " + at);
        }
    }

    @Test
    void largeFiniteParametersAreFinite() {
        INDArray params = Nd4j.rand(DataType.FLOAT, 5000).muli(Float.MAX_VALUE / 2);
        params.putScalar(4999, -Float.MAX_VALUE);
        assertTrue(new AdamOptimizer(params).step(params, Nd4j.rand(DataType.FLOAT, 5000), 0.01));
    }

    @Test
    void rollbackAndRestoreContinueAsIfTheUndoneStepNeverHappened() {
        int n = 5000;
        INDArray start = Nd4j.rand(DataType.FLOAT, n);
        INDArray[] g = {Nd4j.randn(DataType.FLOAT, n), Nd4j.randn(DataType.FLOAT, n), Nd4j.randn(DataType.FLOAT, n)};
        INDArray straight = start.dup();
        AdamOptimizer straightAdam = new AdamOptimizer(straight);
        straightAdam.step(straight, g[0], 0.01);
        straightAdam.step(straight, g[2], 0.01);

        INDArray undone = start.dup();
        AdamOptimizer undoneAdam = new AdamOptimizer(undone);
        undoneAdam.step(undone, g[0], 0.01);
        undoneAdam.checkpoint();
        INDArray atCheckpoint = undone.dup();
        undoneAdam.step(undone, g[1], 0.01);
        undoneAdam.rollback();
        undone.assign(atCheckpoint);
        undoneAdam.step(undone, g[2], 0.01);
        assertArrayEquals(straight.toFloatVector(), undone.toFloatVector());

        INDArray restored = atCheckpoint.dup();
        AdamOptimizer restoredAdam = new AdamOptimizer(restored);
        restoredAdam.restore(undoneAdam.checkpointedState());
        restoredAdam.step(restored, g[2], 0.01);
        assertArrayEquals(straight.toFloatVector(), restored.toFloatVector());
    }

    /** A weight whose gradient has stopped: its moments decay, but never into subnormal floats (slow to compute). */
    @Test
    void momentsOfAStoppedGradientDecayToZeroNotToSubnormals() {
        int n = 5000;
        INDArray params = Nd4j.rand(DataType.FLOAT, n);
        AdamOptimizer adam = new AdamOptimizer(params);
        adam.step(params, Nd4j.randn(DataType.FLOAT, n), 0.001);
        INDArray stopped = Nd4j.randn(DataType.FLOAT, n);
        stopped.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n / 2)).assign(0);
        for (int step = 0; step < 1500; step++) {
            adam.step(params, stopped, 0.001);
        }
        adam.checkpoint();
        OptimizerState state = adam.checkpointedState();
        for (float[] moment : new float[][] {state.firstMoment(), state.secondMoment()}) {
            for (int i = 0; i < n; i++) {
                float value = Math.abs(moment[i]);
                assertTrue(value == 0 || value >= Float.MIN_NORMAL, "moment " + i + " = " + moment[i]);
            }
        }
        assertTrue(Math.abs(state.firstMoment()[0]) < 1e-28, "decayed: " + state.firstMoment()[0]);
    }
}
