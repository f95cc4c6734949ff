package org.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A variational autoencoder (Kingma &amp; Welling, 2013) with Gaussian posterior q(z|x) = N(μ(x), diag σ²(x)),
 * prior N(0, I) and a Bernoulli or Gaussian decoder.
 *
 * <p>Gradients are written by hand (README, "Design notes", says why not SameDiff, with figures) and checked against finite
 * differences in the tests. All ND4J work on one instance must stay on one thread.
 *
 * <p>Data passed to the public methods is in the user's units; the model applies its {@link FeatureScaling} itself
 * and reports every log-density in the user's units.
 */
public final class Vae {
    static final double LOG_2PI = Math.log(2 * Math.PI);
    /** Rows per ND4J call in inference, to bound memory on large datasets. */
    private static final int CHUNK_ROWS = 4096;

    private final VaeConfig config;
    private final FeatureScaling scaling;
    private final DataType dataType;
    private final ParameterLayout layout;
    private final INDArray parameters;
    private final INDArray gradients;
    private final List<DenseLayer> encoder = new ArrayList<>();
    private final DenseLayer meanHead;
    private final DenseLayer logVarianceHead;
    private final List<DenseLayer> decoder = new ArrayList<>();
    private final DenseLayer output;
    private final INDArray learnedLogVariance;
    private final String dataName;
    private final ImageShape imageShape;
    /** Rows being encoded, kept between calls: the latent sample is re-encoded after every epoch. */
    private float[] encodeBuffer = new float[0];

    private Vae(VaeConfig config, FeatureScaling scaling, DataType dataType, double[] initial, String dataName,
            ImageShape imageShape) {
        this.config = config;
        this.scaling = scaling;
        this.dataType = dataType;
        this.dataName = dataName;
        this.imageShape = imageShape;
        this.layout = ParameterLayout.of(config, scaling.dim());
        this.parameters = Nd4j.createFromArray(initial).castTo(dataType);
        this.gradients = Nd4j.zeros(dataType, layout.size());
        for (ParameterLayout.Block b : layout.encoder()) {
            encoder.add(layer(b, config.activation()));
        }
        meanHead = layer(layout.meanHead(), Activation.IDENTITY);
        logVarianceHead = layer(layout.logVarianceHead(), Activation.IDENTITY);
        for (ParameterLayout.Block b : layout.decoder()) {
            decoder.add(layer(b, config.activation()));
        }
        output = layer(layout.output(), Activation.IDENTITY);
        if (layout.logVarianceCount() > 0) {
            learnedLogVariance = view(parameters, layout.logVarianceOffset(), 1, layout.logVarianceCount());
        } else {
            learnedLogVariance = null;
        }
    }

    /**
     * A freshly initialised model. Hidden weights are drawn with He (relu, elu) or Glorot (tanh, identity)
     * variance from the config's seed; biases start at zero, except the output bias of a Bernoulli decoder, which
     * starts at the logits of the per-feature training means so that the first epochs are not spent learning them.
     *
     * @param featureMeans per-feature means of the training data in model units, or {@code null}
     */
    public static Vae initialise(VaeConfig config, FeatureScaling scaling, double[] featureMeans, String dataName,
            ImageShape imageShape, DataType dataType) {
        ParameterLayout layout = ParameterLayout.of(config, scaling.dim());
        double[] p = new double[Math.toIntExact(layout.size())];
        SplittableRandom random = new SplittableRandom(config.seed());
        double hiddenGain = config.activation() == Activation.RELU || config.activation() == Activation.ELU ? 2 : 1;
        for (ParameterLayout.Block b : layout.encoder()) {
            fillWeights(p, b, hiddenGain, random);
        }
        fillWeights(p, layout.meanHead(), 1, random);
        fillWeights(p, layout.logVarianceHead(), 0.01, random);
        for (ParameterLayout.Block b : layout.decoder()) {
            fillWeights(p, b, hiddenGain, random);
        }
        fillWeights(p, layout.output(), 1, random);
        if (config.likelihood() == Likelihood.BERNOULLI && featureMeans != null) {
            for (int j = 0; j < featureMeans.length; j++) {
                double m = Math.min(1 - 1e-3, Math.max(1e-3, featureMeans[j]));
                p[(int) layout.output().biasOffset() + j] = Math.log(m / (1 - m));
            }
        }
        return new Vae(config, scaling, dataType, p, dataName, imageShape);
    }

