package org.vaeexplorer.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's two ways through a line — straight from its characters, or split into fields when it has quotes,
 * gaps or a problem — give the same data, lines are found however they fall across reads, and what goes wrong is
 * said as before.
 */
class CsvReaderTest {
    @TempDir
    Path dir;

    private Path text(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static CsvImport choice(char delimiter, boolean comma, String roles, CsvImport.Missing missing) {
        List<ColumnRole> list = new ArrayList<>();
        for (char c : roles.toCharArray()) {
            list.add(c == 'F' ? ColumnRole.FEATURE : c == 'L' ? ColumnRole.LABEL : ColumnRole.IGNORED);
        }
        return new CsvImport(new CsvFormat(delimiter, true, comma), list, missing, null);
    }

    private static float[] values(Dataset d) {
        float[] all = new float[d.rows() * d.cols()];
        for (int r = 0; r < d.rows(); r++) {
            for (int c = 0; c < d.cols(); c++) {
                all[r * d.cols() + c] = d.value(r, c);
            }
        }
        return all;
    }

    @Test
    void quotedAndPlainLinesGiveTheSameValuesAndLabels() throws Exception {
        String plain = "x,y,id,class\n1.5,-2e-3,7,a\n0.1, 3 ,8, b \n1e10,4.,9,a\n";
        String quoted = "x,y,id,class\n\"1.5\",-2e-3,\"7\",a\n0.1, 3 ,8,\" b \"\n1e10,\"4.\",\"9\",\"a\"\n";
        CsvImport choice = choice(',', false, "FFIL", CsvImport.Missing.REFUSE);
        Dataset a = CsvReader.read(text("plain.csv", plain), choice, ReadProgress.NONE).dataset();
        Dataset b = CsvReader.read(text("quoted.csv", quoted), choice, ReadProgress.NONE).dataset();
        float[] expected = {1.5f, -2e-3f, 0.1f, 3f, 1e10f, 4f};
        assertArrayEquals(expected, values(a));
        assertArrayEquals(expected, values(b));
        assertEquals(List.of("a", "b"), a.classNames());
        assertEquals(a.classNames(), b.classNames());
        for (int r = 0; r < 3; r++) {
            assertEquals(a.label(r), b.label(r));
        }
    }

    @Test
    void numbersAreTheFloatsTheJdkReads() throws Exception {
        String[] numbers = {"0.1", "3.4028235e38", "1.17549435E-38", "1e-45", "-0", "16777217",
            "2.00000011920928955078125", "123456789012345678901234567890",
            "0.3000000000000000444089209850062616169452667236328125"};
        StringBuilder pointFile = new StringBuilder("v,w\n");
        StringBuilder commaFile = new StringBuilder("v;w\n");
        for (String n : numbers) {
            pointFile.append(n).append(",0\n");
            commaFile.append("0;").append(n.replace('.', ',')).append('\n');
        }
        Dataset point = CsvReader.read(text("n.csv", pointFile.toString()),
                choice(',', false, "FF", CsvImport.Missing.REFUSE), ReadProgress.NONE).dataset();
        Dataset comma = CsvReader.read(text("k.csv", commaFile.toString()),
                choice(';', true, "FF", CsvImport.Missing.REFUSE), ReadProgress.NONE).dataset();
        for (int r = 0; r < numbers.length; r++) {
            int expected = Float.floatToRawIntBits(Float.parseFloat(numbers[r]));
            assertEquals(expected, Float.floatToRawIntBits(point.value(r, 0)), numbers[r]);
            assertEquals(expected, Float.floatToRawIntBits(comma.value(r, 1)), numbers[r] + " with a decimal comma");
        }
    }

    @Test
    void rowsWithGapsAreDroppedWhereverTheGapIsAndBadRowsAreStillReported() throws Exception {
        String content = "a,b,c,label\n1,2,3,x\n,2,3,x\n1,NA,3,\"x\"\n1,2,nan,x\n1,2,3,\n4,5,6,y\n";
        CsvResult read = CsvReader.read(text("gaps.csv", content), choice(',', false, "FFFL",
                CsvImport.Missing.DROP), ReadProgress.NONE);
        assertEquals(2, read.dataset().rows());
        assertEquals(4, read.droppedRows());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, values(read.dataset()));
        // A gap does not hide a wrong field count, nor a word before it.
        DataFormatException fields = assertThrows(DataFormatException.class, () -> CsvReader.read(
                text("f.csv", "a,b,c\n1,2,3\n,2\n"), choice(',', false, "FFF", CsvImport.Missing.DROP),
                ReadProgress.NONE));
        assertEquals("line 3", fields.location());
        assertTrue(fields.problem().contains("has 2 fields, but the header has 3"), fields.problem());
        DataFormatException word = assertThrows(DataFormatException.class, () -> CsvReader.read(
                text("w.csv", "a,b,c\n1,2,3\nq,,3\n"), choice(',', false, "FFF", CsvImport.Missing.DROP),
                ReadProgress.NONE));
        assertEquals("line 3, column 1 ('a')", word.location());
        // A gap in an ignored column is no gap.
        assertEquals(2, CsvReader.read(text("i.csv", "a,b\n1,\n2,x\n"), choice(',', false, "FI",
                CsvImport.Missing.REFUSE), ReadProgress.NONE).dataset().rows());
    }

