package org.vaeexplorer.model.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.network.BatchStatistics;
import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.network.FeatureScaling;
import org.vaeexplorer.model.network.MinibatchTrace;
import org.vaeexplorer.model.network.TrainingStep;
import org.vaeexplorer.model.network.Vae;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.network.YieldPoint;
import org.vaeexplorer.model.settings.ConfigProblem;
import org.vaeexplorer.model.settings.InvalidConfigException;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.text.Texts;

/**
 * Trains a {@link Vae} on a dataset, one epoch at a time: minibatches reshuffled every epoch, Adam, a KL weight
 * with optional linear warm-up, and figures on the held-out rows after every epoch.
 *
 * <p>All calls but {@link #requestStop()}, {@link #setLearningRate} and {@link #setBeta} belong on the one thread
 * that owns the model. Those three may come from any thread and take effect between minibatches (stop) or at the
 * next epoch (the others).
 */
public final class Trainer {
    /** Weights, gradients, Adam's two moments and copies: a 50M-parameter model already needs over 1 GB. */
    static final long MAX_PARAMETERS = 50_000_000L;
    private final Vae vae;
    /** Every row in model units, row-major: minibatches are gathered from here by row number. */
    private final float[] modelValues;
    /** The held-out rows in model units, from row {@link #heldOutStart} on: the end of {@link #modelValues} or a copy. */
    private final float[] heldOutValues;
    private final int heldOutStart;
    private final HoldoutSplit split;
    /** The training rows, ascending: each epoch shuffles them. */
    private final int[] trainRowList;
    /** Each epoch's order of the training rows, written over by the next (no garbage an epoch). */
    private final int[] epochOrder;
    private final int trainingRows;
    private final int heldOutRows;
    private final AdamOptimizer optimizer;
    private final TrainingStep step;
    /** The reparameterisation's ε for one minibatch, drawn afresh for each. */
    private final double[] epsilon;
    /** Weights at the end of the last epoch whose figures were all finite (the optimiser keeps its own copy). */
    private final INDArray lastFiniteParameters;
    private volatile double learningRate;
    private volatile double beta;
    private volatile boolean stopRequested;
    private int epochsDone;
    /** The epoch stopped part-way or stepped into, or {@code null} between epochs. */
    private EpochInProgress current;

    /** @param optimizerState Adam's state to continue from, or {@code null} for a fresh optimiser */
    private Trainer(Vae vae, Dataset data, HoldoutSplit split, int epochsDone, OptimizerState optimizerState) {
        this.vae = vae;
        VaeConfig config = vae.config();
        this.split = split;
        this.trainRowList = split.trainRows();
        this.epochOrder = new int[trainRowList.length];
        int trainRows = trainRowList.length;
        this.trainingRows = trainRows;
        // Data the model sees as given (images in [0, 1]) is read where it is, otherwise from one scaled copy: for
        // MNIST a copy is 31 MB that the collector would have to handle just as training starts.
        boolean asGiven = vae.scaling().isIdentity();
        float[] all = asGiven ? data.sharedValues() : data.copyRows(0, data.rows());
        if (!asGiven) {
            vae.scaling().toModelInPlace(all);
            FarValues.refuse(all, data, split);
        }
        this.modelValues = all;
        this.heldOutRows = split.heldOutCount();
        // Rows held out at the end are read where they are; others are gathered once (a tenth of the data).
        this.heldOutValues = split.heldOutAtEnd() ? all : split.heldOutValues(all, data.cols());
        this.heldOutStart = split.heldOutAtEnd() ? trainRows : 0;
        this.optimizer = new AdamOptimizer(vae.parameters());
        int batch = Math.min(config.batchSize(), trainRows);
        this.step = vae.trainingStep(batch);
        this.epsilon = new double[batch * vae.latentDim()];
        this.lastFiniteParameters = vae.parameters().dup();
        if (optimizerState != null) {
            optimizer.restore(optimizerState);
        }
        optimizer.checkpoint();
        this.epochsDone = epochsDone;
        this.learningRate = config.learningRate();
        this.beta = config.beta();
    }

