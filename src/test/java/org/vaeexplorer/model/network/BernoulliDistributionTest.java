package org.vaeexplorer.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The Bernoulli terms against the per-value terms −log p = softplus(l) − x·l (taken here with {@code Math.log1p}) and
 * σ(l) − x (with {@code Math.exp}), across several runs and chunks and for logits far out on both sides. A held-out
 * row's terms, which sum log(1 + e^{−|l|}) as the log of products over runs, are exact to double rounding. Training's
 * terms take σ from {@link FastSigmoid} (absolute error ≤ 2·10⁻⁷): each loss term is then within
 * 2·10⁻⁷ / (½ − 2·10⁻⁷) &lt; 4.1·10⁻⁷ (as −log σ(|l|) with σ(|l|) ≥ ½), the gradient within 2·10⁻⁷ · scale plus a
 * float's rounding.
 */
class BernoulliDistributionTest {
    private static final int ROWS = 3;
    private static final int DIM = 2500;

    @Test
    void lossIsTheSumOfThePerValueTermsAndTheGradientIsSigmoidMinusTarget() {
        NativeBlock x = NativeBlock.allocate(DataType.FLOAT, ROWS, DIM);
        NativeBlock logits = NativeBlock.allocate(DataType.FLOAT, ROWS, DIM);
        NativeBlock gradient = NativeBlock.allocate(DataType.FLOAT, ROWS, DIM);
        SplittableRandom random = new SplittableRandom(7);
        double[] rowSums = new double[ROWS];
        double bound = 0;
        for (int i = 0; i < ROWS * DIM; i++) {
            x.set(i, random.nextInt(4) == 0 ? random.nextDouble() : 0);
            double l = i % 97 == 0 ? (i % 2 == 0 ? 80 : -80) : random.nextDouble(-12, 12);
            logits.set(i, l);
            double lf = logits.get(i);
            rowSums[i / DIM] += Math.max(lf, 0) + Math.log1p(Math.exp(-Math.abs(lf))) - x.get(i) * lf;
            double term = Math.max(lf, 0) - x.get(i) * lf;
            bound += 4.1e-7 + 2 * 0x1p-24 + 0x1p-24 * (Math.abs(x.get(i) * lf) + 36 * Math.abs(term));
        }
        double total = rowSums[0] + rowSums[1] + rowSums[2];
        BernoulliDistribution bernoulli = new BernoulliDistribution(DIM);
        double scale = 0.25;

        double loss = bernoulli.negativeLogLikelihoodAndGradient(x, logits, ROWS, scale, gradient);

        assertEquals(total, loss, bound);
        assertTrue(bound < 1e-5 * total, "a bound that tells a right sum from a wrong one: " + bound);
        for (int i = 0; i < ROWS; i++) {
            assertEquals(rowSums[i], bernoulli.rowNegativeLogLikelihood(x, logits, i), 1e-12 * Math.abs(rowSums[i]));
        }
        for (int i = 0; i < ROWS * DIM; i++) {
            double l = logits.get(i);
            float expected = (float) ((1 / (1 + Math.exp(-l)) - x.get(i)) * scale);
            assertEquals(expected, gradient.get(i), 2e-7 * scale + Math.ulp(expected), "gradient at " + i);
        }
        assertTrue(total > 0);
    }
}
