package org.vaeexplorer.model.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People's own CSV files: the format found, the roles proposed, missing values, pictures, progress and cancel. */
class CsvImportTest {
    @TempDir
    Path dir;

    /** One of the UCI tables copied into the test resources (see their LICENSE-NOTICE.md). */
    static Path uci(String name) {
        try {
            return Path.of(CsvImportTest.class.getResource("uci/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path text(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static List<ColumnRole> roles(String letters) {
        List<ColumnRole> roles = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            roles.add(c == 'F' ? ColumnRole.FEATURE : c == 'L' ? ColumnRole.LABEL : ColumnRole.IGNORED);
        }
        return roles;
    }

    private static CsvResult readProposed(Path file) throws DataFormatException {
        return CsvReader.read(file, CsvPreview.read(file).proposal(), ReadProgress.NONE);
    }

    @Test
    void wineOpensWithItsTextClassColumnAsLabel() throws Exception {
        CsvPreview preview = CsvPreview.read(uci("wine.csv"));
        assertEquals(new CsvFormat(',', true, false), preview.format());
        CsvImport proposal = preview.proposal();
        assertEquals(13, proposal.labelColumn());
        assertEquals(13, proposal.featureCount());
        assertNull(proposal.image(), "13 features are not a square");
        CsvResult wine = readProposed(uci("wine.csv"));
        assertEquals(178, wine.dataset().rows());
        assertEquals(List.of("cultivar 1", "cultivar 2", "cultivar 3"), wine.dataset().classNames());
        assertEquals(14.23f, wine.dataset().value(0, 0), 1e-6);
        assertEquals(1065f, wine.dataset().value(0, 12), 1e-6);
        assertEquals(0, wine.droppedRows());
        assertEquals(0f, wine.pixelDivisor());
    }

    @Test
    void irisOpensWithSpeciesAsLabelAndIsNotTakenForAPicture() throws Exception {
        CsvImport proposal = CsvPreview.read(uci("iris.csv")).proposal();
        assertEquals(roles("FFFFL"), proposal.roles());
        assertNull(proposal.image(), "four measurements are too few to be a picture");
        Dataset iris = readProposed(uci("iris.csv")).dataset();
        assertEquals(150, iris.rows());
        assertEquals(List.of("setosa", "versicolor", "virginica"), iris.classNames());
        assertEquals(List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), iris.featureNames());
    }

    @Test
    void digitsOpenAsEightByEightPicturesScaledBySixteenWithTheNumericTargetAsLabel() throws Exception {
        CsvImport proposal = CsvPreview.read(uci("digits-8x8.csv")).proposal();
        assertEquals(64, proposal.labelColumn());
        assertEquals(new ImageShape(8, 8), proposal.image());
        CsvResult digits = readProposed(uci("digits-8x8.csv"));
        Dataset d = digits.dataset();
        assertEquals(1797, d.rows());
        assertEquals(64, d.cols());
        assertEquals(new ImageShape(8, 8), d.imageShape());
        assertEquals(16f, digits.pixelDivisor());
        // First row: 0.0,0.0,5.0,13.0,... in the file.
        assertEquals(5 / 16f, d.value(0, 2), 1e-7);
        assertEquals(13 / 16f, d.value(0, 3), 1e-7);
        assertEquals(0f, d.valueRange()[0]);
        assertEquals(1f, d.valueRange()[1]);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.classNames());
        assertEquals(0, d.label(0));
    }

    @Test
    void idColumnsAndTextThatNeverRepeatsAreIgnored() throws Exception {
        Path file = text("people.csv", "id,name,height,weight,group\n1,ann,1.6,60,b\n2,bob,1.8,80,a\n"
                + "3,cy,1.7,70,b\n4,di,1.5,50,a\n");
        CsvImport proposal = CsvPreview.read(file).proposal();
        assertEquals(roles("IIFFL"), proposal.roles());
        Dataset d = CsvReader.read(file, proposal, ReadProgress.NONE).dataset();
        assertEquals(List.of("height", "weight"), d.featureNames());
        assertEquals(List.of("a", "b"), d.classNames());
        // A numeric column with few whole values but an ordinary name stays a feature.
        assertEquals(roles("FF"), CsvPreview.read(text("n.csv", "count,size\n1,2\n1,3\n2,4\n")).proposal().roles());
    }

    @Test
    void aDecimalCommaFileWithSemicolonsIsReadAsSuch() throws Exception {
        Path file = text("komma.csv", "a;b\n0,12;-1,2\n0,5;1,5\n");
        CsvPreview preview = CsvPreview.read(file);
        assertEquals(new CsvFormat(';', true, true), preview.format());
        Dataset d = CsvReader.read(file, preview.proposal(), ReadProgress.NONE).dataset();
        assertEquals(0.12f, d.value(0, 0), 1e-7);
        assertEquals(-1.2f, d.value(0, 1), 1e-7);
        assertEquals(1.5f, d.value(1, 1), 1e-7);
        Path noHeader = text("k2.csv", "0,12;-1,2\n0,5;1,5\n");
        assertEquals(new CsvFormat(';', false, true), CsvPreview.read(noHeader).format());
        Path tabs = text("t.tsv", "x\ty\n1.5\t2\n3\t4\n");
        assertEquals(new CsvFormat('\t', true, false), CsvPreview.read(tabs).format());
    }

