package org.vaeexplorer.model.training;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.vaeexplorer.model.network.Vae;

/**
 * A model's weights at past epochs, in bounded memory: every epoch of a dense head (the first epochs, where the
 * latent space changes most), then later epochs at a stride that doubles whenever the store is full, which drops
 * every other later checkpoint. Weights only, as float32 (the model's own precision, so a past model decodes
 * exactly as it did then); no optimiser state. The weights are kept outside the Java heap, in an unnamed temporary
 * file ({@link CheckpointSlots}), so that filling the timeline neither grows the process's resident memory nor
 * crowds the collector. Not thread-safe: the model thread owns it.
 */
public final class WeightTimeline {
    /** At most this many checkpoints, whatever the model's size. */
    public static final int MAX_CHECKPOINTS = 200;
    /** At most this much room for the weights: it caps big models (the MNIST preset, 3.1 MB each: 83). */
    public static final long BUDGET_BYTES = 256L << 20;
    /** Every epoch is kept up to this one, or up to half the capacity if that is smaller. */
    public static final int DENSE_EPOCHS = 50;
    /** Even a model too big for the budget keeps a few. */
    private static final int MIN_CHECKPOINTS = 8;

    private final Path folder;
    /** Each epoch held and the slot that holds its weights. */
    private final TreeMap<Integer, Integer> slotOf = new TreeMap<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    /** Made at the first checkpoint of a model, when its size is known; {@code null} before. */
    private CheckpointSlots slots;
    private int floatsPerCheckpoint;
    private int capacity = MAX_CHECKPOINTS;
    private int denseEpochs = DENSE_EPOCHS;
    private int stride = 1;
    /** Holds the weights of the epoch shown, or {@code null} until one is. */
    private Vae spare;
    /** The weights of the epoch shown, read back from their slot; reused. */
    private float[] shownWeights;
    /** Counts the changes to the epochs held. */
    private int changes;

    /** A timeline whose weights go to a temporary file in the system's temporary folder. */
    public WeightTimeline() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A timeline whose weights go to a temporary file in {@code folder} (or stay in memory if none can be made). */
    public WeightTimeline(Path folder) {
        this.folder = folder;
    }

    /** Forgets every checkpoint: a new model starts. */
    public void clear() {
        changes++;
        slotOf.clear();
        freeSlots.clear();
        if (slots != null) {
            slots.close();
            slots = null;
        }
        stride = 1;
        spare = null;
        shownWeights = null;
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
        if (slots == null) {
            capacity = capacityFor(model.parameterCount());
            denseEpochs = Math.min(DENSE_EPOCHS, capacity / 2);
            floatsPerCheckpoint = Math.toIntExact(model.parameterCount());
            // One spare slot: a new checkpoint is written before thinning frees one.
            slots = CheckpointSlots.open(capacity + 1, floatsPerCheckpoint, folder);
            for (int slot = 0; slot <= capacity; slot++) {
                freeSlots.add(slot);
            }
        }
        if (!kept(epoch)) {
            return;
        }
        changes++;
        Integer replaced = slotOf.remove(epoch);
        if (replaced != null) {
            release(replaced);
        }
        int slot = freeSlots.pop();
        if (!slots.write(slot, floatsOf(model.parameters()))) {
            // The temporary folder's disk is full: this epoch is not kept, training goes on.
            release(slot);
            return;
        }
        slotOf.put(epoch, slot);
        while (slotOf.size() > capacity) {
            stride *= 2;
            slotOf.entrySet().removeIf(held -> {
                boolean drop = !kept(held.getKey());
                if (drop) {
                    release(held.getValue());
                }
                return drop;
            });
        }
    }

    /** The weights where they lie, or a copy if they are not a whole float vector (which training's always are). */
    private static FloatBuffer floatsOf(INDArray parameters) {
        if (parameters.dataType() == DataType.FLOAT && !parameters.isView()) {
            return parameters.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        return FloatBuffer.wrap(parameters.toFloatVector());
    }

    private void release(int slot) {
        slots.free(slot);
        freeSlots.push(slot);
    }

    private boolean kept(int epoch) {
        return epoch <= denseEpochs || epoch % stride == 0;
    }

    /** The epochs held, oldest first. */
    public int[] epochs() {
        return slotOf.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    /** Changes whenever the epochs held may have: a reader of {@link #epochs()} asks again only then. */
    public int changes() {
        return changes;
    }

    public boolean has(int epoch) {
        return slotOf.containsKey(epoch);
    }

    /** Bytes of weights held. */
    public long bytes() {
        return (long) slotOf.size() * floatsPerCheckpoint * Float.BYTES;
    }

    /** Whether the weights are in a temporary file (true) or, where none could be made, in the heap. */
    boolean inFile() {
        return slots != null && slots.inFile();
    }

    /**
     * The model with the weights of {@code epoch}: one spare model of {@code live}'s structure, made on first use and
     * reused, so that scrubbing allocates nothing. Valid until the next call.
     *
     * @throws IllegalArgumentException when that epoch is not held
     */
    public Vae modelAt(int epoch, Vae live) {
        Integer slot = slotOf.get(epoch);
        if (slot == null) {
            throw new IllegalArgumentException("no checkpoint of epoch " + epoch);
        }
        if (spare == null) {
            spare = Vae.fromSnapshot(live.snapshot(), DataType.FLOAT);
            shownWeights = new float[floatsPerCheckpoint];
        }
        slots.read(slot, shownWeights);
        spare.parameters().assign(Nd4j.createFromArray(shownWeights));
        return spare;
    }

    /** Forgets the checkpoints after {@code epoch}: training goes on from there as a new branch. */
    public void dropAfter(int epoch) {
        changes++;
        Map<Integer, Integer> later = slotOf.tailMap(epoch, false);
        later.values().forEach(this::release);
        later.clear();
    }
}
