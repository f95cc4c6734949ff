package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.files.ModelFile;

/**
 * Special files as inputs (issue 15, item 3): a device would be read without end and a pipe would block, so every
 * input must be a regular file, refused at once with one line otherwise.
 */
class InputSafetyTest {
    @TempDir
    Path dir;

    @Test
    void devicesAndPipesAreRefusedAtOnce() throws Exception {
        Path pipe = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());

        CliRun.of("sample", "--model", "/dev/zero").assertOneLineError("zero: is not a regular file");
        CliRun.of("sample", "--model", pipe.toString()).assertOneLineError("pipe: is not a regular file");
        CliRun.of("train", "--data", pipe.toString()).assertOneLineError("pipe: is not a regular file");
        CliRun.of("lesson", "check", pipe.toString()).assertOneLineError("pipe: is not a regular file");
        CliRun.of("train", "--data", dir.toString()).assertOneLineError("is a folder");
        assertFalse(ModelFile.looksLikeModel(pipe), "the window's check does not wait on a pipe");
    }
}