    @Test
    void missingValuesAreDroppedAndCountedOrRefusedNamingRowAndColumn() throws Exception {
        Path file = text("gaps.csv", "x,y,class\n1,2,a\n,3,b\nNA,4,a\n5,nan,b\n6,7,b\n8,9,\n");
        CsvImport proposal = CsvPreview.read(file).proposal();
        assertEquals(CsvImport.Missing.DROP, proposal.missing());
        CsvResult dropped = CsvReader.read(file, proposal, ReadProgress.NONE);
        assertEquals(2, dropped.dataset().rows());
        assertEquals(4, dropped.droppedRows());
        assertEquals(6f, dropped.dataset().value(1, 0));
        DataFormatException refused = assertThrows(DataFormatException.class, () -> CsvReader.read(file,
                proposal.withMissing(CsvImport.Missing.REFUSE), ReadProgress.NONE));
        assertEquals("line 3, column 1 ('x')", refused.location());
        assertTrue(refused.problem().contains("missing"), refused.problem());
        DataFormatException all = assertThrows(DataFormatException.class, () -> CsvReader.read(
                text("none.csv", "x,y\n1,NA\nnan,2\n"), new CsvImport(new CsvFormat(',', true, false),
                        roles("FF"), CsvImport.Missing.DROP, null), ReadProgress.NONE));
        assertTrue(all.problem().contains("2 rows dropped"), all.problem());
    }

    @Test
    void choicesThatDoNotFitTheFileAreRefusedClearly() throws Exception {
        Path file = text("p.csv", "a,b,c\n1,2,3\n4,5,6\n");
        CsvFormat format = new CsvFormat(',', true, false);
        DataFormatException columns = assertThrows(DataFormatException.class, () -> CsvReader.read(file,
                new CsvImport(format, roles("FF"), CsvImport.Missing.DROP, null), ReadProgress.NONE));
        assertTrue(columns.problem().contains("for 2 columns, but the file has 3"), columns.problem());
        DataFormatException shape = assertThrows(DataFormatException.class, () -> CsvReader.read(file,
                new CsvImport(format, roles("FFF"), CsvImport.Missing.DROP, new ImageShape(2, 2)),
                ReadProgress.NONE));
        assertTrue(shape.problem().contains("4 pixels, but 3 columns"), shape.problem());
        Path negative = text("neg.csv", "a,b,c,d\n1,2,3,-4\n");
        DataFormatException below = assertThrows(DataFormatException.class, () -> CsvReader.read(negative,
                new CsvImport(format, roles("FFFF"), CsvImport.Missing.DROP, new ImageShape(2, 2)),
                ReadProgress.NONE));
        assertTrue(below.problem().contains("negative"), below.problem());
        assertEquals("line 2, column 4 ('d')", below.location());
        // Past an ignored column and the label, on the quick path and on the quoted one.
        for (String row : new String[] {"3,y,0,5,-6,1", "3,\"y\",0,5,-6,1"}) {
            Path later = text("neg2.csv", "id,k,a,b,c,d\n1,x,1,2,3,4\n2,x,1,2,3,4\n" + row + "\n");
            DataFormatException named = assertThrows(DataFormatException.class, () -> CsvReader.read(later,
                    new CsvImport(format, roles("ILFFFF"), CsvImport.Missing.DROP, new ImageShape(2, 2)),
                    ReadProgress.NONE));
            assertEquals("line 4, column 5 ('c')", named.location(), row);
        }
        DataFormatException text = assertThrows(DataFormatException.class, () -> CsvReader.read(
                text("w.csv", "a,b\n1,x\n"), new CsvImport(format, roles("FF"), CsvImport.Missing.DROP, null),
                ReadProgress.NONE));
        assertEquals("line 2, column 2 ('b')", text.location());
    }

    @Test
    void readingReportsItsBytesAndStopsWhenCancelled() throws Exception {
        StringBuilder big = new StringBuilder("a,b\n");
        for (int i = 0; i < 10_000; i++) {
            big.append(i).append(',').append(i * 0.5).append('\n');
        }
        Path file = text("big.csv", big.toString());
        long size = Files.size(file);
        CsvImport proposal = CsvPreview.read(file).proposal();
        List<Long> reported = new ArrayList<>();
        CsvResult all = CsvReader.read(file, proposal, new ReadProgress() {
            @Override
            public void bytesRead(long done, long total) {
                assertEquals(size, total);
                reported.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(10_000, all.dataset().rows());
        assertTrue(reported.size() >= 9, "once per 1024 rows: " + reported.size());
        assertEquals(size, reported.get(reported.size() - 1));
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1));
        }
        int[] checks = {0};
        assertThrows(CancellationException.class, () -> CsvReader.read(file, proposal, new ReadProgress() {
            @Override
            public void bytesRead(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return ++checks[0] == 2;
            }
        }));
        assertEquals(2, checks[0], "stopped at the second chunk");
    }

    @Test
    void choicesSurviveTheirOneLineForm() {
        CsvImport choice = new CsvImport(new CsvFormat(';', false, true), roles("FIFL"), CsvImport.Missing.REFUSE,
                new ImageShape(1, 2));
        assertEquals("delimiter=semicolon header=no decimal=comma missing=refuse image=1x2 roles=FIFL",
                choice.toSpec());
        assertEquals(choice, CsvImport.fromSpec(choice.toSpec()));
        CsvImport plain = choice.withImage(null).withRole(0, ColumnRole.LABEL);
        assertEquals(roles("LIFF"), plain.roles());
        assertEquals(plain, CsvImport.fromSpec(plain.toSpec()));
        assertThrows(IllegalArgumentException.class, () -> CsvImport.fromSpec("delimiter=pipe header=yes"));
        assertThrows(IllegalArgumentException.class, () -> CsvImport.parseShape("8 by 8"));
        assertEquals(new ImageShape(28, 28), CsvImport.parseShape("28×28"));
        assertFalse(new CsvFormat(',', true, false).isNumber("0,5"));
    }
}
