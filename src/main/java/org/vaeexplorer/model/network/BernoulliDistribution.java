package org.vaeexplorer.model.network;

/**
 * Independent Bernoulli per feature on logits l: −log p(x|l) = softplus(l) − x·l, written with
 * softplus(l) = max(l, 0) + log(1 + e^{−|l|}) so that it stays finite for any l; d/dl = σ(l) − x.
 */
final class BernoulliDistribution implements ReconstructionDistribution {
    /** Keeps a starting probability of 0 or 1 off an infinite logit. */
    private static final double MEAN_CLAMP = 1e-3;
    /**
     * Σ log(1 + e^{−|l|}) is taken as the log of a product over runs of this many values: each factor lies in
     * (1, 2], so a run's product stays below 2^1000, and one {@code Math.log} per run instead of one per value
     * (about half the cost of the loss; the gradient does not use it). Off by ~1e-13 relative, double rounding.
     */
    private static final int PRODUCT_RUN = 1000;
    /** Training's loss terms are summed in float over runs of this many values (four accumulators of 32 each). */
    private static final int LOSS_RUN = 128;

    private final int inputDim;

    BernoulliDistribution(int inputDim) {
        this.inputDim = inputDim;
    }

    @Override
    public void readParameters() {
        // The logits are all there is.
    }

    @Override
    public double rowNegativeLogLikelihood(NativeBlock x, NativeBlock output, int i) {
        double row = 0;
        for (int from = i * inputDim; from < (i + 1) * inputDim; from += PRODUCT_RUN) {
            double product = 1;
            for (int at = from; at < Math.min(from + PRODUCT_RUN, (i + 1) * inputDim); at++) {
                double l = output.get(at);
                product *= 1 + Math.exp(-Math.abs(l));
                row += Math.max(l, 0) - x.get(at) * l;
            }
            row += Math.log(product);
        }
        return row;
    }

    @Override
    public double negativeLogLikelihoodAndGradient(NativeBlock x, NativeBlock output, int rows, double scale,
            NativeBlock outputGradient) {
        if (output.isFloat()) {
            return chunkedNegativeLogLikelihoodAndGradient(x, output, rows, scale, outputGradient);
        }
        double sum = 0;
        for (int at = 0; at < rows * inputDim; at++) {
            double l = output.get(at);
            double target = x.get(at);
            double e = Math.exp(-Math.abs(l));
            sum += Math.max(l, 0) + Math.log(1 + e) - target * l;
            outputGradient.set(at, (sigmoid(l, e) - target) * scale);
        }
        return sum;
    }

    /**
     * The same terms over chunks copied into arrays (float blocks only, i.e. training), in loops the JIT vectorises,
     * with σ(l) from {@link FastSigmoid} instead of an exact exponential per value (decision 0029). The gradient
     * σ(l) − x is then off by at most 2·10⁻⁷ · scale. The loss, which is reported (and tells a diverging step), is
     * summed in float: each term is within 4.1·10⁻⁷ (σ's error, as log(1 + e^{−|l|}) = −log σ(|l|) with σ(|l|) ≥ ½)
     * plus the float rounding that {@link #lossOf} bounds. Held-out figures use the exact terms.
     */
    private double chunkedNegativeLogLikelihoodAndGradient(NativeBlock x, NativeBlock output, int rows, double scale,
            NativeBlock outputGradient) {
        float[][] scratch = NativeBlock.scratch();
        float[] targets = scratch[0];
        float[] logits = scratch[1];
        float[] sigmoids = scratch[2];
        float[] factors = scratch[3];
        double[] gradient = NativeBlock.doubleScratch();
        double sum = 0;
        int length = rows * inputDim;
        for (int from = 0; from < length; from += NativeBlock.chunk()) {
            int n = Math.min(NativeBlock.chunk(), length - from);
            x.get(from, targets, 0, n);
            output.get(from, logits, 0, n);
            System.arraycopy(logits, 0, sigmoids, 0, n);
            FastSigmoid.inPlace(sigmoids, 0, n);
            // The loss's terms, the logits' room reused: max(l, 0) − x·l, and σ(|l|) as max(σ, 1 − σ) (FastSigmoid
            // is at least ½ exactly when l ≥ 0), without a branch on the sign.
            for (int j = 0; j < n; j++) {
                float l = logits[j];
                float sigmoid = sigmoids[j];
                logits[j] = Math.max(l, 0) - targets[j] * l;
                factors[j] = Math.max(sigmoid, 1 - sigmoid);
            }
            sum += lossOf(logits, factors, n);
            // (σ − x) · scale in double, as always, but in three passes: JDK 17 vectorises each, not one loop with
            // both conversions (3 ns a value).
            for (int j = 0; j < n; j++) {
                gradient[j] = (double) sigmoids[j] - targets[j];
            }
            for (int j = 0; j < n; j++) {
                gradient[j] *= scale;
            }
            for (int j = 0; j < n; j++) {
                sigmoids[j] = (float) gradient[j];
            }
            outputGradient.set(from, sigmoids, 0, n);
        }
        return sum;
    }

    /**
     * Σ terms − Σ log factors over {@code n} values, in runs of {@link #LOSS_RUN} with four float accumulators of
     * each kind, folded into double after each run with one logarithm; each factor lies in [½, 1], so none of the
     * four products (32 factors, 35 with a run's last few) falls below 2^-35. Beyond the values' own errors, the float
     * arithmetic adds at most 2·2^-24 per factor (its own rounding and the product's) and 2^-24·(|x·l| + 36·|term|)
     * per term (its own rounding and the sum's, of at most 35 terms).
     */
    private static double lossOf(float[] terms, float[] factors, int n) {
        double sum = 0;
        for (int run = 0; run < n; run += LOSS_RUN) {
            int end = Math.min(run + LOSS_RUN, n);
            float p0 = 1;
            float p1 = 1;
            float p2 = 1;
            float p3 = 1;
            float q0 = 0;
            float q1 = 0;
            float q2 = 0;
            float q3 = 0;
            int j = run;
            for (; j + 3 < end; j += 4) {
                p0 *= factors[j];
                p1 *= factors[j + 1];
                p2 *= factors[j + 2];
                p3 *= factors[j + 3];
                q0 += terms[j];
                q1 += terms[j + 1];
                q2 += terms[j + 2];
                q3 += terms[j + 3];
            }
            for (; j < end; j++) {
                p0 *= factors[j];
                q0 += terms[j];
            }
            sum += ((double) q0 + q1) + ((double) q2 + q3) - Math.log(((double) p0 * p1) * ((double) p2 * p3));
        }
        return sum;
    }

    @Override
    public void mean(NativeBlock output, int rows, float[] into, int at) {
        // The logits are copied in bulk and turned into σ(l) where they lie, in one loop the JIT vectorises.
        output.get(0, into, at, rows * inputDim);
        FastSigmoid.inPlace(into, at, rows * inputDim);
    }

    @Override
    public double outputForMean(double mean) {
        double p = Math.min(1 - MEAN_CLAMP, Math.max(MEAN_CLAMP, mean));
        return Math.log(p / (1 - p));
    }

    @Override
    public double[] logVariances() {
        return null;
    }

    /** σ(l) given e = e^{−|l|}, without overflow on either side (a select rather than a branch on the sign). */
    private static double sigmoid(double l, double e) {
        return (l >= 0 ? 1 : e) / (1 + e);
    }
}
