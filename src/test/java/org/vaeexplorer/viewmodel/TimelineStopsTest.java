package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's stops: the held epochs before the live one, then the live one, as a plain list would have them. */
class TimelineStopsTest {
    @Test
    void heldEpochsBeforeTheLiveOneThenTheLiveOne() {
        int[] held = {1, 2, 3, 5, 8};
        assertEquals(List.of(1, 2, 3, 5, 8, 9), new TimelineStops(held, 9));
        assertEquals(List.of(1, 2, 3, 5, 8), new TimelineStops(held, 8), "the live epoch once, though it is held");
        assertEquals(List.of(1, 2, 3, 4), new TimelineStops(held, 4), "after going back, later epochs are not stops");
        assertEquals(List.of(0), new TimelineStops(new int[0], 0));
        assertEquals(7, new TimelineStops(held, 7).get(4));
        assertEquals(new TimelineStops(held, 4), new TimelineStops(new int[] {1, 2, 3, 9}, 4));
        assertEquals(new TimelineStops(held, 4).hashCode(), List.of(1, 2, 3, 4).hashCode());
        assertNotEquals(new TimelineStops(held, 4), new TimelineStops(held, 5));
        assertNotEquals(new TimelineStops(held, 9), new TimelineStops(new int[] {1, 2, 4, 5, 8}, 9));
        assertThrows(IndexOutOfBoundsException.class, () -> new TimelineStops(held, 4).get(4));
    }
}
