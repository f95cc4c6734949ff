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
     * The same terms over chunks copied into arrays (float blocks only, i.e. training), with σ(l) from
     * {@link FastSigmoid} instead of an exact exponential per value (which no JIT vectorises, and which took half
     * of what a minibatch spends outside its products): the gradient σ(l) − x is then off by at most 2·10⁻⁷ · scale,
     * and each loss term by at most 4.1·10⁻⁷, since log(1 + e^{−|l|}) = −log σ(|l|) with σ(|l|) ≥ ½. Both are below
     * what the float logits' own rounding already moves them. Held-out figures use the exact terms.
     */
    private double chunkedNegativeLogLikelihoodAndGradient(NativeBlock x, NativeBlock output, int rows, double scale,
            NativeBlock outputGradient) {
        float[][] scratch = NativeBlock.scratch();
        float[] targets = scratch[0];
        float[] logits = scratch[1];
        float[] sigmoids = scratch[2];
        double sum = 0;
        int length = rows * inputDim;
        for (int from = 0; from < length; from += NativeBlock.chunk()) {
            int n = Math.min(NativeBlock.chunk(), length - from);
            x.get(from, targets, 0, n);
            output.get(from, logits, 0, n);
            System.arraycopy(logits, 0, sigmoids, 0, n);
            FastSigmoid.inPlace(sigmoids, 0, n);
            for (int run = 0; run < n; run += PRODUCT_RUN) {
                // Π σ(|l|) over the run: each factor in [½, 1], so the product stays above 2^-1000. σ(|l|) is
                // max(σ(l), 1 − σ(l)), as FastSigmoid is at least ½ exactly when l ≥ 0: the same value as a choice
                // by the sign of l, without the jump the JIT makes of that choice (a fifth of this loop's time).
                double product = 1;
                for (int j = run; j < Math.min(run + PRODUCT_RUN, n); j++) {
                    double l = logits[j];
                    double target = targets[j];
                    double sigmoid = sigmoids[j];
                    product *= Math.max(sigmoid, 1 - sigmoid);
                    sum += Math.max(l, 0) - target * l;
                    sigmoids[j] = (float) ((sigmoid - target) * scale);
                }
                sum -= Math.log(product);
            }
            outputGradient.set(from, sigmoids, 0, n);
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
