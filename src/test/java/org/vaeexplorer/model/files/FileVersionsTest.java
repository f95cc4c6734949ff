package org.vaeexplorer.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.data.Dataset;
import org.vaeexplorer.model.data.ToyDataset;
import org.vaeexplorer.model.network.VaeSnapshot;
import org.vaeexplorer.model.settings.VaeConfig;
import org.vaeexplorer.model.training.Trainer;

/** Two windows (two sessions) saving the same file: never a damaged file, never a silent overwrite of the other's. */
class FileVersionsTest {
    @TempDir
    Path dir;

    private static VaeSnapshot model(int hidden) {
        Dataset data = ToyDataset.PINWHEEL.generate(200, 0.3, 2);
        Trainer trainer = Trainer.create(VaeConfig.defaults().withHiddenLayers(List.of(hidden)).withLatentDim(2)
                .withHoldoutRows(0), data);
        trainer.train(1, r -> { });
        return trainer.model().snapshot();
    }

    @Test
    void aSaveOverAnotherSessionsVersionIsRefusedOnceThenAllowed() throws Exception {
        Path file = dir.resolve("shared.vae");
        FileVersions first = new FileVersions();
        FileVersions second = new FileVersions();
        VaeSnapshot mine = model(8);
        VaeSnapshot theirs = model(12);
        first.saveChecked(file, () -> ModelFile.save(mine, file));
        // The second window never opened the file: its save dialog asked before replacing, and the later save wins.
        second.saveChecked(file, () -> ModelFile.save(theirs, file));
        byte[] theirsOnDisk = Files.readAllBytes(file);

        FileVersions.ChangedOnDisk told = assertThrows(FileVersions.ChangedOnDisk.class,
                () -> first.saveChecked(file, () -> ModelFile.save(mine, file)));
        assertTrue(told.getMessage().contains("shared.vae"), told.getMessage());
        assertEquals(List.of(12), ModelFile.load(file).config().hiddenLayers(), "the other window's file stays");
        assertTrue(java.util.Arrays.equals(theirsOnDisk, Files.readAllBytes(file)));

        first.saveChecked(file, () -> ModelFile.save(mine, file));
        assertEquals(List.of(8), ModelFile.load(file).config().hiddenLayers(), "saving again, once told, replaces");
        second.remember(file);
        second.checkUnchanged(file);
    }

    @Test
    void aFileOpenedAndThenReplacedElsewhereIsNotSilentlyOverwritten() throws Exception {
        Path file = dir.resolve("opened.vae");
        ModelFile.save(model(8), file);
        FileVersions window = new FileVersions();
        window.remember(file);
        // Same size and, on a coarse clock, the same time: the new file's identity still tells them apart.
        ModelFile.save(ModelFile.load(file), file);
        assertThrows(FileVersions.ChangedOnDisk.class, () -> window.checkUnchanged(file));
    }

    @Test
    void concurrentSavesOfTwoSessionsAlwaysLeaveAWholeFile() throws Exception {
        Path file = dir.resolve("race.vae");
        List<VaeSnapshot> models = List.of(model(8), model(12));
        ModelFile.save(models.get(0), file);
        AtomicBoolean saving = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> windows = new java.util.ArrayList<>();
        for (VaeSnapshot m : models) {
            FileVersions session = new FileVersions();
            windows.add(new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 40; i++) {
                        try {
                            session.saveChecked(file, () -> ModelFile.save(m, file));
                        } catch (FileVersions.ChangedOnDisk e) {
                            // Told (whether the saves interleave is the scheduler's choice): the next one replaces.
                        }
                    }
                } catch (Exception | Error e) {
                    failures.add(e);
                }
            }));
        }
        Thread reader = new Thread(() -> {
            while (saving.get()) {
                try {
                    int hidden = ModelFile.load(file).config().hiddenLayers().get(0);
                    assertTrue(hidden == 8 || hidden == 12, "hidden " + hidden);
                    reads.incrementAndGet();
                } catch (Exception | Error e) {
                    failures.add(e);
                }
            }
        });
        windows.forEach(Thread::start);
        reader.start();
        start.countDown();
        for (Thread w : windows) {
            w.join();
        }
        saving.set(false);
        reader.join();
        assertTrue(failures.isEmpty(), () -> "a reader or a save failed: " + failures.peek());
        assertTrue(reads.get() > 0);
        ModelFile.load(file);
        try (var left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left");
        }
    }
}
