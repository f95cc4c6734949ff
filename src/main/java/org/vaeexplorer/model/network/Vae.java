package org.vaeexplorer.model.network;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ImageShape;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * A variational autoencoder (Kingma &amp; Welling, 2013) with Gaussian posterior q(z|x) = N(μ(x), diag σ²(x)),
 * prior N(0, I) and a Bernoulli or Gaussian decoder.
 *
 * <p>Its math exists once, in {@link VaeNetwork}, {@link ForwardPass} and the likelihood's
 * {@link ReconstructionDistribution}; training adds the hand-written backward pass ({@link TrainingStep}), checked
 * against finite differences in the tests. Inference runs its own forward pass, in chunks of rows whose buffers
 * are kept, so that a call allocates only its result, and {@link #decodeInto} not even that. One instance belongs
 * to one thread.
 *
 * <p>Data passed to the public methods is in the user's units; the model applies its {@link FeatureScaling} itself
 * and reports every log-density in the user's units.
 */
public final class Vae {
    /** Bound on the values per buffer row block in one inference chunk: a few hundred kilobytes per buffer. */
    private static final int CHUNK_VALUES = 131_072;
    private static final int MAX_CHUNK_ROWS = 4096;
    /** Decoding's bound: 400 MNIST rows, a 20×20 grid, in one chunk (decision 0030); about 1.5 MB per buffer. */
    private static final int DECODE_CHUNK_VALUES = 400 * 784 + 784;

    private final VaeConfig config;
    private final FeatureScaling scaling;
    private final boolean scalingIsIdentity;
    private final ParameterLayout layout;
    private final INDArray parameters;
    private final INDArray gradients;
    private final VaeNetwork network;
    /** Inference's own buffers: a decode between two training minibatches leaves the training step's alone. */
    private final ForwardPass inference;
    /** Rows per inference chunk. */
    private final int chunkRows;
    /** Rows per decoding chunk: a 20×20 MNIST grid in one, since one product of 400 rows beats three of 167. */
    private final int decodeChunkRows;
    /** One row of input being scaled on its way into the forward pass. */
    private final float[] inputRow;
    private final String dataName;
    private final ImageShape imageShape;

    private Vae(VaeConfig config, FeatureScaling scaling, DataType dataType, double[] initial, String dataName,
            ImageShape imageShape) {
        this.config = config;
        this.scaling = scaling;
        this.scalingIsIdentity = scaling.isIdentity();
        this.dataName = dataName;
        this.imageShape = imageShape;
        this.layout = ParameterLayout.of(config, scaling.dim());
        this.parameters = Nd4j.createFromArray(initial).castTo(dataType);
        this.gradients = Nd4j.zeros(dataType, layout.size());
        this.network = new VaeNetwork(config, scaling, parameters, gradients);
        this.chunkRows = Math.max(1, Math.min(MAX_CHUNK_ROWS, CHUNK_VALUES / network.widestRow()));
        this.decodeChunkRows = Math.max(1, Math.min(MAX_CHUNK_ROWS, DECODE_CHUNK_VALUES / network.widestRow()));
        this.inference = new ForwardPass(network, 1);
        this.inputRow = new float[scaling.dim()];
    }

    /**
     * A freshly initialised model. Hidden weights are drawn with He (relu, elu) or Glorot (tanh, identity)
     * variance from the config's seed; biases start at zero, except the output bias, which starts where the decoder's
     * mean is the per-feature training mean, so that the first epochs are not spent learning it.
     *
     * @param featureMeans per-feature means of the training data in model units, or {@code null}
     */
    public static Vae initialise(VaeConfig config, FeatureScaling scaling, double[] featureMeans, String dataName,
            ImageShape imageShape, DataType dataType) {
        ParameterLayout layout = ParameterLayout.of(config, scaling.dim());
        double[] p = new double[Math.toIntExact(layout.size())];
        SplittableRandom random = new SplittableRandom(config.seed());
        double hiddenGain = config.activation().initialWeightGain();
        for (ParameterLayout.Block b : layout.encoder()) {
            fillWeights(p, b, hiddenGain, random);
        }
        fillWeights(p, layout.meanHead(), 1, random);
        fillWeights(p, layout.logVarianceHead(), 0.01, random);
        for (ParameterLayout.Block b : layout.decoder()) {
            fillWeights(p, b, hiddenGain, random);
        }
        fillWeights(p, layout.output(), 1, random);
        Vae vae = new Vae(config, scaling, dataType, p, dataName, imageShape);
        if (featureMeans != null) {
            vae.network.startOutputAtMeans(featureMeans);
        }
        return vae;
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

    /** The shape of the model's image data, or {@code null} when its data are not images. */
    public ImageShape imageShape() {
        return imageShape;
    }

    public long parameterCount() {
        return layout.size();
    }

    /** How many parameters a model of this configuration has for data of {@code inputDim} features. */
    public static long parameterCount(VaeConfig config, int inputDim) {
        return ParameterLayout.of(config, inputDim).size();
    }

    /** The flat parameter vector, in {@link ParameterLayout} order; the optimiser updates it in place. */
    public INDArray parameters() {
        return parameters;
    }

    /** The flat gradient vector a {@link TrainingStep} fills, in the parameters' order. */
    public INDArray gradients() {
        return gradients;
    }

    /** A training step for minibatches of up to {@code maxRows} rows, with buffers of its own. */
    public TrainingStep trainingStep(int maxRows) {
        return new TrainingStep(network, maxRows);
    }

    VaeNetwork network() {
        return network;
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
     * Posterior mean and standard deviation of the given rows of a dataset of the model's width, read a chunk of rows
     * at a time: encoding thousands of image rows after every epoch then makes no large temporary arrays.
     *
     * @param yieldPoint yielded to between two chunks
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
        int l = latentDim();
        float[] mean = new float[rows * l];
        float[] sigma = new float[rows * l];
        for (int from = 0; from < rows; from += chunkRows) {
            if (from > 0) {
                // Work run here may use the inference pass: nothing of this chunk is left in it.
                yieldPoint.yieldNow();
            }
            int n = Math.min(chunkRows, rows - from);
            loadInput(source, from, n);
            inference.encode(n);
            inference.copyPosterior(n, mean, sigma, from * l);
        }
        return new Encoding(rows, l, mean, sigma);
    }

    /** Rows {@code from..from+n} of the source, in model units, into the inference pass's input. */
    private void loadInput(RowSource source, int from, int n) {
        inference.reserve(n);
        for (int i = 0; i < n; i++) {
            source.copyRow(from + i, inputRow, 0);
            scaling.toModelInPlace(inputRow);
            inference.setInputRow(i, inputRow, 0);
        }
    }

    /** The mean of p(x|z) for each row of {@code z} ({@code rows × latentDim}), in the user's units. */
    public float[] decode(float[] z, int rows) {
        checkLength(z, rows, latentDim(), "z");
        float[] out = new float[rows * inputDim()];
        decodeInto(z, 0, rows, out, 0);
        return out;
    }

    /**
     * Like {@link #decode}, but reads {@code rows} latent rows of {@code z} from {@code zFrom} and writes their means
     * into {@code out} from {@code outFrom}: no memory is allocated, so repeated calls (a probe dragged, a grid
     * redrawn) make no garbage. The caller owns {@code out}; copy it before handing it to another thread.
     */
    public void decodeInto(float[] z, int zFrom, int rows, float[] out, int outFrom) {
        int l = latentDim();
        int d = inputDim();
        if (rows < 0 || zFrom < 0 || outFrom < 0 || zFrom + (long) rows * l > z.length
                || outFrom + (long) rows * d > out.length) {
            throw new IllegalArgumentException(rows + " rows do not fit z from " + zFrom + " (length " + z.length
                    + ") or out from " + outFrom + " (length " + out.length + ")");
        }
        for (int from = 0; from < rows; from += decodeChunkRows) {
            int n = Math.min(decodeChunkRows, rows - from);
            inference.reserve(n);
            inference.setLatentRows(z, zFrom + from * l, n);
            inference.decode(n);
            inference.copyDecodedMean(n, out, outFrom + from * d);
        }
        if (!scalingIsIdentity) {
            scaling.toUserInPlace(out, outFrom, rows * d);
        }
    }

    /**
     * The negative ELBO's two terms per example on the given rows, one z sampled per example from the seed.
     */
    public ElboTerms elbo(float[] x, int rows, long seed) {
        checkLength(x, rows, inputDim(), "x");
        int d = inputDim();
        RowSource source = (i, into, at) -> System.arraycopy(x, i * d, into, at, d);
        SplittableRandom random = new SplittableRandom(seed);
        double reconstruction = 0;
        double kl = 0;
        for (int from = 0; from < rows; from += chunkRows) {
            int n = Math.min(chunkRows, rows - from);
            loadInput(source, from, n);
            double[] noise = inference.epsilon();
            fillGaussian(random, noise, n * latentDim());
            inference.run(n, noise);
            reconstruction += inference.negativeLogLikelihood(n, null);
            kl += inference.klSum(n, null);
        }
        return ElboTerms.perExample(reconstruction, kl, rows);
    }

    /** Decodes the posterior mean of each row: the model's reconstruction of its input. */
    public float[] reconstruct(float[] x, int rows) {
        return decode(encode(x, rows).mean(), rows);
    }

    /**
     * Loads ND4J's backend and its natives and runs a tiny model once, so that the first real model does not pay
     * for them: about 0.7 s, which the window spends on the model thread while it builds itself.
     */
    public static void warmUp() {
        Vae tiny = initialise(VaeConfig.defaults().withHiddenLayers(java.util.List.of(2)), FeatureScaling.identity(2),
                null, "warm-up", null, DataType.FLOAT);
        tiny.decode(tiny.encode(new float[2], 1).mean(), 1);
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
     * Draws x ~ p(x|z) for rows whose decoder means are given (as {@link #decode} returns them): for a Gaussian
     * decoder the mean plus its standard deviation times a standard normal per feature, in the user's units; for a
     * Bernoulli decoder 1 with the mean's probability, else 0.
     */
    public float[] drawObservations(float[] means, int rows, long seed) {
        checkLength(means, rows, inputDim(), "means");
        SplittableRandom random = new SplittableRandom(seed);
        double[] std = observationStdDev();
        float[] x = new float[means.length];
        int d = inputDim();
        for (int i = 0; i < x.length; i++) {
            x[i] = std == null ? (random.nextDouble() < means[i] ? 1f : 0f)
                    : (float) (means[i] + std[i % d] * random.nextGaussian());
        }
        return x;
    }

    /**
     * The standard deviation of p(x|z) per feature in the user's units, or {@code null} for a Bernoulli decoder
     * (whose spread depends on the mean).
     */
    public double[] observationStdDev() {
        double[] logVariance = network.distribution().logVariances();
        if (logVariance == null) {
            return null;
        }
        double[] std = new double[logVariance.length];
        for (int j = 0; j < std.length; j++) {
            std[j] = Math.exp(0.5 * logVariance[j]) * scaling.scaleOf(j);
        }
        return std;
    }

    /**
     * The importance-weighted estimate (Burda et al., 2015) of log p(x) for each row, with {@code samples} draws
     * from q(z|x): log (1/k) Σ p(x, z_k) / q(z_k|x). With one sample it is a one-sample ELBO; it tightens towards
     * log p(x) as the number of samples grows. A plain autoencoder has none.
     */
    public double[] importanceWeightedLogLikelihood(float[] x, int rows, int samples, long seed) {
        return importanceWeights(x, rows, samples, seed, done -> { }).logLikelihood();
    }

    /**
     * The importance-weighted bound and the ELBO, both estimated per row from the same {@code samples} draws of
     * q(z|x) (see {@link ImportanceEstimate}).
     *
     * @param progress told the fraction done, 0 to 1, as the draws go
     */
    public ImportanceEstimate importanceWeights(float[] x, int rows, int samples, long seed,
            java.util.function.DoubleConsumer progress) {
        checkLength(x, rows, inputDim(), "x");
        if (samples < 1) {
            throw new IllegalArgumentException("need at least one importance sample, not " + samples);
        }
        if (!config.isVariational()) {
            throw new IllegalStateException("a plain autoencoder has no posterior to draw importance samples from");
        }
        return new ImportanceSampler(this, inference, chunkRows).estimate(x, rows, samples, seed, progress);
    }

    /** Rows {@code from..from+n} of {@code x} (user units, row-major), in model units, into the inference pass. */
    void loadRows(float[] x, int from, int n) {
        int d = inputDim();
        loadInput((i, into, at) -> System.arraycopy(x, i * d, into, at, d), from, n);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Helpers.

    /** The first {@code count} values of {@code into}, drawn from N(0, 1) in order. */
    public static void fillGaussian(SplittableRandom random, double[] into, int count) {
        for (int i = 0; i < count; i++) {
            into[i] = random.nextGaussian();
        }
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
