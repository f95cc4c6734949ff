package org.vaeexplorer.viewmodel;

import java.lang.ref.WeakReference;

/** Makes the collector run until an object nobody refers to is gone, for tests of what must survive it. */
final class Garbage {
    private Garbage() {
    }

    static void collect() throws InterruptedException {
        WeakReference<Object> canary = new WeakReference<>(new Object());
        for (int i = 0; i < 100 && canary.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        if (canary.get() != null) {
            throw new IllegalStateException("the collector did not run");
        }
    }
}
