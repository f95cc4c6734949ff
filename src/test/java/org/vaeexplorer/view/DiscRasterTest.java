package org.vaeexplorer.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiscRasterTest {

    private static double alpha(int pixel) {
        return (pixel >>> 24) / 255.0;
    }

    @Test
    void anOpaqueDiscCoversItsAreaWithFullColourInsideAndNothingOutside() {
        int[] pixels = new int[40 * 30];
        java.util.Arrays.fill(pixels, 0x12345678);
        DiscRaster raster = new DiscRaster(pixels, 40, 30);
        double radius = 6;
        raster.disc(20, 15, radius, 1, 0, 0, 1);

        double covered = 0;
        for (int pixel : pixels) {
            covered += alpha(pixel);
        }
        // A one-pixel linear rim integrates to the disc's exact area up to sampling: within 2 % of π r².
        assertEquals(Math.PI * radius * radius, covered, 0.02 * Math.PI * radius * radius);
        assertEquals(0xffff0000, pixels[15 * 40 + 20], "the centre is the opaque colour");
        assertEquals(0, pixels[0], "cleared outside the disc");
        assertEquals(0, pixels[15 * 40 + 20 + 8], "nothing beyond the rim");
    }

    @Test
    void halfTransparentDiscsBlendSourceOverInPremultipliedUnits() {
        int[] pixels = new int[10 * 10];
        DiscRaster raster = new DiscRaster(pixels, 10, 10);
        raster.disc(5, 5, 3, 0, 0, 1, 0.5);
        raster.disc(5, 5, 3, 0, 0, 1, 0.5);
        int centre = pixels[5 * 10 + 5];
        // Two layers of 50 % blue: alpha 1 − 0.5² = 0.75, premultiplied blue equal to alpha.
        assertEquals(0.75, alpha(centre), 1.0 / 255);
        assertEquals(centre >>> 24, centre & 0xff);
        assertEquals(0, (centre >> 16) & 0xff);
    }

    @Test
    void pointsOffThePictureOrNotFiniteChangeNothing() {
        int[] pixels = new int[8 * 8];
        DiscRaster raster = new DiscRaster(pixels, 8, 8);
        raster.disc(Double.NaN, 3, 2, 1, 1, 1, 1);
        raster.disc(-50, 3, 2, 1, 1, 1, 1);
        raster.disc(3, 400, 2, 1, 1, 1, 1);
        assertEquals(0, java.util.Arrays.stream(pixels).filter(p -> p != 0).count());
    }
}
