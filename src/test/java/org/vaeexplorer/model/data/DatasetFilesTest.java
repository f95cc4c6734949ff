package org.vaeexplorer.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and IDX files: what loads, and that every malformed file is refused with its name, place and problem. */
class DatasetFilesTest {
    @TempDir
    Path dir;

    private Path text(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private DataFormatException csvError(String content, String labelColumn) throws IOException {
        Path p = text("bad.csv", content);
        return assertThrows(DataFormatException.class, () -> CsvReader.read(p, labelColumn));
    }

    @Test
    void readsCsvWithHeaderAndNamedLabelColumn() throws Exception {
        Dataset d = DatasetCatalog.load(text("iris.csv", "a,b,species\n1,2,setosa\n3.5,-4e-1,virginica\n"
                + "\n5,6,setosa\n"), null, "species");
        assertEquals(3, d.rows());
        assertEquals(2, d.cols());
        assertEquals(List.of("a", "b"), d.featureNames());
        assertEquals(List.of("setosa", "virginica"), d.classNames());
        assertEquals(1, d.label(1));
        assertEquals(-0.4f, d.value(1, 1), 1e-7);
        assertEquals("iris", d.name());
    }

    @Test
    void readsSemicolonAndTabWithoutHeaderAndNumericLabelsInNumericOrder() throws Exception {
        Dataset semi = CsvReader.read(text("s.csv", "1;2;10\n3;4;9\n5;6;10\n"), "3");
        assertEquals(List.of("9", "10"), semi.classNames());
        assertEquals(1, semi.label(0));
        assertEquals(List.of("column 1", "column 2"), semi.featureNames());
        Dataset tab = CsvReader.read(text("t.tsv", "\uFEFFx\ty\r\n1\t2\r\n3\t4\r\n"), null);
        assertEquals(2, tab.rows());
        assertNull(tab.imageShape());
        assertEquals(4f, tab.value(1, 1));
    }

    @Test
    void namesLineAndColumnOfEveryCsvProblem() throws Exception {
        assertEquals("line 3", csvError("a,b\n1,2\n3\n", null).location());
        assertTrue(csvError("a,b\n1,2\n3\n", null).problem().contains("has 1 fields"));
        DataFormatException word = csvError("a,b\n1,2\n3,x7\n", null);
        assertEquals("line 3, column 2 ('b')", word.location());
        assertTrue(word.getMessage().startsWith("bad.csv, line 3"));
        assertTrue(csvError("a,b\n1,NaN\n", null).problem().contains("the value is missing ('NaN')"));
        assertTrue(csvError("a,b\n1,\n", null).problem().contains("missing"));
        assertTrue(csvError("a,b\n1,inf\n", null).problem().contains("missing and infinite values"));
        // Decimal commas are read when semicolons separate the fields (CsvImportTest); a point among them is not.
        DataFormatException comma = csvError("a;b\n0,12;-1,2\n0.5;1,5\n", null);
        assertEquals("line 2, column 1 ('a')", comma.location());
        assertTrue(comma.problem().contains("use a point as the decimal separator"), comma.problem());
        assertTrue(csvError("a;b\n1.5;2\n3;0,5\n", null).problem().contains("use a point as the decimal separator"),
                "a decimal comma after point-decimal rows gets the hint");
        assertTrue(csvError("", null).problem().contains("empty"));
        assertTrue(csvError("\n\n  \n", null).problem().contains("empty"));
        assertTrue(csvError("a,b\n", null).problem().contains("no data rows"));
        assertTrue(csvError("a,b\n1,2\n", "c").problem().contains("no column named 'c'"));
        assertTrue(csvError("a,b\n1,2\n", "5").problem().contains("no column number 5"));
        assertTrue(csvError("a\n1\n", "a").problem().contains("no numeric column"));
        assertTrue(csvError("\"a,b\n1,2\n", null).problem().contains("quoted field"));
        assertTrue(csvError("a,b\n1,1e999\n", null).problem().contains("out of range"));
    }

    @Test
    void aMistypedFirstRowIsReportedNotTakenForAHeaderAndOnlyPlainNumbersCount() throws Exception {
        DataFormatException typo = csvError("1,2x\n3,4\n5,6\n", null);
        assertEquals("line 1, column 2 ('column 2')", typo.location());
        assertTrue(csvError("a,b\n0x1p3,2\n", null).problem().contains("not a number"));
        assertTrue(csvError("a,b\n1f,2\n", null).problem().contains("not a number"));
        assertTrue(csvError("a,b\n1e39,2\n", null).problem().contains("out of range"));
        assertTrue(csvError("a,b\n\u001b[31mred,2\n1,2\n", "zz").getMessage().indexOf('\u001b') < 0,
                "terminal escapes from the file are not echoed");
    }

    @Test
    void refusesBinaryAndMissingFiles() throws Exception {
        Path binary = dir.resolve("x.csv");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28, 0x41});
        assertTrue(assertThrows(DataFormatException.class, () -> CsvReader.read(binary, null)).problem()
                .contains("UTF-8"));
        DataFormatException missing = assertThrows(DataFormatException.class,
                () -> DatasetCatalog.load(dir.resolve("nope.csv"), null, null));
        assertTrue(missing.problem().contains("no such file"));
    }

    // ---- IDX ----

    private static byte[] idx(int type, int[] dims, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(0);
        out.writeByte(type);
        out.writeByte(dims.length);
        for (int d : dims) {
            out.writeInt(d);
        }
        out.write(payload);
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        return bytes.toByteArray();
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void readsRawAndGzipIdxImagesWithCompanionLabels() throws Exception {
        byte[] pixels = new byte[3 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 20);
        }
        byte[] images = idx(0x08, new int[] {3, 2, 2}, pixels);
        file("toy-images-idx3-ubyte.gz", gzip(images));
        file("toy-labels-idx1-ubyte.gz", gzip(idx(0x08, new int[] {3}, new byte[] {7, 2, 7})));
        Dataset d = DatasetCatalog.load(dir.resolve("toy-images-idx3-ubyte.gz"), null, null);
        assertEquals(3, d.rows());
        assertEquals(4, d.cols());
        assertEquals(new ImageShape(2, 2), d.imageShape());
        assertEquals(220 / 255f, d.value(2, 3), 1e-7);
        assertEquals(List.of("2", "7"), d.classNames());
        assertEquals(1, d.label(0));

        Dataset raw = IdxReader.read(file("plain.idx", images), null);
        assertArrayEquals(d.copyRows(0, 3), raw.copyRows(0, 3));
        assertTrue(!raw.hasLabels());
    }

    @Test
    void readsFloatIdxAsIs() throws Exception {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(payload);
        out.writeFloat(-2.5f);
        out.writeFloat(3.25f);
        Dataset d = IdxReader.read(file("f.idx", idx(0x0D, new int[] {1, 2}, payload.toByteArray())), null);
        assertArrayEquals(new float[] {-2.5f, 3.25f}, d.copyRows(0, 1));
    }

    /** Every element type, over more values than the reader converts at a time, each value where it belongs. */
    @Test
    void readsEveryElementTypeAcrossBlocks() throws Exception {
        int rows = 40_001;
        SplittableRandom random = new SplittableRandom(3);
        int[] types = {0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E};
        for (int type : types) {
            float[] expected = new float[rows];
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(payload);
            for (int i = 0; i < rows; i++) {
                int n = random.nextInt(-100_000, 100_000);
                switch (type) {
                    case 0x08 -> {
                        out.writeByte(n);
                        expected[i] = (n & 0xff) / 255f;
                    }
                    case 0x09 -> {
                        out.writeByte(n);
                        expected[i] = (byte) n;
                    }
                    case 0x0B -> {
                        out.writeShort(n);
                        expected[i] = (short) n;
                    }
                    case 0x0C -> {
                        out.writeInt(n);
                        expected[i] = n;
                    }
                    case 0x0D -> {
                        out.writeFloat(n / 7f);
                        expected[i] = n / 7f;
                    }
                    default -> {
                        out.writeDouble(n / 7.0);
                        expected[i] = (float) (n / 7.0);
                    }
                }
            }
            Dataset d = IdxReader.read(file("t" + type + ".idx.gz", gzip(idx(type, new int[] {rows},
                    payload.toByteArray()))), null);
            assertArrayEquals(expected, d.copyRows(0, rows), "type 0x" + Integer.toHexString(type));
        }
    }

    @Test
    void namesOffsetAndProblemOfEveryIdxProblem() throws Exception {
        byte[] good = idx(0x08, new int[] {2, 2, 2}, new byte[8]);
        DataFormatException truncated = assertThrows(DataFormatException.class,
                () -> IdxReader.read(file("t.idx", Arrays.copyOf(good, good.length - 3)), null));
        assertTrue(truncated.problem().contains("truncated"), truncated.getMessage());
        assertTrue(truncated.getMessage().startsWith("t.idx, byte offset 21"), truncated.getMessage());

        byte[] gz = gzip(good);
        DataFormatException cutGzip = assertThrows(DataFormatException.class,
                () -> IdxReader.read(file("g.idx.gz", Arrays.copyOf(gz, gz.length / 2)), null));
        assertTrue(cutGzip.problem().contains("truncated") || cutGzip.problem().contains("gzip"),
                cutGzip.getMessage());

        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.read(
                file("m.idx", new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), null)).problem().contains("not an IDX file"));
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.read(
                file("h.idx", new byte[] {0, 0, 8, 3, 0, 0}), null)).problem().contains("header"));
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.read(
                file("z.idx", idx(0x08, new int[] {0, 2}, new byte[0])), null)).problem().contains("at least 1"));
        DataFormatException liar = assertThrows(DataFormatException.class, () -> IdxReader.read(
                file("liar.idx", idx(0x0D, new int[] {10_000, 10_000}, new byte[8])), null));
        assertTrue(liar.problem().contains("truncated"), liar.getMessage());
        DataFormatException huge = assertThrows(DataFormatException.class, () -> IdxReader.read(
                file("huge.idx", idx(0x08, new int[] {1_000_000, 1_000_000}, new byte[4])), null));
        assertTrue(huge.problem().contains("more than"), huge.getMessage());
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.read(
                file("long.idx", idx(0x08, new int[] {2}, new byte[3])), null)).problem().contains("after"));

        ByteArrayOutputStream nan = new ByteArrayOutputStream();
        new DataOutputStream(nan).writeFloat(Float.NaN);
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.read(
                file("nan.idx", idx(0x0D, new int[] {1}, nan.toByteArray())), null)).problem().contains("finite"));

        Path images = file("i.idx", good);
        Path labels = file("l.idx", idx(0x08, new int[] {3}, new byte[3]));
        DataFormatException mismatch = assertThrows(DataFormatException.class, () -> IdxReader.read(images, labels));
        assertTrue(mismatch.problem().contains("has 3 labels"), mismatch.getMessage());
        Path wide = file("w.idx", idx(0x08, new int[] {2, 2}, new byte[4]));
        assertTrue(assertThrows(DataFormatException.class, () -> IdxReader.read(images, wide)).problem()
                .contains("one-dimensional"));
    }

    @Test
    void aLabelsFileOfTheWrongCountIsRefusedFromItsHeaderBeforeItsLabelsAreRead() throws Exception {
        Path images = file("i.idx", idx(0x08, new int[] {2, 2, 2}, new byte[8]));
        // The header promises 100 million labels, but only four bytes follow: reading them would say "truncated".
        Path labels = file("big-labels.idx", idx(0x08, new int[] {100_000_000}, new byte[4]));
        DataFormatException e = assertThrows(DataFormatException.class, () -> IdxReader.read(images, labels));
        assertTrue(e.problem().contains("has 100000000 labels but i.idx has 2 rows"), e.getMessage());
    }

    @Test
    void anUnreadableFileSaysWhy() throws Exception {
        assertEquals("permission denied (ask for read access or copy the file somewhere readable)",
                InputFiles.reason(new java.nio.file.AccessDeniedException("/x/d.csv")));
        assertEquals("no such file", InputFiles.reason(new java.nio.file.NoSuchFileException("/x/d.csv")));
        assertEquals("Is a directory", InputFiles.reason(new java.nio.file.FileSystemException("/x", null,
                "Is a directory")));
        DataFormatException folder = assertThrows(DataFormatException.class,
                () -> DatasetCatalog.load(dir, null, null));
        assertTrue(folder.problem().contains("folder"), folder.getMessage());
        Path secret = file("secret.csv", "a,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(secret.toFile().setReadable(false, false));
        // Root reads every file whatever its mode: the refusal can only be seen as another user.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(secret), "running as root");
        DataFormatException denied = assertThrows(DataFormatException.class,
                () -> DatasetCatalog.load(secret, null, null));
        assertTrue(denied.problem().contains("permission denied"), denied.getMessage());
    }

    @Test
    void bundledImageSetsLoadWithTheirClasses() throws Exception {
        Dataset mnist = DatasetCatalog.builtIn("mnist-10k", 0, Double.NaN, 0);
        assertEquals(10_000, mnist.rows());
        assertEquals(784, mnist.cols());
        assertEquals(new ImageShape(28, 28), mnist.imageShape());
        float[] range = mnist.valueRange();
        assertEquals(0f, range[0]);
        assertEquals(1f, range[1]);
        Dataset fashion = DatasetCatalog.builtIn("fashion-mnist", 0, Double.NaN, 0);
        assertEquals(10_000, fashion.rows());
        assertEquals("Ankle boot", fashion.classNames().get(9));
    }
}
