package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.vaeexplorer.model.data.ImageShape;

class ImagesTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        // The same start as the window tests' (idempotent), not a second Platform.startup that would outlive them.
        FxToolkit.registerPrimaryStage();
    }

    private static int grey(WritableImage image, int x, int y) {
        int argb = image.getPixelReader().getArgb(x, y);
        assertEquals(0xff, argb >>> 24, "opaque");
        int red = (argb >> 16) & 0xff;
        assertEquals(red, (argb >> 8) & 0xff, "grey: red equals green");
        assertEquals(red, argb & 0xff, "grey: red equals blue");
        return red;
    }

    @Test
    void intensitiesBecomeDarkStrokesOnWhiteRowByRowAndOutOfRangeValuesAreClamped() {
        ImageShape shape = new ImageShape(3, 2);
        // One padding value first: the image starts at the offset.
        float[] values = {0.9f, 0, 1, 0.5f, -3, 7, 0.25f};
        WritableImage image = Images.single(values, 1, shape);

        assertEquals(3, (int) image.getWidth());
        assertEquals(2, (int) image.getHeight());
        assertEquals(255, grey(image, 0, 0), "0 is paper white");
        assertEquals(0, grey(image, 1, 0), "1 is ink black");
        assertEquals(Math.round(255 * 0.5f), grey(image, 2, 0));
        assertEquals(255, grey(image, 0, 1), "below 0 clamps to white");
        assertEquals(0, grey(image, 1, 1), "above 1 clamps to black");
        assertEquals(Math.round(255 * 0.75f), grey(image, 2, 1));
    }

    @Test
    void aPictureOfTheSameSizeIsWrittenInPlace() {
        ImageShape shape = new ImageShape(2, 2);
        WritableImage first = Images.single(new float[] {0, 0, 0, 0}, 0, shape);
        WritableImage again = Images.into(first, new float[] {1, 1, 1, 1}, 0, shape);

        assertSame(first, again);
        assertEquals(0, grey(again, 1, 1));
        WritableImage other = Images.into(first, new float[9], 0, new ImageShape(3, 3));
        assertEquals(3, (int) other.getWidth(), "a different size gets a new picture");
    }

    @Test
    void theMosaicPutsTheGridsFirstRowAtTheBottomAsLatentYRisesUpwards() {
        // Tiles two pixels wide and one high: a swapped width and height, or a wrong stride, moves a pixel.
        ImageShape shape = new ImageShape(2, 1);
        // Grid cells (i, j) in row-major order, i latent y, j latent x; each tile's left and right pixel.
        float[] values = {0, 0.1f, 0.25f, 0.35f, 0.5f, 0.6f, 1, 0.9f};
        WritableImage mosaic = Images.mosaic(values, 2, shape);

        assertEquals(4, (int) mosaic.getWidth());
        assertEquals(2, (int) mosaic.getHeight());
        int[][] expected = {{4, 5, 6, 7}, {0, 1, 2, 3}};
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 4; x++) {
                assertEquals(Math.round(255 * (1 - values[expected[y][x]])), grey(mosaic, x, y),
                        "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void aSheetReadsLeftToRightTopToBottomAndLeavesItsLastRowShortWhenTheCountIsUneven() {
        ImageShape shape = new ImageShape(2, 1);
        // Three images of two pixels each in rows of two: the fourth cell stays empty.
        float[] values = {0, 0.1f, 0.25f, 0.35f, 0.5f, 0.6f};
        WritableImage sheet = Images.sheet(values, 3, 2, shape);

        assertEquals(4, (int) sheet.getWidth());
        assertEquals(2, (int) sheet.getHeight());
        int[][] expected = {{0, 1, 2, 3}, {4, 5}};
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < expected[y].length; x++) {
                assertEquals(Math.round(255 * (1 - values[expected[y][x]])), grey(sheet, x, y),
                        "pixel (" + x + ", " + y + ")");
            }
        }
    }
}
