package org.vaeexplorer.model.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The optimiser agrees with Adam written out in double precision, over several steps and a rate change; the
 * tolerance is float rounding (about 1e-7 per operation, a few dozen operations).
 */
class AdamOptimizerTest {

    @Test
    void matchesAdamWrittenOut() {
        int n = 50;
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
}
