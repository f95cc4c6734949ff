package org.vaeexplorer.model.network;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Gaussian per feature with mean = the decoder's output and log-variance v_j = u_j + c_j, where u is fixed, one
 * learned value shared by all features, or learned per feature, and c_j a constant shift per feature (zero but for
 * a variance shared in the data's units, see {@link #isotropicInDataUnits}):
 * −log p(x|m) = ½ Σ_j [(x_j − m_j)² e^{−v_j} + v_j + log 2π].
 */
final class GaussianDistribution implements ReconstructionDistribution {
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final int inputDim;
    private final double fixedLogVariance;
    /** The learned log-variances (one, or one per feature) and their gradients; null when the variance is fixed. */
    private final NativeBlock learned;
    private final NativeBlock learnedGradient;
    private final int learnedCount;
    private final double[] logVarianceShift;
    private final double[] logVariance;
    private final double[] inverseVariance;
    private final double[] logVarianceGradient;
    /** Σ_j log s_j: standardising x_j = s_j x'_j + o_j changes −log p by this much (the Jacobian). */
    private final double logScaleSum;
    /** ½ Σ_j (v_j + log 2π) + Σ_j log s_j, the same for every row. */
    private double rowConstant;

    /**
     * @param learnedCount     0 (the variance is fixed), 1 (shared) or {@code inputDim}; the learned values sit at
     *                         {@code offset} in the model's parameter and gradient vectors
     * @param logVarianceShift c_j, added to each feature's fixed or learned log-variance
     * @param logScaleSum      Σ_j log s_j of the scaling the model sees its data through, so that −log p is in the
     *                         data's own units
     */
    GaussianDistribution(int inputDim, double fixedVariance, int learnedCount, long offset, INDArray parameters,
            INDArray gradients, double[] logVarianceShift, double logScaleSum) {
        if (logVarianceShift.length != inputDim) {
            throw new IllegalArgumentException("need one log-variance shift per feature, not "
                    + logVarianceShift.length + " for " + inputDim);
        }
        this.inputDim = inputDim;
        this.fixedLogVariance = Math.log(fixedVariance);
        this.learnedCount = learnedCount;
        this.logVarianceShift = logVarianceShift.clone();
        this.logScaleSum = logScaleSum;
        this.learned = learnedCount == 0 ? null : NativeBlock.within(parameters, offset, 1, learnedCount);
        this.learnedGradient = learnedCount == 0 ? null : NativeBlock.within(gradients, offset, 1, learnedCount);
        this.logVariance = new double[inputDim];
        this.inverseVariance = new double[inputDim];
        this.logVarianceGradient = new double[inputDim];
    }

    /**
     * The shifts c_j that make one shared variance isotropic in the data's units x_j = s_j x'_j + o_j although the
     * model sees x': a variance σ² of x_j is σ² / s_j² of x'_j. With u = log σ² − 2 log g, where g is the geometric
     * mean of the scales s_j, c_j = 2 (log g − log s_j). Measuring u against g rather than 1 keeps training the same
     * whatever the data's units: u starts at 0, σ² at g², where the model-unit variances g² / s_j² have a geometric
     * mean of 1.
     */
    static double[] isotropicInDataUnits(FeatureScaling scaling) {
        double logGeometricMean = scaling.logScaleSum() / scaling.dim();
        double[] shift = new double[scaling.dim()];
        for (int j = 0; j < shift.length; j++) {
            shift[j] = 2 * (logGeometricMean - Math.log(scaling.scaleOf(j)));
        }
        return shift;
    }

    @Override
    public void readParameters() {
        double sum = 0;
        for (int j = 0; j < inputDim; j++) {
            double v = (learnedCount == 0 ? fixedLogVariance : learned.get(learnedCount == 1 ? 0 : j))
                    + logVarianceShift[j];
            logVariance[j] = v;
            inverseVariance[j] = Math.exp(-v);
            sum += v;
        }
        rowConstant = 0.5 * (sum + inputDim * LOG_2PI) + logScaleSum;
    }

    @Override
    public double rowNegativeLogLikelihood(NativeBlock x, NativeBlock output, int i) {
        double squares = 0;
        for (int j = 0; j < inputDim; j++) {
            int at = i * inputDim + j;
            double diff = output.get(at) - x.get(at);
            squares += diff * diff * inverseVariance[j];
        }
        return 0.5 * squares + rowConstant;
    }

    @Override
    public double negativeLogLikelihoodAndGradient(NativeBlock x, NativeBlock output, int rows, double scale,
            NativeBlock outputGradient) {
        readParameters();
        Arrays.fill(logVarianceGradient, 0);
        double squares = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < inputDim; j++) {
                int at = i * inputDim + j;
                double diff = output.get(at) - x.get(at);
                double scaledSquare = diff * diff * inverseVariance[j];
                squares += scaledSquare;
                outputGradient.set(at, diff * inverseVariance[j] * scale);
                logVarianceGradient[j] += 0.5 * (1 - scaledSquare) * scale;
            }
        }
        if (learnedCount > 0) {
            for (int k = 0; k < learnedCount; k++) {
                learnedGradient.set(k, 0);
            }
            for (int j = 0; j < inputDim; j++) {
                int k = learnedCount == 1 ? 0 : j;
                learnedGradient.set(k, learnedGradient.get(k) + logVarianceGradient[j]);
            }
        }
        return 0.5 * squares + rows * rowConstant;
    }

    @Override
    public void mean(NativeBlock output, int rows, float[] into, int at) {
        output.get(0, into, at, rows * inputDim);
    }

    @Override
    public double outputForMean(double mean) {
        return mean;
    }

    @Override
    public double[] logVariances() {
        readParameters();
        return logVariance.clone();
    }
}
