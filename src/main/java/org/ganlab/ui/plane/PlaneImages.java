package org.ganlab.ui.plane;

import javafx.scene.image.WritableImage;
import org.ganlab.records.PlaneFrame;

/** A check's picture of a run on points as an image, drawn apart from any window (Compare shows it as a grid). */
public final class PlaneImages {
    private PlaneImages() {
    }

    /** {@code f} with D's field, G's push and the points, {@code side} pixels square, captioned. On the FX thread. */
    public static WritableImage of(PlaneFrame f, int side, String caption) {
        return new PlanePicture().render(f, side, caption, true, true, false);
    }
}
