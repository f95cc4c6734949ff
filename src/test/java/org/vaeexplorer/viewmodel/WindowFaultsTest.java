package org.vaeexplorer.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.settings.VaeConfig;

/**
 * The window under faults (issue 15): Open, a dropped file and the launcher's argument all come to
 * {@link MainViewModel#openFile}; a hostile file, a data file that vanishes, a save that cannot be written, each
 * leaves data, model and chart as they were and says what went wrong, naming the file.
 */
class WindowFaultsTest {
    private static final Executor NOW = Runnable::run;
    @TempDir
    Path dir;
    private MainViewModel main;

    @BeforeEach
    void trainOnAFile() throws Exception {
        main = new MainViewModel(NOW, NOW);
        main.settings().field("hidden").textProperty().set("8");
        Path csv = dir.resolve("points.csv");
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < 120; i++) {
            text.append(Math.sin(i)).append(',').append(Math.cos(0.3 * i)).append('\n');
        }
        Files.writeString(csv, text);
        main.openFile(csv);
        main.training().step();
    }

    /** What the window shows, to compare before and after a fault. */
    private record State(DataSnapshot data, VaeConfig model, int epochs, LatentSnapshot latent) {
    }

    private State state() {
        return new State(main.data().dataProperty().get(), main.training().modelConfigProperty().get(),
                main.training().reports().size(), main.exploration().latentProperty().get());
    }

    private void assertRefusedNaming(State before, String fragment) {
        Notice notice = main.noticeProperty().get();
        assertNotNull(notice, "a notice for " + fragment);
        assertTrue(notice.error(), notice.text());
        assertTrue(notice.text().contains(fragment), notice.text());
        assertFalse(notice.text().contains(".part"), "the temporary file is none of the user's business: "
                + notice.text());
        assertFalse(notice.text().contains("Exception"), notice.text());
        assertEquals(before, state(), "the session is as it was after " + fragment);
        main.dismissNotice();
    }

    @Test
    void hostileFilesAreRefusedAndTheSessionStays() throws Exception {
        State before = state();
        Path model = dir.resolve("good.vae");
        main.training().saveModel(model);
        byte[] bytes = Files.readAllBytes(model);
        main.dismissNotice();

        Path truncated = Files.write(dir.resolve("truncated.vae"), Arrays.copyOf(bytes, bytes.length / 2));
        main.openFile(truncated);
        assertRefusedNaming(before, "truncated.vae");

        Path liar = Files.write(dir.resolve("liar.vaelesson"), "PK\u0003\u0004 but nothing of a lesson".getBytes());
        main.openFile(liar);
        assertRefusedNaming(before, "liar.vaelesson");

        Path junk = Files.writeString(dir.resolve("junk.csv"), "a,b\n1,2\n\u0000\u0001garbage,,,\n");
        main.openFile(junk);
        assertRefusedNaming(before, "junk.csv");

        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        main.openFile(empty);
        assertRefusedNaming(before, "empty.csv");

        main.openFile(dir);
        assertRefusedNaming(before, dir.getFileName().toString());

        main.openFile(dir.resolve("gone.csv"));
        assertRefusedNaming(before, "gone.csv");
    }

    @Test
    void theRootFolderAsTheLauncherArgumentIsRefused() {
        State before = state();
        main.openFile(dir.getRoot());
        assertRefusedNaming(before, "/");
    }

    /** A folder dropped or passed to the launcher is read as File ▸ Open folder reads it: its options asked first. */
    @Test
    void aFolderAsTheLauncherArgumentGoesToTheFolderDialog() throws Exception {
        State before = state();
        Path pictures = Files.createDirectory(dir.resolve("pictures"));
        main.openFile(pictures);
        assertRefusedNaming(before, "pictures");

        java.util.List<Path> asked = new java.util.ArrayList<>();
        main.showFoldersWith(asked::add);
        main.openFile(pictures);
        assertEquals(java.util.List.of(pictures), asked);
        assertEquals(null, main.noticeProperty().get());
        main.openFile(dir.getRoot());
        assertRefusedNaming(before, "/");
        assertEquals(1, asked.size(), "the root folder is no folder of pictures");
    }

    /** Double-clicking a file that was moved since, or a launcher passed a path that is gone. */
    @Test
    void aMissingPathAsTheLauncherArgumentIsNamedAndNotRemembered() {
        State before = state();
        Path gone = dir.resolve("moved-away.vaelesson");
        main.openFile(gone);
        assertTrue(main.noticeProperty().get().text().contains(gone.toString()), main.noticeProperty().get().text());
        assertRefusedNaming(before, "moved-away.vaelesson");
        assertFalse(main.recent().files().contains(gone), "a path that opened nothing is not offered again");
    }

    @Test
    void aSpecialFileIsRefused() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a platform with /dev/zero");
        State before = state();
        main.openFile(zero);
        assertRefusedNaming(before, "zero");
    }

    @Test
    void aDataFileThatVanishesWhileOpenDoesNotHarmTheSession() throws Exception {
        Files.delete(dir.resolve("points.csv"));
        State before = state();
        main.training().step();
        assertEquals(before.epochs() + 1, main.training().reports().size(), "training goes on from memory");
        Path lesson = dir.resolve("after.vaelesson");
        main.lesson().save(lesson);
        Notice notice = main.noticeProperty().get();
        assertNotNull(notice);
        assertTrue(!notice.error() || notice.text().contains("points.csv"), notice.text());
        assertSame(before.data(), main.data().dataProperty().get());
    }

    @Test
    void aSaveThatCannotBeWrittenSaysSoAndKeepsTheSession() throws Exception {
        State before = state();
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "a file, not a folder");
        main.training().saveModel(notAFolder.resolve("model.vae"));
        assertTrue(main.noticeProperty().get().text().endsWith("Not a directory"), main.noticeProperty().get().text());
        assertRefusedNaming(before, "model.vae");

        main.lesson().save(notAFolder.resolve("lesson.vaelesson"));
        assertRefusedNaming(before, "lesson.vaelesson");

        Path readOnlyFileSystem = Path.of("/proc/model.vae");
        if (Files.isDirectory(Path.of("/proc"))) {
            main.training().saveModel(readOnlyFileSystem);
            assertTrue(main.noticeProperty().get().text().contains("does not accept new files"),
                    main.noticeProperty().get().text());
            assertRefusedNaming(before, "model.vae");
        }
    }

    /**
     * A save onto a full disk: needs a folder on a file system with no room, named by the system property
     * {@code vaeexplorer.test.fullFolder} (as root: {@code mount -t tmpfs -o size=64k tmpfs DIR}); skipped otherwise.
     */
    @Test
    void aSaveOntoAFullDiskKeepsTheOldFileAndTheSession() throws Exception {
        String full = System.getProperty("vaeexplorer.test.fullFolder");
        org.junit.jupiter.api.Assumptions.assumeTrue(full != null, "no full folder given");
        Path folder = Path.of(full);
        Path model = folder.resolve("model.vae");
        Files.writeString(model, "the old file");
        try (var filler = Files.newOutputStream(folder.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                filler.write(block);
            }
        } catch (java.io.IOException e) {
            // The disk is full now.
        }
        State before = state();
        main.training().saveModel(model);
        assertTrue(main.noticeProperty().get().text().contains("No space left"), main.noticeProperty().get().text());
        assertRefusedNaming(before, "model.vae");
        assertEquals("the old file", Files.readString(model));
        try (var left = Files.list(folder)) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }
        Files.delete(folder.resolve("filler"));
    }

    /**
     * Quitting during a save: the window asks training to stop and gives the model thread up to 10 s to finish the
     * save it was asked for (VaeExplorerApp.stop); the file is then whole and opens, and no temporary file is left.
     */
    @Test
    void closingDuringASaveLeavesAWholeFile() throws Exception {
        // As in the window: the view model lives on one UI thread, the model work on another.
        ExecutorService ui = Executors.newSingleThreadExecutor();
        ExecutorService modelThread = Executors.newSingleThreadExecutor();
        MainViewModel window = ui.submit(() -> new MainViewModel(ui, modelThread)).get();
        ui.submit(() -> {
            window.settings().field("hidden").textProperty().set("64,64");
            window.data().pointsProperty().set("500");
            window.data().datasetChoiceProperty().set(window.data().datasetChoices().stream()
                    .filter(c -> c.id().equals("moons")).findFirst().orElseThrow());
        }).get();
        awaitOn(ui, () -> window.training().canRunProperty().get());
        ui.submit(() -> window.training().train()).get();
        awaitOn(ui, () -> window.training().reports().size() >= 2);
        Path file = dir.resolve("closing.vae");
        ui.submit(() -> {
            window.training().saveModel(file);
            window.shutdown();
        }).get();
        modelThread.shutdown();
        assertTrue(modelThread.awaitTermination(10, TimeUnit.SECONDS));
        ui.shutdown();
        assertEquals(64, org.vaeexplorer.model.files.ModelFile.load(file).config().hiddenLayers().get(0));
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".part")));
        }
    }

    private static void awaitOn(ExecutorService ui, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!ui.submit(condition).get()) {
            assertTrue(System.nanoTime() < until, "waited 30 s");
            Thread.sleep(20);
        }
    }

    /** Two windows saving the same file: the one whose file was replaced meanwhile is told once, not overwriting. */
    @Test
    void aSaveOverAnotherWindowsFileIsToldOnce() throws Exception {
        Path file = dir.resolve("shared.vae");
        main.training().saveModel(file);
        main.dismissNotice();
        MainViewModel other = new MainViewModel(NOW, NOW);
        other.settings().field("hidden").textProperty().set("5");
        other.openFile(dir.resolve("points.csv"));
        other.training().step();
        other.training().saveModel(file);
        assertFalse(other.noticeProperty().get().error(), "the later save of a window that never had it wins");
        State before = state();
        main.training().saveModel(file);
        assertRefusedNaming(before, "shared.vae");
        assertEquals(5, org.vaeexplorer.model.files.ModelFile.load(file).config().hiddenLayers().get(0));
        main.training().saveModel(file);
        assertFalse(main.noticeProperty().get().error(), main.noticeProperty().get().text());
        assertEquals(8, org.vaeexplorer.model.files.ModelFile.load(file).config().hiddenLayers().get(0));
    }
}
