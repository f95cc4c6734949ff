package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {
    /** Okabe & Ito (2008), as published: the eight colours of Color Universal Design. */
    private static final Set<String> OKABE_ITO = Set.of("0xe69f00ff", "0x56b4e9ff", "0x009e73ff", "0xf0e442ff",
            "0x0072b2ff", "0xd55e00ff", "0xcc79a7ff", "0x000000ff");

    @Test
    void upToEightClassesTakeEightDistinctOkabeItoColours() {
        for (int classes = 2; classes <= 8; classes++) {
            Set<Color> seen = new HashSet<>();
            for (int c = 0; c < classes; c++) {
                Color colour = Palette.classColor(c, classes);
                assertTrue(OKABE_ITO.contains(colour.toString()), colour + " is Okabe–Ito's");
                seen.add(colour);
            }
            assertEquals(classes, seen.size(), "distinct for " + classes + " classes");
        }
    }

    @Test
    void moreClassesStillGetDistinctColours() {
        Set<Color> seen = new HashSet<>();
        for (int c = 0; c < 10; c++) {
            seen.add(Palette.classColor(c, 10));
        }
        assertEquals(10, seen.size());
    }

    @Test
    void everyMarkerShapeCoversItsCentreAndTheShapesDifferInTheirStamps() {
        Set<String> stamps = new HashSet<>();
        for (MarkerShape shape : MarkerShape.values()) {
            DiscRaster.Stamp stamp = DiscRaster.Stamp.of(shape, 5);
            stamps.add(java.util.Arrays.toString(stamp.coverage()));
            double total = 0;
            for (float c : stamp.coverage()) {
                total += c;
            }
            assertTrue(total > 5 && total < Math.PI * 36, shape + " covers " + total + " pixels");
        }
        assertEquals(MarkerShape.values().length, stamps.size(), "no two shapes alike");
    }

    @Test
    void aStampIsCentredOnItsPixelAndClippedAtTheEdges() {
        int[] pixels = new int[12 * 12];
        DiscRaster raster = new DiscRaster(pixels, 12, 12);
        DiscRaster.Stamp square = DiscRaster.Stamp.of(MarkerShape.SQUARE, 4);
        raster.stamp(6.3, 6.7, square, 0, 0, 1, 1);
        assertEquals(0xff0000ff, pixels[6 * 12 + 6], "opaque blue at the centre");
        assertTrue((pixels[3 * 12 + 3] >>> 24) > 128, "a square's corner, which a disc of radius 4 would leave out");
        raster.stamp(-1, 0.5, square, 1, 0, 0, 1);
        raster.stamp(Double.NaN, 5, square, 1, 0, 0, 1);
        assertEquals(0xffff0000, pixels[0], "a stamp off the edge paints what is inside");
    }
}
