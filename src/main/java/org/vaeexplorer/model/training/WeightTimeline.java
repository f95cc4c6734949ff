package org.vaeexplorer.model.training;

import java.util.Map;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.network.Vae;

/**
 * A model's weights at past epochs, in bounded memory: every epoch of a dense head (the first epochs, where the
 * latent space changes most), then later epochs at a stride that doubles whenever the store is full, which drops
 * every other later checkpoint. Weights only, as float32 (the model's own precision, so a past model decodes
 * exactly as it did then); no optimiser state. Not thread-safe: the model thread owns it.
 */
public final class WeightTimeline {
    /** At most this many checkpoints, whatever the model's size. */
    public static final int MAX_CHECKPOINTS = 200;
    /** At most this much memory for the weights: it caps big models (the MNIST preset, 3.1 MB each: 83). */
    public static final long BUDGET_BYTES = 256L << 20;
    /** Every epoch is kept up to this one, or up to half the capacity if that is smaller. */
    public static final int DENSE_EPOCHS = 50;
    /** Even a model too big for the budget keeps a few. */
    private static final int MIN_CHECKPOINTS = 8;

    private final TreeMap<Integer, float[]> weights = new TreeMap<>();
    private int capacity = MAX_CHECKPOINTS;
    private int denseEpochs = DENSE_EPOCHS;
    private int stride = 1;
    /** Holds the weights of the epoch shown, or {@code null} until one is. */
    private Vae spare;

    /** Forgets every checkpoint: a new model starts. */
    public void clear() {
        weights.clear();
        stride = 1;
        spare = null;
    }

    /** How many checkpoints a model of {@code parameterCount} parameters may keep. */
    public static int capacityFor(long parameterCount) {
        long fit = BUDGET_BYTES / (Float.BYTES * Math.max(1, parameterCount));
        return (int) Math.max(MIN_CHECKPOINTS, Math.min(MAX_CHECKPOINTS, fit));
    }

    /**
     * Keeps the model's weights as they are at the end of {@code epoch}, if the thinning keeps that epoch. Epochs
     * are recorded in increasing order (after {@link #dropAfter} a branch goes on from its last one).
     */
    public void record(int epoch, Vae model) {
        if (weights.isEmpty()) {
            capacity = capacityFor(model.parameterCount());
            denseEpochs = Math.min(DENSE_EPOCHS, capacity / 2);
        }
        if (!kept(epoch)) {
            return;
        }
        weights.put(epoch, model.parameters().toFloatVector());
        while (weights.size() > capacity) {
            stride *= 2;
            weights.keySet().removeIf(e -> !kept(e));
        }
    }

    private boolean kept(int epoch) {
        return epoch <= denseEpochs || epoch % stride == 0;
    }

    /** The epochs held, oldest first. */
    public int[] epochs() {
        return weights.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    public boolean has(int epoch) {
        return weights.containsKey(epoch);
    }

    /** Bytes of weights held. */
    public long bytes() {
        long total = 0;
        for (float[] w : weights.values()) {
            total += (long) w.length * Float.BYTES;
        }
        return total;
    }

    /**
     * The model with the weights of {@code epoch}: one spare model of {@code live}'s structure, made on first use and
     * reused, so that scrubbing allocates nothing. Valid until the next call.
     *
     * @throws IllegalArgumentException when that epoch is not held
     */
    public Vae modelAt(int epoch, Vae live) {
        float[] w = weights.get(epoch);
        if (w == null) {
            throw new IllegalArgumentException("no checkpoint of epoch " + epoch);
        }
        if (spare == null) {
            spare = Vae.fromSnapshot(live.snapshot(), DataType.FLOAT);
        }
        spare.parameters().assign(Nd4j.createFromArray(w));
        return spare;
    }

    /** Forgets the checkpoints after {@code epoch}: training goes on from there as a new branch. */
    public void dropAfter(int epoch) {
        Map<Integer, float[]> later = weights.tailMap(epoch, false);
        later.clear();
    }
}
