package org.ganlab.run;

import java.awt.image.BufferedImage;
import org.ganlab.train.SampleGrid;

/**
 * Turns a set of images into one grid picture, the way the reference shows samples: 10 x 10, by default dark digits
 * on white (a reversed grey map). The pixels are built in one int array, which both ImageIO and JavaFX take whole.
 */
public final class GridImages {
    /** Blank pixels between neighbouring images. */
    public static final int GAP = 2;

    /** An ARGB picture: width, height and row-major pixels. */
    public record Argb(int width, int height, int[] pixels) {
        public BufferedImage toBufferedImage() {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, width, height, pixels, 0, width);
            return img;
        }
    }

    private GridImages() {
    }

    public static Argb render(SampleGrid grid, boolean darkOnWhite) {
        int size = grid.size();
        int cols = grid.columns();
        int rows = grid.rows();
        int width = cols * size + (cols + 1) * GAP;
        int height = rows * size + (rows + 1) * GAP;
        int[] px = new int[width * height];
        java.util.Arrays.fill(px, darkOnWhite ? 0xFFFFFFFF : 0xFF000000);
        for (int i = 0; i < grid.count(); i++) {
            int ox = GAP + (i % cols) * (size + GAP);
            int oy = GAP + (i / cols) * (size + GAP);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int r;
                    int g;
                    int b;
                    if (grid.channels() == 1) {
                        r = g = b = level(grid.pixel(i, y, x, 0), darkOnWhite);
                    } else {
                        r = level(grid.pixel(i, y, x, 0), darkOnWhite);
                        g = level(grid.pixel(i, y, x, 1), darkOnWhite);
                        b = level(grid.pixel(i, y, x, 2), darkOnWhite);
                    }
                    px[(oy + y) * width + ox + x] = 0xFF000000 | (r << 16) | (g << 8) | b;
                }
            }
        }
        return new Argb(width, height, px);
    }

    /** A value in [-1, 1] as 0-255; reversed for dark-on-white grey images (colour images are never reversed). */
    private static int level(float v, boolean reverse) {
        int l = Math.round((Math.max(-1f, Math.min(1f, v)) + 1f) * 127.5f);
        return reverse ? 255 - l : l;
    }

    /** Inverse of {@link #render} for grey grids: reads the images back from a grid picture. */
    public static SampleGrid read(BufferedImage img, int count, int size, boolean darkOnWhite) {
        int cols = (int) Math.ceil(Math.sqrt(count));
        float[] pixels = new float[count * size * size];
        for (int i = 0; i < count; i++) {
            int ox = GAP + (i % cols) * (size + GAP);
            int oy = GAP + (i / cols) * (size + GAP);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int l = img.getRGB(ox + x, oy + y) & 0xFF;
                    if (darkOnWhite) {
                        l = 255 - l;
                    }
                    pixels[(i * size + y) * size + x] = l / 127.5f - 1f;
                }
            }
        }
        return new SampleGrid(count, size, 1, pixels);
    }
}
