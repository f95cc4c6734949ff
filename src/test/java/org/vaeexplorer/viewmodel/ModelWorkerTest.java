package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.Trainer;

/**
 * The model thread's owner, on a queue that the test runs by hand: which work runs where, and how often.
 */
class ModelWorkerTest {
    private final Queue<Runnable> modelQueue = new ArrayDeque<>();
    private final ModelWorker worker = new ModelWorker(modelQueue::add);
    private final List<String> ran = new ArrayList<>();

    private void runQueue() {
        for (Runnable job = modelQueue.poll(); job != null; job = modelQueue.poll()) {
            job.run();
        }
    }

    /** A request after the window closed and its model thread stopped is dropped; one before is an error. */
    @Test
    void workAskedForAfterTheWindowClosedIsDropped() throws InterruptedException {
        java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        ModelWorker closingWorker = new ModelWorker(thread);
        thread.shutdown();
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.RejectedExecutionException.class,
                () -> closingWorker.run(() -> ran.add("late")), "a stopped thread while the window is open is a bug");
        closingWorker.close();
        closingWorker.run(() -> ran.add("late"));
        closingWorker.<String>newestRequest(ran::add, false).submit("probe");
        assertTrue(thread.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(ran.isEmpty());
    }

    @Test
    void anUrgentJobRunsOnceAtTheFirstYieldPoint() {
        worker.soon(() -> ran.add("save"));
        worker.yieldPoint().yieldNow();
        assertEquals(List.of("save"), ran);
        worker.yieldPoint().yieldNow();
        runQueue();
        assertEquals(List.of("save"), ran, "its own queued job finds it done");
    }

    @Test
    void anUrgentJobRunsOnceInItsTurnWhenNothingYields() {
        worker.run(() -> ran.add("load"));
        worker.soon(() -> ran.add("save"));
        runQueue();
        worker.yieldPoint().yieldNow();
        assertEquals(List.of("load", "save"), ran);
    }

    @Test
    void urgentJobsRunBetweenTheMinibatchesOfAnEpoch() {
        VaeConfig config = VaeConfig.defaults().withEpochs(2);
        Trainer trainer = Trainer.create(config, ToyDataset.MOONS.generate(400, 0.1, 0));
        assertTrue(400 > 2 * config.batchSize(), "each epoch has minibatches to yield between");
        worker.run(() -> trainer.train(2, report -> {
            ran.add("epoch " + report.epoch());
            if (report.epoch() == 1) {
                // As if the user saved while the first epoch ended: the job must not wait for the second.
                worker.soon(() -> ran.add("save"));
            }
        }, worker.yieldPoint()));
        runQueue();
        assertEquals(List.of("epoch 1", "save", "epoch 2"), ran, "run inside the training job, once");
    }

    @Test
    void aRequestServesOnlyItsNewestValueOnce() {
        List<Integer> served = new ArrayList<>();
        NewestRequest<Integer> request = worker.newestRequest(served::add, false);
        request.submit(1);
        request.submit(2);
        request.submit(3);
        assertEquals(1, modelQueue.size(), "one job for the three");
        worker.yieldPoint().yieldNow();
        assertEquals(List.of(), served, "not served at yield points");
        runQueue();
        assertEquals(List.of(3), served);
        request.serveAgain();
        assertEquals(List.of(3, 3), served, "again for new weights");
        request.clear();
        request.serveAgain();
        assertEquals(List.of(3, 3), served, "a withdrawn request is not served");
    }

    @Test
    void aRequestServedAtYieldPointsIsNotServedTwice() {
        List<Integer> served = new ArrayList<>();
        NewestRequest<Integer> probe = worker.newestRequest(served::add, true);
        probe.submit(7);
        worker.yieldPoint().yieldNow();
        assertEquals(List.of(7), served, "served while long work runs");
        runQueue();
        assertEquals(List.of(7), served, "its queued job finds nothing new");
        probe.submit(8);
        runQueue();
        assertEquals(List.of(7, 8), served);
    }
}
