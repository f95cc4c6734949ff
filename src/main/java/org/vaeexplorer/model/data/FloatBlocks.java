package org.vaeexplorer.model.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Floats appended as they are read, kept in blocks so that growing never copies what is there (a doubling array
 * holds three times the data while it grows). {@link #toArray()} then holds the data twice, once, plus a block.
 */
final class FloatBlocks {
    /**
     * Blocks are a power of two bytes less this many floats (64 bytes, room for the array's header): the JVM's
     * default collector (G1) gives a large array whole regions of a power of two bytes, and a 4 MB array plus its
     * header would take five 1 MB regions, a quarter more than the data.
     */
    private static final int HEADER_ROOM = 16;
    private static final int FIRST_BLOCK = (1 << 12) - HEADER_ROOM;
    private static final int LARGEST_BLOCK = (1 << 20) - HEADER_ROOM;
    private final List<float[]> full = new ArrayList<>();
    private float[] current = new float[FIRST_BLOCK];
    private int used;
    private long size;

    /** Appends {@code values[0, count)}. */
    void append(float[] values, int count) {
        int done = 0;
        while (done < count) {
            if (used == current.length) {
                full.add(current);
                current = new float[Math.min(LARGEST_BLOCK, 2 * (current.length + HEADER_ROOM) - HEADER_ROOM)];
                used = 0;
            }
            int n = Math.min(count - done, current.length - used);
            System.arraycopy(values, done, current, used, n);
            used += n;
            done += n;
        }
        size += count;
    }

    long size() {
        return size;
    }

    /** All the floats in one array; the blocks are let go as they are copied, and this is left empty. */
    float[] toArray() {
        float[] all = new float[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < full.size(); i++) {
            float[] block = full.get(i);
            System.arraycopy(block, 0, all, at, block.length);
            at += block.length;
            full.set(i, null);
        }
        System.arraycopy(current, 0, all, at, used);
        full.clear();
        current = new float[FIRST_BLOCK];
        used = 0;
        size = 0;
        return all;
    }
}
