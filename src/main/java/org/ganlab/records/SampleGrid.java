package org.ganlab.records;

import java.util.Arrays;

/**
 * A set of generated (or real) images, pixels in [-1, 1], each row-major with channels last.
 *
 * @param count    number of images (100 for a 10x10 grid)
 * @param size     height and width of each image
 * @param channels 1 for grey, 3 for colour
 * @param pixels   count * size * size * channels values
 */
public record SampleGrid(int count, int size, int channels, float[] pixels) {
    /** Images in an epoch's grid (10 x 10). */
    public static final int GRID_IMAGES = 100;

    public SampleGrid {
        if ((long) count * size * size * channels != pixels.length) {
            throw new IllegalArgumentException("pixel count does not match " + count + " images of " + size + "x"
                    + size + "x" + channels);
        }
    }

    public int columns() {
        return (int) Math.ceil(Math.sqrt(count));
    }

    public int rows() {
        return (count + columns() - 1) / columns();
    }

    /** The first {@code n} images (all of them when there are fewer). */
    public SampleGrid first(int n) {
        int kept = Math.min(n, count);
        return new SampleGrid(kept, size, channels, Arrays.copyOf(pixels, kept * size * size * channels));
    }

    /** Image {@code i} alone. */
    public SampleGrid image(int i) {
        int n = size * size * channels;
        return new SampleGrid(1, size, channels, Arrays.copyOfRange(pixels, i * n, (i + 1) * n));
    }

    /** Pixel value in [-1, 1] of image {@code i} at (y, x), channel c. */
    public float pixel(int i, int y, int x, int c) {
        return pixels[((i * size + y) * size + x) * channels + c];
    }
}
