package org.ganlab.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ganlab.run.GridImages;

/** JavaFX images from the domain's ARGB pictures: one setPixels call, never one call per pixel. */
public final class FxImages {
    private FxImages() {
    }

    public static WritableImage of(GridImages.Argb argb) {
        WritableImage image = new WritableImage(argb.width(), argb.height());
        image.getPixelWriter().setPixels(0, 0, argb.width(), argb.height(), PixelFormat.getIntArgbInstance(),
                argb.pixels(), 0, argb.width());
        return image;
    }
}