    /**
     * A new model for the data, ready to train.
     *
     * @throws InvalidConfigException when the settings are invalid or do not suit the data
     */
    public static Trainer create(VaeConfig config, Dataset data) {
        List<ConfigProblem> problems = problemsWith(config, data);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        HoldoutSplit split = HoldoutSplit.of(config, data);
        FeatureScaling standardising = FeatureScaling.standardising(data, split.trainRows());
        boolean gaussian = config.likelihood().isGaussian();
        FeatureScaling scaling = gaussian ? standardising : FeatureScaling.identity(data.cols());
        // The output starts at the training means in model units; standardised data has them at zero.
        double[] means = gaussian ? null : standardising.offset();
        Vae vae = Vae.initialise(config, scaling, means, data.name(), data.imageShape(), DataType.FLOAT);
        return new Trainer(vae, data, split, 0, null);
    }

    /**
     * Continues training a saved model on data of its width: its weights as saved, a fresh optimiser. The model's
     * own held-out count is used when the data has rows to spare, otherwise none are held out.
     *
     * @throws InvalidConfigException when the data does not suit the model
     */
    public static Trainer resume(VaeSnapshot snapshot, Dataset data) {
        return resume(new TrainingCheckpoint(snapshot, 0, null), data);
    }

    /**
     * Continues a run from a {@link #checkpoint()}: its weights, its epoch count and, when the checkpoint holds it,
     * Adam's state. On the data the run was trained on, the following epochs are those the uninterrupted run would
     * have trained (each epoch's randomness depends on the seed and the epoch's number alone). Held-out rows as in
     * {@link #resume(VaeSnapshot, Dataset)}.
     *
     * @throws InvalidConfigException when the data does not suit the model
     */
    public static Trainer resume(TrainingCheckpoint checkpoint, Dataset data) {
        VaeSnapshot snapshot = checkpoint.model();
        VaeConfig config = snapshot.config();
        if (config.holdoutRows() >= data.rows()) {
            config = config.withHoldoutRows(0);
        }
        List<ConfigProblem> problems = problemsWith(config, data);
        if (data.cols() != snapshot.inputDim()) {
            problems.add(0, new ConfigProblem("data", "the model expects " + snapshot.inputDim()
                    + " features, but '" + data.name() + "' has " + data.cols()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        VaeSnapshot adjusted = new VaeSnapshot(config, snapshot.scaling(), snapshot.parameters(),
                snapshot.dataName(), snapshot.imageShape());
        return new Trainer(Vae.fromSnapshot(adjusted, DataType.FLOAT), data, HoldoutSplit.of(config, data),
                checkpoint.epochsDone(), checkpoint.optimizer());
    }

    /** Every problem with training this configuration on this data, in words for the user. */
    public static List<ConfigProblem> problemsWith(VaeConfig config, Dataset data) {
        List<ConfigProblem> problems = new ArrayList<>(config.problemsFor(data.rows()));
        long count = problems.isEmpty() ? Vae.parameterCount(config, data.cols()) : 0;
        if (count > MAX_PARAMETERS) {
            problems.add(new ConfigProblem("hidden", "these layers make " + count + " parameters for " + data.cols()
                    + " features; at most " + MAX_PARAMETERS + " fit in memory here"));
        }
        String unsuitable = config.likelihood().problemWith(data);
        if (unsuitable != null) {
            problems.add(new ConfigProblem("likelihood", unsuitable));
        }
        return problems;
    }

    public Vae model() {
        return vae;
    }

    public int epochsDone() {
        return epochsDone;
    }

    public int trainingRows() {
        return trainingRows;
    }

    /** Which rows train and which are held out. */
    public HoldoutSplit split() {
        return split;
    }

    /**
     * The run at the end of its last complete epoch (the model as it was then, even if an epoch stopped part-way
     * since), with Adam's state and the learning rate and β in use now: what {@link #resume(TrainingCheckpoint,
     * Dataset)} continues exactly.
     */
    public TrainingCheckpoint checkpoint() {
        VaeSnapshot current = vae.snapshot();
        VaeConfig config = vae.config().withLearningRate(learningRate).withBeta(beta);
        VaeSnapshot atEpochEnd = new VaeSnapshot(config, current.scaling(), lastFiniteParameters.toDoubleVector(),
                current.dataName(), current.imageShape());
        return new TrainingCheckpoint(atEpochEnd, epochsDone, optimizer.checkpointedState());
    }

    /**
     * The held-out figures of the current weights, with the ε every evaluation uses: for a run resumed from a
     * checkpoint, they repeat that epoch's report. {@code null} when no rows are held out or the figures are not
     * finite.
     */
    public ElboTerms heldOutFigures() {
        if (heldOutRows == 0) {
            return null;
        }
        int piece = Math.min(vae.config().batchSize(), trainingRows);
        return evaluateHeldOut(NoiseStreams.heldOut(vae.config().seed()), piece, YieldPoint.NONE,
                new double[vae.latentDim()]);
    }

    /** Asks a running epoch to stop after its current minibatch. */
    public void requestStop() {
        stopRequested = true;
    }

    /** Adam's step size from the next epoch on. */
    public void setLearningRate(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("learning rate must be a positive number, not " + value);
        }
        learningRate = value;
    }

    /** The KL weight (before warm-up) from the next epoch on. */
    public void setBeta(double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("beta must be a number of at least 0, not " + value);
        }
        beta = value;
    }

    /**
     * Runs epochs until {@code epochs} are done, a stop is requested (during an epoch, or between two: by the
     * listener, for instance) or training diverges.
     */
    public EpochOutcome train(int epochs, Consumer<EpochReport> listener) {
        return train(epochs, listener, YieldPoint.NONE);
    }

    /**
     * As {@link #train(int, Consumer)}, yielding between minibatches and between the pieces of the held-out
     * evaluation: work run there waits for one minibatch at most, not for a whole epoch.
     */
    public EpochOutcome train(int epochs, Consumer<EpochReport> listener, YieldPoint yieldPoint) {
        stopRequested = false;
        EpochOutcome last = EpochOutcome.stopped();
        for (int i = 0; i < epochs; i++) {
            last = runEpoch(yieldPoint);
            if (last.status() != EpochOutcome.Status.COMPLETED) {
                return last;
            }
            listener.accept(last.report());
            if (stopRequested) {
                stopRequested = false;
                return EpochOutcome.stopped();
            }
        }
        return last;
    }

    /** One pass over the training rows in a fresh random order, then the held-out figures. */
    public EpochOutcome runEpoch() {
        return runEpoch(YieldPoint.NONE);
    }

    /** As {@link #runEpoch()}, yielding between pieces; an epoch stopped or stepped part-way goes on where it was. */
    public EpochOutcome runEpoch(YieldPoint yieldPoint) {
        EpochInProgress e = epochInProgress();
        while (!e.minibatchesDone()) {
            yieldPoint.yieldNow();
            if (stopRequested) {
                stopRequested = false;
                return EpochOutcome.stopped();
            }
            if (runMinibatch(e) == null) {
                return divergedAt(e.epoch, Texts.get("training.where.minibatch", String.valueOf(e.index)),
                        e.learningRate);
            }
        }
        return finishEpoch(e, yieldPoint);
    }

    /**
     * Runs the next minibatch of the epoch under way (or of a new one) exactly as {@link #runEpoch()} would, and
     * returns what it drew per example; the epoch's last minibatch also runs the held-out figures.
     */
    public MinibatchStep stepMinibatch() {
        EpochInProgress e = epochInProgress();
        int index = e.index;
        int[] rows = Arrays.copyOfRange(e.order, e.from, e.to());
        BatchStatistics stats = runMinibatch(e);
        if (stats == null) {
            return new MinibatchStep(e.epoch, index, e.minibatchCount(), rows, null, null,
                    divergedAt(e.epoch, Texts.get("training.where.minibatch", String.valueOf(index)), e.learningRate));
        }
        // The update changed the weights, not the step's buffers: they still hold what this minibatch drew.
        MinibatchTrace trace = step.trace(rows.length, epsilon, vae.scaling());
        EpochOutcome end = e.minibatchesDone() ? finishEpoch(e, YieldPoint.NONE) : null;
        return new MinibatchStep(e.epoch, index, e.minibatchCount(), rows,
                ElboTerms.perExample(stats.reconstructionSum(), stats.klSum(), rows.length), trace, end);
    }

    /** The epoch under way, or a new one with the learning rate and β of now. */
    private EpochInProgress epochInProgress() {
        if (current == null) {
            int epoch = epochsDone + 1;
            current = new EpochInProgress(epoch, learningRate, vae.config().withBeta(beta).betaAtEpoch(epoch),
                    epsilon.length / vae.latentDim(), NoiseStreams.training(vae.config().seed(), epoch),
                    trainRowList, epochOrder, vae.latentDim());
        }
        return current;
    }

    /** The next minibatch: its ε, loss, gradient and update; {@code null} when it diverged. */
    private BatchStatistics runMinibatch(EpochInProgress e) {
        long start = System.nanoTime();
        Vae.fillGaussian(e.random, epsilon, (e.to() - e.from) * vae.latentDim());
        BatchStatistics stats = step.lossAndGradient(modelValues, e.order, e.from, e.to(), epsilon, e.beta);
        if (!stats.isFinite() || !optimizer.step(vae.parameters(), vae.gradients(), e.learningRate)) {
            return null;
        }
        e.add(stats);
        e.nanos += System.nanoTime() - start;
        return stats;
    }

    /** The held-out figures after the epoch's last minibatch, and its report. */
    private EpochOutcome finishEpoch(EpochInProgress e, YieldPoint yieldPoint) {
        long start = System.nanoTime();
        ElboTerms heldOutTerms = null;
        double[] heldOutKlPerDim = null;
        if (heldOutRows > 0) {
            heldOutKlPerDim = new double[vae.latentDim()];
            heldOutTerms = evaluateHeldOut(NoiseStreams.heldOut(vae.config().seed()), e.batch, yieldPoint,
                    heldOutKlPerDim);
            if (heldOutTerms == null) {
                return divergedAt(e.epoch, Texts.get("training.where.heldOut"), e.learningRate);
            }
        }
        current = null;
        epochsDone = e.epoch;
        lastFiniteParameters.assign(vae.parameters());
        optimizer.checkpoint();
        double seconds = (e.nanos + System.nanoTime() - start) / 1e9;
        return EpochOutcome.completed(new EpochReport(e.epoch, seconds, e.beta, e.learningRate,
                ElboTerms.perExample(e.reconstruction, e.kl, trainingRows), heldOutTerms, e.klPerDimension,
                heldOutKlPerDim));
    }

    /**
     * The held-out figures, one z per example, in minibatch-sized pieces with a yield between them, and each latent
     * dimension's mean KL into {@code klPerDim}; {@code null} when they are not finite.
     */
    private ElboTerms evaluateHeldOut(SplittableRandom noise, int piece, YieldPoint yieldPoint, double[] klPerDim) {
        double reconstruction = 0;
        double kl = 0;
        for (int from = 0; from < heldOutRows; from += piece) {
            int n = Math.min(piece, heldOutRows - from);
            if (from > 0) {
                yieldPoint.yieldNow();
            }
            Vae.fillGaussian(noise, epsilon, n * vae.latentDim());
            BatchStatistics stats = step.evaluate(heldOutValues, heldOutStart + from, n, epsilon);
            if (!stats.isFinite()) {
                return null;
            }
            reconstruction += stats.reconstructionSum();
            kl += stats.klSum();
            for (int k = 0; k < klPerDim.length; k++) {
                klPerDim[k] += stats.klPerDimensionSum()[k] / heldOutRows;
            }
        }
        return ElboTerms.perExample(reconstruction, kl, heldOutRows);
    }

    private EpochOutcome divergedAt(int epoch, String where, double rate) {
        current = null;
        vae.parameters().assign(lastFiniteParameters);
        optimizer.rollback();
        String back = epochsDone == 0 ? Texts.get("training.back.initialisation")
                : Texts.get("training.back.epoch", String.valueOf(epochsDone));
        return EpochOutcome.diverged(Texts.get("training.diverged", String.valueOf(epoch), where, back,
                String.valueOf(rate)));
    }
}
