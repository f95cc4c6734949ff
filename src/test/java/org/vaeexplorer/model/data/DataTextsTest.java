package org.vaeexplorer.model.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.text.Texts;

/** A data file's common problems are told in the language in use, naming the file and the place. */
class DataTextsTest {
    @TempDir
    Path folder;

    @AfterEach
    void backToEnglish() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void csvProblemsInChinese() throws IOException {
        Path file = folder.resolve("points.csv");
        Files.writeString(file, "a,b\n1,2\n3,x\n");
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        DataFormatException e = assertThrows(DataFormatException.class, () -> CsvReader.read(file, null));
        assertTrue(e.getMessage().equals("points.csv, 第 3 行，第 2 列（“b”）: “x”不是一个数"), e.getMessage());
        Texts.use(Locale.ENGLISH);
        e = assertThrows(DataFormatException.class, () -> CsvReader.read(file, null));
        assertTrue(e.getMessage().equals("points.csv, line 3, column 2 ('b'): 'x' is not a number"), e.getMessage());
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        e = assertThrows(DataFormatException.class, () -> InputFiles.requireRegularFile(folder.resolve("no.csv")));
        assertTrue(e.getMessage().startsWith("no.csv: 没有这个文件"), e.getMessage());
    }

    @Test
    void rarerProblemsInBothLanguages() throws IOException {
        Path idx = folder.resolve("images.idx");
        Files.write(idx, new byte[] {0, 0, 8, 1, 0, 0, 0, 0});
        Path csv = folder.resolve("points.csv");
        Files.writeString(csv, "a,b\n1,2\n");
        Texts.use(Locale.SIMPLIFIED_CHINESE);
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.read(idx, null));
        assertTrue(e.getMessage().equals("images.idx, 字节偏移 4: 第 1 个维度是 0；它至少应为 1"), e.getMessage());
        e = assertThrows(DataFormatException.class, () -> CsvReader.read(csv, "9"));
        assertTrue(e.getMessage().equals("points.csv: 没有第 9 列（列的编号为 1 到 2）"), e.getMessage());
        Texts.use(Locale.ENGLISH);
        e = assertThrows(DataFormatException.class, () -> IdxReader.read(idx, null));
        assertTrue(e.getMessage().equals("images.idx, byte offset 4: dimension 1 is 0; it must be at least 1"),
                e.getMessage());
        e = assertThrows(DataFormatException.class, () -> CsvReader.read(csv, "9"));
        assertTrue(e.getMessage().equals("points.csv: has no column number 9 (columns are numbered 1 to 2)"),
                e.getMessage());
    }
}
