package org.vaeexplorer.model.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders of pictures written here from known pixel levels; the expected values are the area means worked out by
 * hand from the levels (each target pixel the coverage-weighted mean of the source pixels under it).
 */
class ImageFolderReaderTest {
    private static final ImageFolderReader.Progress QUIET = (done, total) -> { };
    private static final float TOLERANCE = 1e-6f;

    @TempDir
    Path dir;

    @Test
    void subFoldersAreClassesInNameOrderAndEachPictureIsTheMeanOfTheSourceItCovers() throws Exception {
        // 4 × 4 in 2 × 2 blocks of levels 0, 51, 102, 255: at 2 × 2 every target pixel is one block.
        writeGrey(dir.resolve("b/one.png"), 4, 4, (x, y) -> new int[][] {{0, 51}, {102, 255}}[y / 2][x / 2]);
        writeGrey(dir.resolve("a/two.png"), 4, 4, (x, y) -> 255);
        writeGrey(dir.resolve("a/three.png"), 4, 4, (x, y) -> x == 0 && y == 0 ? 255 : 0);
        Dataset d = read(new ImageFolderReader.Options(2, 2, false, false)).dataset();
        assertEquals(List.of("a", "b"), d.classNames());
        assertEquals(3, d.rows());
        assertEquals(new ImageShape(2, 2), d.imageShape());
        // Rows class by class, file names in order within a class: a/three, a/two, b/one.
        assertArrayEquals(new int[] {0, 0, 1}, new int[] {d.label(0), d.label(1), d.label(2)});
        assertArrayEquals(new float[] {0.25f, 0, 0, 0}, d.copyRows(0, 1), TOLERANCE);
        assertArrayEquals(new float[] {1, 1, 1, 1}, d.copyRows(1, 2), TOLERANCE);
        assertArrayEquals(new float[] {0, 0.2f, 0.4f, 1}, d.copyRows(2, 3), TOLERANCE);
    }

    @Test
    void partlyCoveredSourcePixelsCountByTheirCoveredPart() throws Exception {
        // 3 → 2 across: target 0 covers source [0, 1.5), target 1 covers [1.5, 3); 5 → 1 down: the column mean.
        int[] levels = {255, 51, 102};
        writeGrey(dir.resolve("strip.png"), 3, 5, (x, y) -> levels[x]);
        Dataset d = read(new ImageFolderReader.Options(2, 1, false, false)).dataset();
        float left = (1f + 0.5f * 0.2f) / 1.5f;
        float right = (0.5f * 0.2f + 0.4f) / 1.5f;
        assertArrayEquals(new float[] {left, right}, d.copyRows(0, 1), TOLERANCE);
        assertFalse(d.hasLabels(), "a folder without sub-folders has no classes");
    }

    @Test
    void enlargingRepeatsEachPixelOverTheTargetPixelsItCovers() throws Exception {
        writeGrey(dir.resolve("two.png"), 2, 1, (x, y) -> x == 0 ? 0 : 255);
        Dataset d = read(new ImageFolderReader.Options(3, 1, false, false)).dataset();
        // Target 1 covers source [2/3, 4/3): a third of pixel 0 and a third of pixel 1, over 2/3.
        assertArrayEquals(new float[] {0, 0.5f, 1}, d.copyRows(0, 1), TOLERANCE);
    }

