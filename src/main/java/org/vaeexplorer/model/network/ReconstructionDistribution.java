package org.vaeexplorer.model.network;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.settings.Likelihood;

/**
 * The decoder's observation model p(x | decoder output) with its own math, as DL4J's
 * {@code ReconstructionDistribution}: the negative log-likelihood, its gradient with respect to the decoder's output
 * (and to any learned log-variances) and the mean. {@code x}, {@code output} and the mean are in model units, the
 * negative log-likelihood in the data's own units (the scaling's Jacobian included); {@code x} and {@code output} hold
 * {@code rows × inputDim} values, row-major. One instance belongs to one model; it may keep per-feature scratch
 * values between the start and the end of a call, so calls must not overlap.
 */
sealed interface ReconstructionDistribution permits BernoulliDistribution, GaussianDistribution {

    /**
     * The math of {@code likelihood} for a model with the given layout that sees its data through {@code scaling},
     * reading any learned log-variances from the model's parameter vector and writing their gradients into its
     * gradient vector.
     */
    static ReconstructionDistribution of(Likelihood likelihood, ParameterLayout layout, FeatureScaling scaling,
            double fixedVariance, INDArray parameters, INDArray gradients) {
        int inputDim = layout.output().fanOut();
        if (likelihood == Likelihood.BERNOULLI) {
            return new BernoulliDistribution(inputDim);
        }
        double[] shift = likelihood == Likelihood.GAUSSIAN_ISOTROPIC
                ? GaussianDistribution.isotropicInDataUnits(scaling) : new double[inputDim];
        return new GaussianDistribution(inputDim, fixedVariance, layout.logVarianceCount(),
                layout.logVarianceOffset(), parameters, gradients, shift, scaling.logScaleSum());
    }

    /** Σ −log p(x|output) over the rows and features; also each row's sum into {@code rowSums} unless null. */
    default double negativeLogLikelihood(NativeBlock x, NativeBlock output, int rows, double[] rowSums) {
        readParameters();
        double sum = 0;
        for (int i = 0; i < rows; i++) {
            double row = rowNegativeLogLikelihood(x, output, i);
            if (rowSums != null) {
                rowSums[i] = row;
            }
            sum += row;
        }
        return sum;
    }

    /** Takes the current values of the distribution's own parameters, if it has any, for the rows that follow. */
    void readParameters();

    /** Σ_j −log p(x_ij | output_ij) of row {@code i}, with the parameters last read. */
    double rowNegativeLogLikelihood(NativeBlock x, NativeBlock output, int i);

    /**
     * As {@link #negativeLogLikelihood}, and writes {@code scale} · d/dOutput of the sum into
     * {@code outputGradient} and {@code scale} · d/d(learned log-variances) into the model's gradient vector.
     */
    double negativeLogLikelihoodAndGradient(NativeBlock x, NativeBlock output, int rows, double scale,
            NativeBlock outputGradient);

    /** The mean of p(x|output) for the first {@code rows} rows, into {@code into} from {@code at}. */
    void mean(NativeBlock output, int rows, float[] into, int at);

    /** The decoder output whose distribution has the given mean: what the output bias starts at. */
    double outputForMean(double mean);

    /** log σ² per feature in model units, or {@code null} when the spread depends on the mean. */
    double[] logVariances();
}
