package org.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.model.files.ModelFile;

/**
 * Hostile inputs (issue 15, items 3 and 7): a device would be read without end and a pipe would block, so every
 * input must be a regular file, refused at once with one line otherwise; a cut gzip file says so; labels that look
 * like spreadsheet formulas are written as text.
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
        // A folder is read as a folder of images (0028): one without pictures says so.
        CliRun.of("train", "--data", dir.toString()).assertOneLineError("holds no PNG or JPEG pictures");
        assertFalse(ModelFile.looksLikeModel(pipe), "the window's check does not wait on a pipe");
    }

    @Test
    void aCutGzipFileSaysSoInsteadOfNull() throws Exception {
        Path gz = dir.resolve("two-bytes.idx.gz");
        java.nio.file.Files.write(gz, new byte[] {0x1f, (byte) 0x8b});

        CliRun.of("train", "--data", gz.toString()).assertOneLineError("is a gzip file cut short inside its header");
    }

    @Test
    void labelsThatLookLikeSpreadsheetFormulasAreWrittenAsText() {
        // Quoted because of its quotes, which double inside, and prefixed so that no spreadsheet runs it.
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvOutput.quote("=HYPERLINK(\"x\")"));
        assertEquals("'@cmd", CsvOutput.quote("@cmd"));
        assertEquals("'+1", CsvOutput.quote("+1"));
        assertEquals("cat", CsvOutput.quote("cat"));
    }
}