    @Test
    void colourIsPixelInterleavedRedGreenBlueAndGreyIsTheirLuma() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        image.setRGB(1, 0, 0x0000ff);
        write(dir.resolve("c.png"), image);
        Dataset colour = read(new ImageFolderReader.Options(1, 1, true, false)).dataset();
        assertEquals(new ImageShape(1, 1, 3), colour.imageShape());
        assertArrayEquals(new float[] {0.5f, 0, 0.5f}, colour.copyRows(0, 1), TOLERANCE);
        assertEquals(List.of("pixel (0, 0) red", "pixel (0, 0) green", "pixel (0, 0) blue"), colour.featureNames());
        Dataset grey = read(new ImageFolderReader.Options(2, 1, false, false)).dataset();
        assertArrayEquals(new float[] {0.299f, 0.114f}, grey.copyRows(0, 1), 1e-6f);
    }

    @Test
    void transparentPixelsLieOverBlack() throws Exception {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x80ffffff);
        write(dir.resolve("half.png"), image);
        Dataset d = read(new ImageFolderReader.Options(1, 1, false, false)).dataset();
        assertEquals(128 / 255f, d.value(0, 0), 1e-6f);
    }

    @Test
    void aDamagedPictureIsSkippedAndCountedOrRefusesTheFolderAsChosen() throws Exception {
        writeGrey(dir.resolve("cats/good.png"), 2, 2, (x, y) -> 255);
        writeGrey(dir.resolve("dogs/good.png"), 2, 2, (x, y) -> 0);
        Files.write(dir.resolve("dogs/broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        ImageFolderReader.Result skipping = read(new ImageFolderReader.Options(2, 2, false, false));
        assertEquals(2, skipping.dataset().rows());
        assertEquals(1, skipping.skipped().size());
        assertEquals("dogs/broken.png", skipping.skipped().get(0).file());
        DataFormatException refused = assertThrows(DataFormatException.class,
                () -> read(new ImageFolderReader.Options(2, 2, false, true)));
        assertEquals("dogs/broken.png", refused.file());
    }

    @Test
    void aPictureDeclaringTooManyPixelsIsNotDecoded() throws Exception {
        writeGrey(dir.resolve("ok.png"), 1, 1, (x, y) -> 0);
        Path huge = dir.resolve("huge.png");
        writeGrey(huge, 1, 1, (x, y) -> 0);
        declareSize(huge, 100_000, 100_000);
        ImageFolderReader.Result r = read(ImageFolderReader.Options.DEFAULT);
        assertEquals(1, r.dataset().rows());
        assertTrue(r.skipped().get(0).reason().contains("100000x100000"), r.skipped().get(0).reason());
    }

    @Test
    void hiddenEntriesOtherFilesLinksOutsideAndLoosePicturesBesideClassesArePassedOver() throws Exception {
        writeGrey(dir.resolve("digits/one/a.png"), 1, 1, (x, y) -> 0);
        writeGrey(dir.resolve("digits/.hidden/b.png"), 1, 1, (x, y) -> 0);
        writeGrey(dir.resolve("digits/one/.c.png"), 1, 1, (x, y) -> 0);
        writeGrey(dir.resolve("digits/loose.png"), 1, 1, (x, y) -> 0);
        Files.writeString(dir.resolve("digits/one/notes.txt"), "not a picture");
        writeGrey(dir.resolve("elsewhere/secret.png"), 1, 1, (x, y) -> 0);
        Files.createSymbolicLink(dir.resolve("digits/one/link.png"), dir.resolve("elsewhere/secret.png"));
        Files.createSymbolicLink(dir.resolve("digits/two"), dir.resolve("elsewhere"));
        ImageFolderReader.Result r = ImageFolderReader.read(dir.resolve("digits"), ImageFolderReader.Options.DEFAULT,
                QUIET, () -> false);
        assertEquals(1, r.dataset().rows());
        assertEquals(List.of("one"), r.dataset().classNames());
        assertEquals(List.of(new ImageFolderReader.Skipped("loose.png",
                org.vaeexplorer.text.Texts.get("folder.skip.outsideClass"))), r.skipped());
    }

    @Test
    void progressCountsEveryPictureAndCancelStopsBeforeTheNext() throws Exception {
        for (int i = 0; i < 4; i++) {
            writeGrey(dir.resolve("p" + i + ".png"), 1, 1, (x, y) -> 0);
        }
        List<String> told = new ArrayList<>();
        ImageFolderReader.read(dir, ImageFolderReader.Options.DEFAULT, (done, total) -> told.add(done + "/" + total),
                () -> false);
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), told);
        told.clear();
        assertThrows(CancellationException.class, () -> ImageFolderReader.read(dir, ImageFolderReader.Options.DEFAULT,
                (done, total) -> told.add(done + "/" + total), () -> told.size() == 2));
        assertEquals(List.of("1/4", "2/4"), told);
    }

    @Test
    void aFolderWithoutPicturesAndSizesOutOfRangeAreRefusedInWords() throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "no pictures");
        DataFormatException empty = assertThrows(DataFormatException.class,
                () -> read(ImageFolderReader.Options.DEFAULT));
        assertTrue(empty.getMessage().contains("no PNG or JPEG"), empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ImageFolderReader.Options.of("300x300", false, false));
        assertThrows(IllegalArgumentException.class, () -> ImageFolderReader.Options.of("big", false, false));
        assertEquals(new ImageShape(32, 16, 3), ImageFolderReader.Options.of(" 32 × 16 ", true, false).shape());
        assertEquals(new ImageShape(8, 8), ImageFolderReader.Options.of("8", false, false).shape());
    }

    @Test
    void theShapeIsRecordedAsTextAndReadBack() {
        assertEquals("28x28", new ImageShape(28, 28).text());
        assertEquals("32x16x3", new ImageShape(32, 16, 3).text());
        assertEquals(new ImageShape(32, 16, 3), ImageShape.parse("32x16x3"));
        assertNull(ImageShape.parse("32x16x2"));
        assertNull(ImageShape.parse("32"));
    }

    private ImageFolderReader.Result read(ImageFolderReader.Options options) throws DataFormatException {
        return ImageFolderReader.read(dir, options, QUIET, () -> false);
    }

    private interface Levels {
        int at(int x, int y);
    }

    private static void writeGrey(Path file, int w, int h, Levels levels) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.getRaster().setSample(x, y, 0, levels.at(x, y));
            }
        }
        write(file, image);
    }

    private static void write(Path file, BufferedImage image) throws IOException {
        Files.createDirectories(file.getParent());
        assertTrue(ImageIO.write(image, "png", file.toFile()));
    }

    /** Rewrites a PNG's header (IHDR) to declare another size, its checksum made right so that only size is odd. */
    private static void declareSize(Path png, int width, int height) throws IOException {
        byte[] bytes = Files.readAllBytes(png);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        b.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, 17);
        b.putInt(29, (int) crc.getValue());
        Files.write(png, bytes);
    }
}
