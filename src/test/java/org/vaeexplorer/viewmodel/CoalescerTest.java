package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Values published faster than the UI takes them: one hand-over pending, newest value (or every value) wins. */
class CoalescerTest {

    @Test
    void keepsOnlyTheNewestValueAndSchedulesOnce() {
        Queue<Runnable> ui = new ArrayDeque<>();
        List<Integer> seen = new ArrayList<>();
        Coalescer<Integer> coalescer = new Coalescer<>(ui::add, seen::add);
        for (int i = 0; i < 100; i++) {
            coalescer.publish(i);
        }
        assertEquals(1, ui.size());
        ui.poll().run();
        assertEquals(List.of(99), seen);
        coalescer.publish(100);
        assertEquals(1, ui.size());
    }

    @Test
    void batcherDeliversEveryValueInOrderInOneHandOver() {
        Queue<Runnable> ui = new ArrayDeque<>();
        List<List<Integer>> seen = new ArrayList<>();
        Batcher<Integer> batcher = new Batcher<>(ui::add, seen::add);
        for (int i = 0; i < 5; i++) {
            batcher.add(i);
        }
        assertEquals(1, ui.size());
        ui.poll().run();
        assertEquals(List.of(List.of(0, 1, 2, 3, 4)), seen);
    }
}
