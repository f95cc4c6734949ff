package org.vaeexplorer.model.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Numbered slots of equal length for float32 weights, kept in a temporary file that has no name (it is unlinked as
 * soon as it is opened, so that it goes with the process, even one that is killed). The pages then belong to the
 * kernel's file cache, which can write them out and drop them when memory runs short, not to the Java heap: 256 MB
 * of MNIST checkpoints on the heap made the window's resident memory grow over a run's first 83 epochs and the
 * collector run ever more often (decision 0034). Where no temporary file can be made (a read-only temporary
 * folder), the slots are arrays in memory, as before. Not thread-safe: the model thread owns it.
 */
final class CheckpointSlots implements AutoCloseable {
    private final int floatsPerSlot;
    /** The unnamed file, or {@code null} when the slots are kept in {@link #inMemory}. */
    private final FileChannel file;
    private final float[][] inMemory;
    /** One slot's bytes on their way to or from the file, outside the heap and reused. */
    private final ByteBuffer transfer;

    private CheckpointSlots(int slots, int floatsPerSlot, FileChannel file) {
        this.floatsPerSlot = floatsPerSlot;
        this.file = file;
        this.inMemory = file == null ? new float[slots][] : null;
        this.transfer = file == null ? null
                : ByteBuffer.allocateDirect(floatsPerSlot * Float.BYTES).order(ByteOrder.nativeOrder());
    }

    /** {@code slots} slots of {@code floatsPerSlot} floats each, in a file in {@code folder} if one can be made. */
    static CheckpointSlots open(int slots, int floatsPerSlot, Path folder) {
        try {
            Path path = Files.createTempFile(folder, "vae-timeline-", ".weights");
            // DELETE_ON_CLOSE unlinks the name at once on Linux and macOS; elsewhere the file goes when it is closed.
            return new CheckpointSlots(slots, floatsPerSlot, FileChannel.open(path, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return new CheckpointSlots(slots, floatsPerSlot, null);
        }
    }

    /** Whether the slots are in a file (true) or, where none could be made, in the heap. */
    boolean inFile() {
        return file != null;
    }

    /**
     * Stores the first {@code floatsPerSlot} of {@code weights} (read from position 0; the buffer's own position is
     * left alone) in {@code slot}: from the model's native memory straight to the file, without a copy on the heap
     * (which was 3 MB of garbage an MNIST epoch).
     *
     * @return false when the file could not take them (a full disk): the slot then holds nothing usable
     */
    boolean write(int slot, FloatBuffer weights) {
        FloatBuffer source = weights.duplicate().position(0).limit(floatsPerSlot);
        if (file == null) {
            inMemory[slot] = new float[floatsPerSlot];
            source.get(inMemory[slot]);
            return true;
        }
        transfer.clear();
        transfer.asFloatBuffer().put(source);
        try {
            long at = offset(slot);
            while (transfer.hasRemaining()) {
                at += file.write(transfer, at);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The weights in {@code slot}, copied into {@code into}, which has {@code floatsPerSlot} elements. */
    void read(int slot, float[] into) {
        if (file == null) {
            System.arraycopy(inMemory[slot], 0, into, 0, floatsPerSlot);
            return;
        }
        transfer.clear();
        try {
            long at = offset(slot);
            while (transfer.hasRemaining()) {
                int n = file.read(transfer, at);
                if (n < 0) {
                    throw new IOException("checkpoint slot " + slot + " ends early");
                }
                at += n;
            }
        } catch (IOException e) {
            // The file was written by this process moments ago: only a failing disk gets here.
            throw new UncheckedIOException(e);
        }
        transfer.flip();
        transfer.asFloatBuffer().get(into, 0, floatsPerSlot);
    }

    /** Lets go of a slot's weights (in memory; a file's slot is simply written over later). */
    void free(int slot) {
        if (file == null) {
            inMemory[slot] = null;
        }
    }

    private long offset(int slot) {
        return (long) slot * floatsPerSlot * Float.BYTES;
    }

    /** Closes the file, whose space the system then takes back. */
    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                // Closing an unnamed file fails only if the descriptor is already gone: nothing is left to free.
            }
        }
    }
}
