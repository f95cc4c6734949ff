package org.vaeexplorer.model.data;

/**
 * Width, height and channels of image rows, so that a row of features can be drawn as a picture. One channel is a
 * grey intensity per pixel (as MNIST); three are red, green and blue, <em>pixel-interleaved</em>: the row holds
 * {@code r, g, b} of pixel (0, 0), then of pixel (1, 0), row by row, as a PNG stores them, so that a colour row is
 * written to the screen in one pass. Values are intensities in [0, 1].
 */
public record ImageShape(int width, int height, int channels) {
    public ImageShape {
        if (width < 1 || height < 1 || (channels != 1 && channels != 3)
                || (long) width * height * channels > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("image shape must be positive with 1 or 3 channels, not " + width + "x"
                    + height + "x" + channels);
        }
    }

    /** A grey image: one value per pixel. */
    public ImageShape(int width, int height) {
        this(width, height, 1);
    }

    /** Pixels in one image. */
    public int pixels() {
        return width * height;
    }

    /** Values (features) in one image: a value per pixel and channel. */
    public int values() {
        return width * height * channels;
    }

    public boolean colour() {
        return channels == 3;
    }

    /** As files record it: {@code 28x28} for grey (the form files had before colour), {@code 32x32x3} for colour. */
    public String text() {
        return width + "x" + height + (colour() ? "x3" : "");
    }

    /**
     * Reads {@link #text()}.
     *
     * @return the shape, or {@code null} when the text is not of that form
     */
    public static ImageShape parse(String text) {
        String[] parts = text.split("x", -1);
        if (parts.length != 2 && parts.length != 3) {
            return null;
        }
        try {
            int channels = parts.length == 3 ? Integer.parseInt(parts[2]) : 1;
            return new ImageShape(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), channels);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
