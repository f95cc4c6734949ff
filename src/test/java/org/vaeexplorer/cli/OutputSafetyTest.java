package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.files.AtomicFiles;

/**
 * Outputs never destroy what they should not (issue 15): a link, a pipe or a device is refused rather than
 * replaced by a regular file, and a command does not write over one of its own inputs.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private Path fifo() throws Exception {
        Path pipe = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertEquals(0, p.waitFor());
        return pipe;
    }

    @Test
    void aLinkOrAPipeAsOutputIsRefusedAndLeftAsItWas() throws Exception {
        Path real = dir.resolve("real.vae");
        Files.writeString(real, "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.vae"), real);
        Path pipe = fifo();

        CliRun.of("train", "--data", "moons", "--epochs", "1", "--out", link.toString())
                .assertOneLineError("is not a regular file");
        CliRun.of("train", "--data", "moons", "--epochs", "1", "--out", pipe.toString())
                .assertOneLineError("is not a regular file");

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("keep me", Files.readString(real));
        assertTrue(Files.exists(pipe, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(pipe));
    }

    @Test
    void atomicSavesRefuseToReplaceALink() throws Exception {
        Path real = dir.resolve("real.vaelesson");
        Files.writeString(real, "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("link.vaelesson"), real);

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(link, out -> out.write(1)));

        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep me", Files.readString(real));
    }

    @Test
    void aSaveRemovesTheTemporaryFilesThatKilledSavesOfTheSameFileLeft() throws Exception {
        Path killed = Files.writeString(dir.resolve(".m.vae4711.part"), "half a model");
        Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() - AtomicFiles.STALE.toMillis() - 60_000));
        Path running = Files.writeString(dir.resolve(".m.vae4712.part"), "a save still running");
        Path other = Files.writeString(dir.resolve(".m.vae.notes.part"), "not one of ours");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(killed));

        AtomicFiles.write(dir.resolve("m.vae"), out -> out.write(42));

        assertFalse(Files.exists(killed), "the killed save's leftover is gone");
        assertTrue(Files.exists(running), "a recent one may belong to a save still running");
        assertTrue(Files.exists(other), "only NAME<digits>.part files are ours");
        assertEquals(1, Files.size(dir.resolve("m.vae")));
    }

    @Test
    void aCommandDoesNotWriteOverItsOwnInput() throws Exception {
        Path data = dir.resolve("d.csv");
        Files.writeString(data, "a,b\n0.1,0.9\n0.5,0.5\n0.2,0.3\n0.7,0.1\n");

        CliRun.of("train", "--data", data.toString(), "--epochs", "1", "--holdout", "0", "--out", data.toString())
                .assertOneLineError("is also --data");
        CliRun.of("train", "--data", data.toString(), "--epochs", "1", "--holdout", "0", "--out",
                dir.resolve(".").resolve("d.csv").toString()).assertOneLineError("is also --data");

        assertTrue(Files.readString(data).startsWith("a,b\n"), "the data is intact");
    }
}
