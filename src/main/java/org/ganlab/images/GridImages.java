package org.ganlab.images;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.ganlab.records.SampleGrid;

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

    /** Outline colours of near-duplicate groups: distinct, saturated, visible on white and on black. */
    private static final int[] GROUP_COLOURS = {0xFFE6194B, 0xFF3CB44B, 0xFF4363D8, 0xFFF58231, 0xFF911EB4,
        0xFF42D4F4, 0xFFF032E6, 0xFFBFEF45, 0xFF9A6324, 0xFF469990};

    public static Argb render(SampleGrid grid, boolean darkOnWhite) {
        return render(grid, darkOnWhite, List.of());
    }

    /** The colour of near-duplicate group {@code g} (groups beyond the palette reuse it). */
    public static int groupColour(int g) {
        return GROUP_COLOURS[g % GROUP_COLOURS.length];
    }

    /**
     * The grid with each group of near-duplicate images outlined in the group's colour, in the gaps around the
     * images, so no generated pixel is covered.
     */
    public static Argb render(SampleGrid grid, boolean darkOnWhite, List<List<Integer>> groups) {
        Argb plain = renderImages(grid, darkOnWhite);
        int size = grid.size();
        int cols = grid.columns();
        for (int g = 0; g < groups.size(); g++) {
            int colour = groupColour(g);
            for (int i : groups.get(g)) {
                outline(plain, origin(i % cols, size), origin(i / cols, size), size, colour);
            }
        }
        return plain;
    }

    /** D's colours (ColorBrewer's PRGn, safe for the common colour blindness): says fake, unsure, says real. */
    public static final int SAYS_FAKE = 0xFFAF8DC3;
    public static final int UNSURE = 0xFFF7F7F7;
    public static final int SAYS_REAL = 0xFF7FBF7B;

    /** D's colour for a probability {@code p} of "real": purple towards 0, white at one half, green towards 1. */
    public static int judgementColour(double p) {
        double q = Double.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0.5;
        return q < 0.5 ? mix(SAYS_FAKE, UNSURE, q * 2) : mix(UNSURE, SAYS_REAL, (q - 0.5) * 2);
    }

    private static int mix(int a, int b, double t) {
        int out = 0xFF000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            double ca = (a >> shift) & 0xFF;
            double cb = (b >> shift) & 0xFF;
            out |= (int) Math.round(ca + (cb - ca) * t) << shift;
        }
        return out;
    }

    /**
     * The grid with each image in D's colour for its score: grey images through the colour (dark digits on paper of
     * that colour, or light digits drawn in it), colour images outlined in it. Images without a score (NaN, or
     * beyond the scores) stay as they are.
     */
    public static Argb renderJudged(SampleGrid grid, boolean darkOnWhite, float[] scores) {
        Argb a = renderImages(grid, darkOnWhite);
        int size = grid.size();
        int cols = grid.columns();
        for (int i = 0; i < Math.min(grid.count(), scores.length); i++) {
            if (!Float.isFinite(scores[i])) {
                continue;
            }
            int tint = judgementColour(scores[i]);
            int ox = origin(i % cols, size);
            int oy = origin(i / cols, size);
            if (grid.channels() != 1) {
                outline(a, ox, oy, size, tint);
                continue;
            }
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int at = (oy + y) * a.width() + ox + x;
                    a.pixels()[at] = multiply(a.pixels()[at], tint);
                }
            }
        }
        return a;
    }

    private static int multiply(int grey, int tint) {
        int l = grey & 0xFF;
        int out = 0xFF000000;
        for (int shift = 0; shift <= 16; shift += 8) {
            out |= (((tint >> shift) & 0xFF) * l / 255) << shift;
        }
        return out;
    }

    /** A frame of {@link #GAP} pixels in the colour, around the image at (ox, oy), in the gaps. */
    private static void outline(Argb a, int ox, int oy, int size, int colour) {
        for (int t = 1; t <= GAP; t++) {
            for (int k = -t; k < size + t; k++) {
                set(a, ox + k, oy - t, colour);
                set(a, ox + k, oy + size - 1 + t, colour);
                set(a, ox - t, oy + k, colour);
                set(a, ox + size - 1 + t, oy + k, colour);
            }
        }
    }

    /** Where the image in column (or row) {@code cell} starts: after a gap before each image. */
    private static int origin(int cell, int size) {
        return GAP + cell * (size + GAP);
    }

    private static void set(Argb a, int x, int y, int colour) {
        if (x >= 0 && y >= 0 && x < a.width() && y < a.height()) {
            a.pixels()[y * a.width() + x] = colour;
        }
    }

    /** What a change paints: lighter (the value rose) orange, darker blue, no change white. */
    public static final int LIGHTER = 0xFFE66100;
    public static final int DARKER = 0xFF1A5FB4;

    /**
     * How much each pixel of one {@code size} x {@code size} image changed (channels averaged), in {@link #LIGHTER}
     * and {@link #DARKER} scaled to the largest change, so the pixels an update moved most stand out.
     */
    public static Argb renderChange(float[] change, int size, int channels) {
        float largest = 1e-12f;
        for (float v : change) {
            largest = Math.max(largest, Math.abs(v));
        }
        int[] px = new int[size * size];
        for (int i = 0; i < px.length; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += change[i * channels + c];
            }
            double t = sum / channels / largest;
            px[i] = t >= 0 ? mix(UNSURE, LIGHTER, t) : mix(UNSURE, DARKER, -t);
        }
        return new Argb(size, size, px);
    }

    /** The images side by side in one row (a latent walk). */
    public static Argb renderRow(SampleGrid grid, boolean darkOnWhite) {
        return renderImages(grid, darkOnWhite, grid.count());
    }

    private static Argb renderImages(SampleGrid grid, boolean darkOnWhite) {
        return renderImages(grid, darkOnWhite, grid.columns());
    }

    private static Argb renderImages(SampleGrid grid, boolean darkOnWhite, int cols) {
        int size = grid.size();
        int rows = (grid.count() + cols - 1) / cols;
        int width = cols * size + (cols + 1) * GAP;
        int height = rows * size + (rows + 1) * GAP;
        int[] px = new int[width * height];
        Arrays.fill(px, darkOnWhite ? 0xFFFFFFFF : 0xFF000000);
        for (int i = 0; i < grid.count(); i++) {
            int ox = origin(i % cols, size);
            int oy = origin(i / cols, size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int r;
                    int g;
                    int b;
                    if (grid.channels() == 1) {
                        r = g = b = level(grid.pixel(i, y, x, 0), darkOnWhite);
                    } else { // colour is shown as it is, whatever the background
                        r = level(grid.pixel(i, y, x, 0), false);
                        g = level(grid.pixel(i, y, x, 1), false);
                        b = level(grid.pixel(i, y, x, 2), false);
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
        return read(img, count, size, 1, darkOnWhite);
    }

    /** Inverse of {@link #render}: grey grids were reversed when dark on white, colour grids never are. */
    public static SampleGrid read(BufferedImage img, int count, int size, int channels, boolean darkOnWhite) {
        int cols = (int) Math.ceil(Math.sqrt(count));
        float[] pixels = new float[count * size * size * channels];
        for (int i = 0; i < count; i++) {
            int ox = origin(i % cols, size);
            int oy = origin(i / cols, size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    int rgb = img.getRGB(ox + x, oy + y);
                    int at = ((i * size + y) * size + x) * channels;
                    if (channels == 1) {
                        int l = rgb & 0xFF;
                        pixels[at] = (darkOnWhite ? 255 - l : l) / 127.5f - 1f;
                    } else {
                        pixels[at] = ((rgb >> 16) & 0xFF) / 127.5f - 1f;
                        pixels[at + 1] = ((rgb >> 8) & 0xFF) / 127.5f - 1f;
                        pixels[at + 2] = (rgb & 0xFF) / 127.5f - 1f;
                    }
                }
            }
        }
        return new SampleGrid(count, size, channels, pixels);
    }
}