    @Test
    void problemsAreNamedByLineCountingBlankOnesWithWindowsLineEnds() throws Exception {
        String[][] cases = {
            {"a,b\r\n1,2\r\n\r\n3,4,5\r\n", "line 4", "has 3 fields, but the header has 2"},
            {"a,b\r\n1,2\r\n3,4,\r\n", "line 3", "has 3 fields, but the header has 2"},
            {"a,b\n1,2\n  \n3\n", "line 4", "has 1 fields, but the header has 2"},
            {"a,b\n1,2\n3,1e39\n", "line 3, column 2 ('b')", "'1e39' is out of range"},
            {"a,b\n1,2\n3,-Infinity\n", "line 3, column 2 ('b')", "missing and infinite values"},
            {"a,b\n1,2\n3,0x10\n", "line 3, column 2 ('b')", "'0x10' is not a number"},
            {"a,b\n1,2\n3,\"4\n", "line 3", "a quoted field is not closed"},
        };
        for (String[] c : cases) {
            DataFormatException e = assertThrows(DataFormatException.class, () -> CsvReader.read(
                    text("p.csv", c[0]), choice(',', false, "FF", CsvImport.Missing.REFUSE), ReadProgress.NONE));
            assertEquals(c[1], e.location(), c[0]);
            assertTrue(e.problem().contains(c[2]), e.problem());
        }
        DataFormatException mark = assertThrows(DataFormatException.class, () -> CsvReader.read(
                text("m.csv", "a;b\n1.5;2\n3;0,5\n"), choice(';', false, "FF", CsvImport.Missing.REFUSE),
                ReadProgress.NONE));
        assertEquals("line 3, column 2 ('b')", mark.location());
        assertTrue(mark.problem().contains("use a point as the decimal separator"), mark.problem());
    }

    @Test
    void longLabelsAreCutAsBeforeAndAgreeWhicheverWayTheyAreRead() throws Exception {
        String longA = "a very long class name that goes on and on, first";
        String longB = "a very long class name that goes on and on, second";
        Dataset d = CsvReader.read(text("l.csv", "x;class\n1;" + longA + "\n2;\"" + longB + "\"\n3;short\n"),
                choice(';', false, "FL", CsvImport.Missing.REFUSE), ReadProgress.NONE).dataset();
        assertEquals(List.of("a very long class name that goes on a...", "short"), d.classNames());
        assertEquals(d.label(0), d.label(1));
    }

    @Test
    void wideLinesLongerThanOneReadAndManyRowsAcrossBlocksAreReadWhole() throws Exception {
        int columns = 20_000;
        Path wide = dir.resolve("wide.csv");
        try (Writer out = Files.newBufferedWriter(wide)) {
            for (int c = 0; c < columns; c++) {
                out.write((c == 0 ? "" : ",") + "p" + c);
            }
            for (int r = 0; r < 6; r++) {
                out.write("\n");
                for (int c = 0; c < columns; c++) {
                    out.write((c == 0 ? "" : ",") + ((r * 7 + c) % 1000) / 8.0);
                }
            }
        }
        Dataset w = CsvReader.read(wide, null);
        assertEquals(6, w.rows());
        assertEquals(columns, w.cols());
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < columns; c += 997) {
                assertEquals(((r * 7 + c) % 1000) / 8f, w.value(r, c));
            }
            assertEquals(((r * 7 + columns - 1) % 1000) / 8f, w.value(r, columns - 1));
        }
        int rows = 100_000;
        StringBuilder many = new StringBuilder("a,b,c,d,e,f,g,h,i,j,k,l,m\n");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < 13; c++) {
                many.append(r).append('.').append(c * 25).append(c < 12 ? "," : "\n");
            }
        }
        Dataset m = CsvReader.read(text("many.csv", many.toString()), null);
        assertEquals(rows, m.rows());
        for (int r : new int[] {0, 1, 4095, 40_000, 80_661, rows - 1}) {
            for (int c = 0; c < 13; c++) {
                assertEquals(Float.parseFloat(r + "." + c * 25), m.value(r, c), r + "," + c);
            }
        }
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumber() throws Exception {
        Path file = dir.resolve("long.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("a,b\n1,2\n\n");
            char[] chunk = new char[1 << 16];
            java.util.Arrays.fill(chunk, '7');
            for (int written = 0; written <= CsvLines.MAX_LINE_CHARS; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\n3,4\n");
        }
        DataFormatException inPreview = assertThrows(DataFormatException.class, () -> CsvPreview.read(file));
        DataFormatException inReading = assertThrows(DataFormatException.class, () -> CsvReader.read(file,
                choice(',', false, "FF", CsvImport.Missing.REFUSE), ReadProgress.NONE));
        for (DataFormatException e : List.of(inPreview, inReading)) {
            assertEquals("line 4", e.location());
            assertTrue(e.problem().contains("longer than " + CsvLines.MAX_LINE_CHARS), e.problem());
        }
    }

    @Test
    void aLabelColumnIsTakenOnlyWhenTheHeaderNamesIt() throws Exception {
        Dataset labelled = CsvReader.readLabelledIfNamed(text("encoded.csv", "mu1,sigma1,Label\n0.5,1,a\n-1,2,b\n"),
                "label");
        assertEquals(2, labelled.cols());
        assertTrue(labelled.hasLabels());
        assertTrue(labelled.label(0) != labelled.label(1));
        Dataset plain = CsvReader.readLabelledIfNamed(text("plain.csv", "z1,z2\n0.5,1\n-1,2\n"), "label");
        assertEquals(2, plain.cols());
        assertTrue(!plain.hasLabels());
        assertArrayEquals(new float[] {0.5f, 1, -1, 2}, values(plain));
    }
}
