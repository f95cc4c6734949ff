package org.vaeexplorer.model.data;

/** Width and height of image rows, so that a row of width × height features can be drawn as a picture. */
public record ImageShape(int width, int height) {
    public ImageShape {
        if (width < 1 || height < 1 || (long) width * height > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image shape must be positive, not " + width + "x" + height);
        }
    }

    public int pixels() {
        return width * height;
    }
}
