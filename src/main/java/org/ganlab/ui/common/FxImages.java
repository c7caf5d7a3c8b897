package org.ganlab.ui.common;

import java.util.List;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ganlab.images.GridImages;
import org.ganlab.records.SampleGrid;

/** JavaFX images from the domain's ARGB pictures: one setPixels call, never one call per pixel. */
public final class FxImages {
    private FxImages() {
    }

    /** A grid of samples; {@code darkOnWhite} as the reference shows digits, else light on black. */
    public static WritableImage grid(SampleGrid grid, boolean darkOnWhite) {
        return of(GridImages.render(grid, darkOnWhite));
    }

    /** A grid with each group of near-duplicates framed in its colour. */
    public static WritableImage grid(SampleGrid grid, boolean darkOnWhite, List<List<Integer>> groups) {
        return of(GridImages.render(grid, darkOnWhite, groups));
    }

    /** A grid with each image in D's colour for its score (see {@link GridImages#renderJudged}). */
    public static WritableImage judged(SampleGrid grid, boolean darkOnWhite, float[] scores) {
        return of(GridImages.renderJudged(grid, darkOnWhite, scores));
    }

    /** The grid's images in one row (a latent walk). */
    public static WritableImage row(SampleGrid grid, boolean darkOnWhite) {
        return of(GridImages.renderRow(grid, darkOnWhite));
    }

    /** How much each pixel of one image changed (see {@link GridImages#renderChange}). */
    public static WritableImage change(float[] change, int size, int channels) {
        return of(GridImages.renderChange(change, size, channels));
    }

    private static WritableImage of(GridImages.Argb argb) {
        WritableImage image = new WritableImage(argb.width(), argb.height());
        image.getPixelWriter().setPixels(0, 0, argb.width(), argb.height(), PixelFormat.getIntArgbInstance(),
                argb.pixels(), 0, argb.width());
        return image;
    }
}
