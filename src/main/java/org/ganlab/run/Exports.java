package org.ganlab.run;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
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

    /** An image (a chart's snapshot, a grid, the curves) as PNG, written whole or not at all. */
    public static void png(RenderedImage image, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
            try (ImageOutputStream stream = memoryStream(out)) {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
        });
    }

    /**
     * An image stream over {@code out} that buffers in memory: ImageIO's default buffers in a temporary file outside
     * the run's folder and registers a shutdown hook for it, which fails when a picture is written while the process
     * is shutting down (the last epoch of a run stopped by SIGTERM).
     */
    static ImageOutputStream memoryStream(OutputStream out) {
        return new MemoryCacheImageOutputStream(out);
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
