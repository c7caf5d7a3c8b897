package org.ganlab.run;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ganlab.images.GridImages;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.SampleGrid;

/**
 * What the lab exports for a lesson: a grid or a chart as PNG, the metrics as CSV, the run's progression as an
 * animated GIF. Each file is written whole or not at all (no half-written file is left behind); callers run these
 * off the JavaFX thread.
 */
public final class Exports {
    private Exports() {
    }

    /** An image (a chart's snapshot) as PNG. */
    public static void png(RenderedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for this image");
            }
        });
    }

    /** A grid of samples as PNG, dark strokes on white as on screen. */
    public static void gridPng(SampleGrid grid, Path file) throws IOException {
        png(GridImages.render(grid, true).toBufferedImage(), file);
    }

    public static void metricsCsv(List<IterationMetrics> rows, Path file) throws IOException {
        RunFiles.writeMetrics(file, rows);
    }

    /** One frame per epoch, with the curves up to it when {@code curves} is not null. */
    public static void progressionGif(List<EpochGrid> epochs, List<IterationMetrics> curves, Path file)
            throws IOException {
        ProgressionGif.write(file, epochs, curves);
    }
}
