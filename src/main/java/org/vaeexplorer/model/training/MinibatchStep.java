package org.vaeexplorer.model.training;

import org.vaeexplorer.model.network.ElboTerms;
import org.vaeexplorer.model.network.MinibatchTrace;

/**
 * One minibatch of training taken on its own ({@link Trainer#stepMinibatch()}): which rows it used and what it drew
 * for them, and its loss terms.
 *
 * @param epoch     the epoch the minibatch belongs to, 1-based
 * @param index     the minibatch's number in its epoch, 1-based
 * @param count     how many minibatches the epoch has
 * @param rows      the dataset rows of the minibatch, in the order of the trace
 * @param terms     the minibatch's reconstruction and KL, nats per example, before its update
 * @param trace     what the step drew and computed per example; {@code null} when it diverged
 * @param epochEnd  the epoch's outcome when this step ended it (completed) or diverged, otherwise {@code null}
 */
public record MinibatchStep(int epoch, int index, int count, int[] rows, ElboTerms terms, MinibatchTrace trace,
        EpochOutcome epochEnd) {
}
