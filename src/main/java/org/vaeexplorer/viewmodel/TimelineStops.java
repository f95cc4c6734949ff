package org.vaeexplorer.viewmodel;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The epochs the timeline can stop at: the held ones before the live epoch, oldest first, then the live one. Made as
 * every epoch ends, over the held epochs' array, which it shares and never changes: a list of boxed epochs made anew
 * each time was most of what a small model's epoch left for the collector.
 */
final class TimelineStops extends AbstractList<Integer> implements RandomAccess {
    private final int[] held;
    private final int past;
    private final int live;

    /** @param held the epochs held, ascending (not changed afterwards) */
    TimelineStops(int[] held, int live) {
        this.held = held;
        int at = Arrays.binarySearch(held, live);
        this.past = at >= 0 ? at : -at - 1;
        this.live = live;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index > past) {
            throw new IndexOutOfBoundsException(index);
        }
        return index < past ? held[index] : live;
    }

    @Override
    public int size() {
        return past + 1;
    }

    /** As a list's, but without boxing every epoch: the timeline's change listeners compare the stops each epoch. */
    @Override
    public boolean equals(Object other) {
        if (other instanceof TimelineStops that) {
            return live == that.live && past == that.past && Arrays.equals(held, 0, past, that.held, 0, past);
        }
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