    public static Vae fromSnapshot(VaeSnapshot snapshot, DataType dataType) {
        return new Vae(snapshot.config(), snapshot.scaling(), dataType, snapshot.parameters(), snapshot.dataName(),
                snapshot.imageShape());
    }

    /** An immutable copy of the current parameters. */
    public VaeSnapshot snapshot() {
        return new VaeSnapshot(config, scaling, parameters.toDoubleVector(), dataName, imageShape);
    }

    public VaeConfig config() {
        return config;
    }

    public FeatureScaling scaling() {
        return scaling;
    }

    public int inputDim() {
        return scaling.dim();
    }

    public int latentDim() {
        return config.latentDim();
    }

    public long parameterCount() {
        return layout.size();
    }

    DataType dataType() {
        return dataType;
    }

    INDArray parameters() {
        return parameters;
    }

    INDArray gradients() {
        return gradients;
    }

    // ---------------------------------------------------------------------------------------------------------
    // One stochastic pass in ND4J operations, in model units. Training uses the allocation-free TrainingStep;
    // this path serves evaluation, and the tests check TrainingStep's gradient against it.

    /** The encoder's output for a batch: q(z|x) = N(mean, diag std²), in model units. */
    private record Posterior(INDArray mean, INDArray logVariance, INDArray std) {
    }

    private Posterior posterior(INDArray x) {
        INDArray h = x;
        for (DenseLayer layer : encoder) {
            h = layer.forward(h);
        }
        INDArray logVariance = logVarianceHead.forward(h);
        return new Posterior(meanHead.forward(h), logVariance, Transforms.exp(logVariance.mul(0.5), false));
    }

    /** What one stochastic forward pass computes. */
    private record Forward(INDArray mean, INDArray logVariance, INDArray std, INDArray outputPre) {
    }

    private Forward forward(INDArray x, INDArray noise) {
        Posterior q = posterior(x);
        INDArray z = q.std().mul(noise).addi(q.mean());
        return new Forward(q.mean(), q.logVariance(), q.std(), decodeToOutput(z));
    }

    /** The batch's statistics, one z sampled per example with the given ε; no gradients. */
    BatchStatistics evaluate(INDArray x, INDArray noise) {
        Forward f = forward(x, noise);
        return statistics((int) x.rows(), rowNegLogLikelihood(x, f.outputPre()), f.mean(), f.std().mul(f.std()),
                f.logVariance());
    }

    private BatchStatistics statistics(int rows, INDArray rowNll, INDArray mean, INDArray variance,
            INDArray logVariance) {
        INDArray klTerms = mean.mul(mean).addi(variance).subi(1.0).subi(logVariance).muli(0.5);
        double[] klPerDim = klTerms.sum(0).toDoubleVector();
        double kl = 0;
        for (double v : klPerDim) {
            kl += v;
        }
        double rec = rowNll.sumNumber().doubleValue() + rows * scaling.logScaleSum();
        return new BatchStatistics(rows, rec, kl, klPerDim);
    }

