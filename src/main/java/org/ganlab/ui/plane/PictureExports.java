package org.ganlab.ui.plane;

import java.io.File;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ganlab.records.PlaneFrame;

/** The playground's picture saved as a PNG as shown, and its checks' pictures as an animated GIF. */
final class PictureExports {
    /** The picture's layers as shown: D's field, G's push, the latent mesh. */
    record Layers(boolean field, boolean arrows, boolean mesh) { }

    private final PlaneModel model;
    private final PlanePicture picture;

    PictureExports(PlaneModel model, PlanePicture picture) {
        this.model = model;
        this.picture = picture;
    }

    void png(Window owner) {
        File file = choose(owner, "Save the picture", "png");
        if (file != null) {
            var image = SwingFXUtils.fromFXImage(picture.snapshot(null, null), null);
            model.exportPng(image, file.toPath());
        }
    }

    /** The checks' pictures with {@code layers}, 600 pixels square, each with its iteration. */
    void gif(Window owner, Layers layers) {
        var frames = model.picture().frames();
        File file = frames.isEmpty() ? null : choose(owner, "Save the checks as an animated GIF", "gif");
        if (file != null) {
            PlanePicture offscreen = new PlanePicture();
            var images = frames.stream().map((PlaneFrame f) -> SwingFXUtils.fromFXImage(offscreen.render(f, 600,
                    "iteration " + f.iteration(), layers.field(), layers.arrows(), layers.mesh()), null)).toList();
            model.exportGif(images, file.toPath());
        }
    }

    private static File choose(Window owner, String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        return chooser.showSaveDialog(owner);
    }
}
