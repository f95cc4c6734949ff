package org.vaeexplorer.model.training;

import java.util.SplittableRandom;
import org.vaeexplorer.model.network.BatchStatistics;

/**
 * An epoch begun but not finished: its shuffled order, its noise stream, the next minibatch and the sums so far.
 * Whether its minibatches run in one go, one at a time (slow motion) or across a pause, the epoch takes the same
 * steps in the same order with the same ε.
 */
final class EpochInProgress {
    final int epoch;
    final double learningRate;
    final double beta;
    final int batch;
    final SplittableRandom random;
    /** The training rows, as row numbers of the data, in this epoch's order. */
    final int[] order;
    /** The first row of the next minibatch in {@link #order}. */
    int from;
    /** The 1-based number of the next minibatch. */
    int index = 1;
    double reconstruction;
    double kl;
    final double[] klPerDimension;
    /** Time spent computing, not waiting between slow-motion steps. */
    long nanos;

    /**
     * @param random the epoch's stream: it shuffles the training rows ({@code rows}, ascending) first, then draws ε
     * @param room   as long as {@code rows}: takes this epoch's order (the trainer's, reused from epoch to epoch)
     */
    EpochInProgress(int epoch, double learningRate, double beta, int batch, SplittableRandom random, int[] rows,
            int[] room, int latentDim) {
        this.epoch = epoch;
        this.learningRate = learningRate;
        this.beta = beta;
        this.batch = batch;
        this.random = random;
        this.order = permutation(rows, room, random);
        this.klPerDimension = new double[latentDim];
    }

    /** The rows in a random order; with rows 0, 1, …, n − 1 (the last rows held out) the order training always had. */
    private static int[] permutation(int[] rows, int[] order, SplittableRandom random) {
        System.arraycopy(rows, 0, order, 0, rows.length);
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    boolean minibatchesDone() {
        return from >= order.length;
    }

    int minibatchCount() {
        return (order.length + batch - 1) / batch;
    }

    /** The end of the next minibatch in {@link #order}. */
    int to() {
        return Math.min(order.length, from + batch);
    }

    /** Adds a finished minibatch's figures and moves to the next one. */
    void add(BatchStatistics stats) {
        reconstruction += stats.reconstructionSum();
        kl += stats.klSum();
        for (int k = 0; k < klPerDimension.length; k++) {
            klPerDimension[k] += stats.klPerDimensionSum()[k] / order.length;
        }
        from = to();
        index++;
    }
}