    /** −log p(x|z) per row, in model units. */
    private INDArray rowNegLogLikelihood(INDArray x, INDArray outputPre) {
        if (config.likelihood() == Likelihood.BERNOULLI) {
            // −log p = softplus(l) − x·l, with softplus(l) = max(l, 0) + log(1 + exp(−|l|)) to stay finite.
            INDArray softplus = Transforms.relu(outputPre, true).addi(
                    Transforms.log(Transforms.exp(Transforms.abs(outputPre, true).negi(), false).addi(1.0), false));
            return softplus.subi(x.mul(outputPre)).sum(1);
        }
        INDArray logVarianceRow = logVarianceRow();
        INDArray inverseVariance = Transforms.exp(logVarianceRow.neg(), false);
        INDArray diff = outputPre.sub(x);
        INDArray scaledSquares = diff.muli(diff).muliRowVector(inverseVariance);
        double constant = 0.5 * (inputDim() * LOG_2PI + logVarianceRow.sumNumber().doubleValue());
        return scaledSquares.sum(1).muli(0.5).addi(constant);
    }

    /** The decoder's log σ² per feature in model units, {@code 1 × inputDim}. */
    private INDArray logVarianceRow() {
        return switch (config.likelihood()) {
            case GAUSSIAN_FIXED -> Nd4j.valueArrayOf(new long[] {1, inputDim()}, Math.log(config.fixedVariance()),
                    dataType);
            case GAUSSIAN_SHARED -> Nd4j.valueArrayOf(new long[] {1, inputDim()}, learnedLogVariance.getDouble(0),
                    dataType);
            case GAUSSIAN_DIAGONAL -> learnedLogVariance;
            case BERNOULLI -> throw new IllegalStateException("a Bernoulli decoder has no variance");
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // Inference, in the user's units.

    /** Posterior mean and standard deviation of each row of {@code x} (row-major, {@code rows × inputDim}). */
    public Encoding encode(float[] x, int rows) {
        checkLength(x, rows, inputDim(), "x");
        int d = inputDim();
        return encode(rows, (i, into, at) -> System.arraycopy(x, i * d, into, at, d), YieldPoint.NONE);
    }

    /**
     * Posterior mean and standard deviation of the given rows of a dataset of the model's width, read a few rows at a
     * time: encoding thousands of image rows after every epoch then makes no large temporary arrays.
     *
     * @param yieldPoint yielded to between two chunks (each ≤ 512 KB of input)
     */
    public Encoding encodeRows(Dataset data, int[] rows, YieldPoint yieldPoint) {
        if (data.cols() != inputDim()) {
            throw new IllegalArgumentException("the model expects " + inputDim() + " features, not " + data.cols());
        }
        return encode(rows.length, (i, into, at) -> data.copyRow(rows[i], into, at), yieldPoint);
    }

    /** Copies row {@code i} of some input, in user units, into {@code into} at {@code at}. */
    @FunctionalInterface
    private interface RowSource {
        void copyRow(int i, float[] into, int at);
    }

    private Encoding encode(int rows, RowSource source, YieldPoint yieldPoint) {
        int d = inputDim();
        int l = latentDim();
        float[] mean = new float[rows * l];
        float[] sigma = new float[rows * l];
        // Chunks of at most ~512 KB, below the size at which the JVM's collector treats an array as "humongous".
        int chunk = Math.max(1, Math.min(CHUNK_ROWS, 131_072 / d));
        if (encodeBuffer.length != chunk * d) {
            encodeBuffer = new float[chunk * d];
        }
        float[] buffer = encodeBuffer;
        for (int from = 0; from < rows; from += chunk) {
            if (from > 0) {
                yieldPoint.yieldNow();
            }
            int to = Math.min(rows, from + chunk);
            int n = to - from;
            float[] values = n * d == buffer.length ? buffer : new float[n * d];
            for (int i = 0; i < n; i++) {
                source.copyRow(from + i, values, i * d);
            }
            scaling.toModelInPlace(values);
            try (MemoryWorkspace scope = Scratch.open(Scratch.INFERENCE)) {
                Posterior q = posterior(matrix(values, 0, n, d));
                System.arraycopy(floats(q.mean()), 0, mean, from * l, n * l);
                System.arraycopy(floats(q.std()), 0, sigma, from * l, n * l);
            }
        }
        return new Encoding(rows, l, mean, sigma);
    }

    /** The mean of p(x|z) for each row of {@code z} ({@code rows × latentDim}), in the user's units. */
    public float[] decode(float[] z, int rows) {
        checkLength(z, rows, latentDim(), "z");
        float[] out = new float[rows * inputDim()];
        for (int from = 0; from < rows; from += CHUNK_ROWS) {
            int to = Math.min(rows, from + CHUNK_ROWS);
            try (MemoryWorkspace scope = Scratch.open(Scratch.INFERENCE)) {
                INDArray pre = decodeToOutput(matrix(z, from, to, latentDim()));
                INDArray mean = config.likelihood() == Likelihood.BERNOULLI ? Transforms.sigmoid(pre, false) : pre;
                float[] chunk = floats(mean);
                System.arraycopy(chunk, 0, out, from * inputDim(), chunk.length);
            }
        }
        if (config.likelihood().isGaussian()) {
            scaling.toUserInPlace(out);
        }
        return out;
    }

    /**
     * The negative ELBO's two terms per example on the given rows, one z sampled per example from the seed.
     */
    public ElboTerms elbo(float[] x, int rows, long seed) {
        checkLength(x, rows, inputDim(), "x");
        SplittableRandom random = new SplittableRandom(seed);
        float[] model = scaling.toModel(x);
        double reconstruction = 0;
        double kl = 0;
        for (int from = 0; from < rows; from += CHUNK_ROWS) {
            int to = Math.min(rows, from + CHUNK_ROWS);
            BatchStatistics stats;
            try (MemoryWorkspace scope = Scratch.open(Scratch.INFERENCE)) {
                stats = evaluate(matrix(model, from, to, inputDim()), gaussian(random, to - from, latentDim()));
            }
            reconstruction += stats.reconstructionSum();
            kl += stats.klSum();
        }
        return ElboTerms.perExample(reconstruction, kl, rows);
    }

    /** Decodes the posterior mean of each row: the model's reconstruction of its input. */
    public float[] reconstruct(float[] x, int rows) {
        return decode(encode(x, rows).mean(), rows);
    }

    /** {@code count} draws z ~ N(0, I) and the mean of p(x|z) for each. */
    public PriorSamples samplePrior(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[count * latentDim()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) random.nextGaussian();
        }
        return new PriorSamples(count, z, decode(z, count));
    }

    /**
     * The standard deviation of p(x|z) per feature in the user's units, or {@code null} for a Bernoulli decoder
     * (whose spread depends on the mean).
     */
    public double[] observationStdDev() {
        if (!config.likelihood().isGaussian()) {
            return null;
        }
        double[] logVar;
        try (MemoryWorkspace scope = Scratch.open(Scratch.INFERENCE)) {
            logVar = logVarianceRow().toDoubleVector();
        }
        double[] std = new double[logVar.length];
        for (int j = 0; j < std.length; j++) {
            std[j] = Math.exp(0.5 * logVar[j]) * scaling.scaleOf(j);
        }
        return std;
    }

    /**
     * The importance-weighted estimate (Burda et al., 2015) of log p(x) for each row, with {@code samples} draws
     * from q(z|x): log (1/k) Σ p(x, z_k) / q(z_k|x). With one sample it is a one-sample ELBO; it tightens towards
     * log p(x) as the number of samples grows.
     */
    public double[] importanceWeightedLogLikelihood(float[] x, int rows, int samples, long seed) {
        checkLength(x, rows, inputDim(), "x");
        if (samples < 1) {
            throw new IllegalArgumentException("need at least one importance sample, not " + samples);
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] model = scaling.toModel(x);
        double[] result = new double[rows];
        int chunk = Math.max(1, Math.min(CHUNK_ROWS, 1_000_000 / Math.max(1, inputDim())));
        for (int from = 0; from < rows; from += chunk) {
            int to = Math.min(rows, from + chunk);
            int n = to - from;
            // Running log-sum-exp per row: memory O(rows), whatever the number of samples.
            double[] maxLogWeight = new double[n];
            double[] scaledSum = new double[n];
            java.util.Arrays.fill(maxLogWeight, Double.NEGATIVE_INFINITY);
            try (MemoryWorkspace scope = Scratch.open(Scratch.INFERENCE)) {
                INDArray xs = matrix(model, from, to, inputDim());
                Posterior q = posterior(xs);
                double[] logVarianceRows = q.logVariance().sum(1).toDoubleVector();
                for (int s = 0; s < samples; s++) {
                    try (MemoryWorkspace sampleScope = Scratch.open(Scratch.SAMPLE)) {
                        INDArray noise = gaussian(random, n, latentDim());
                        INDArray z = q.std().mul(noise).addi(q.mean());
                        double[] logQ = noise.mul(noise).sum(1).toDoubleVector();
                        double[] logPriorZ = z.mul(z).sum(1).toDoubleVector();
                        double[] nll = rowNegLogLikelihood(xs, decodeToOutput(z)).toDoubleVector();
                        for (int i = 0; i < n; i++) {
                            double logQz = -0.5 * (latentDim() * LOG_2PI + logVarianceRows[i] + logQ[i]);
                            double logPz = -0.5 * (latentDim() * LOG_2PI + logPriorZ[i]);
                            double w = -(nll[i] + scaling.logScaleSum()) + logPz - logQz;
                            if (w > maxLogWeight[i]) {
                                scaledSum[i] = scaledSum[i] * Math.exp(maxLogWeight[i] - w) + 1;
                                maxLogWeight[i] = w;
                            } else {
                                scaledSum[i] += Math.exp(w - maxLogWeight[i]);
                            }
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                result[from + i] = maxLogWeight[i] + Math.log(scaledSum[i]) - Math.log(samples);
            }
        }
        return result;
    }

    private INDArray decodeToOutput(INDArray z) {
        INDArray g = z;
        for (DenseLayer layer : decoder) {
            g = layer.forward(g);
        }
        return output.forward(g);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers.

    INDArray matrix(float[] rowMajor, int fromRow, int toRow, int cols) {
        // Copied straight into native memory: a Java slice first would be one more large array for the collector.
        // The pointer's put does not check the Java array's bounds, so they are checked here.
        java.util.Objects.checkFromIndexSize((long) fromRow * cols, (long) (toRow - fromRow) * cols, rowMajor.length);
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, new long[] {toRow - fromRow, cols}, 'c');
        new org.bytedeco.javacpp.FloatPointer(out.data().addressPointer())
                .put(rowMajor, fromRow * cols, (toRow - fromRow) * cols);
        return out.castTo(dataType);
    }

    INDArray gaussian(SplittableRandom random, int rows, int cols) {
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.createFromArray(values).reshape('c', rows, cols).castTo(dataType);
    }

    /** The values of an array, row-major, as floats. */
    private static float[] floats(INDArray a) {
        return a.castTo(DataType.FLOAT).reshape(a.length()).toFloatVector();
    }

    private DenseLayer layer(ParameterLayout.Block b, Activation activation) {
        return new DenseLayer(view(parameters, b.offset(), b.fanIn(), b.fanOut()),
                view(parameters, b.biasOffset(), 1, b.fanOut()), activation);
    }

    private static INDArray view(INDArray flat, long offset, int rows, int cols) {
        INDArray slice = flat.get(NDArrayIndex.interval(offset, offset + (long) rows * cols));
        return slice.reshape('c', rows, cols);
    }

    private static void fillWeights(double[] p, ParameterLayout.Block b, double gain, SplittableRandom random) {
        double std = Math.sqrt(gain / b.fanIn());
        for (long i = b.offset(); i < b.biasOffset(); i++) {
            p[(int) i] = random.nextGaussian() * std;
        }
    }

    private static void checkLength(float[] values, int rows, int cols, String what) {
        if (rows < 0 || values.length != (long) rows * cols) {
            throw new IllegalArgumentException(what + " must hold " + rows + " rows of " + cols + " values, not "
                    + values.length + " values");
        }
    }
}
