package org.ganlab.ui.plane;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.ganlab.run.Exports;
import org.ganlab.run.ProgressionGif;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/** Writes the playground's pictures in the background; the status line says how it went. */
final class PlaneExportModel implements ViewModel {
    private final BackgroundTasks tasks;
    private final Consumer<String> status;

    PlaneExportModel(BackgroundTasks tasks, Consumer<String> status) {
        this.tasks = tasks;
        this.status = status;
    }

    /** The picture as shown, as a PNG. */
    void png(RenderedImage image, Path file) {
        write(file, f -> Exports.png(image, f));
    }

    /** Pictures drawn for the checks, as an animated GIF. */
    void gif(List<BufferedImage> images, Path file) {
        write(file, f -> ProgressionGif.writeFrames(f, images));
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private void write(Path file, Writer writer) {
        tasks.files(() -> {
            writer.write(file);
            return "saved " + file;
        }, status, e -> status.accept("could not write " + file + ": " + BackgroundTasks.describe(e)));
    }
}
