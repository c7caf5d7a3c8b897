package org.ganlab.ui.common;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.SampleGrid;
import org.ganlab.run.Exports;
import org.ganlab.run.ProgressionGif;

/**
 * What an Export item writes, in the lab and the playground alike: what is to be written is copied on the JavaFX
 * thread by the caller, the file is written in the background (whole or not at all, see {@link Exports}), and the
 * status line says what was written or why not. The views only ask the user for the file ({@link ExportFiles}).
 */
public final class ExportModel implements ViewModel {
    private interface Write {
        void to(Path file) throws IOException;
    }

    private final BackgroundTasks tasks;
    private final Consumer<String> status;

    /** {@code status}: the window's message line. */
    public ExportModel(BackgroundTasks tasks, Consumer<String> status) {
        this.tasks = tasks;
        this.status = status;
    }

    /** A picture as on screen (the curves' pane, the playground's plane), as a PNG. */
    public void png(RenderedImage image, Path file) {
        write(file, f -> Exports.png(image, f));
    }

    /** A grid of samples, dark strokes on white as on screen, as a PNG. */
    public void grid(SampleGrid grid, Path file) {
        write(file, f -> Exports.gridPng(grid, f));
    }

    /** A row per iteration (losses, accuracies, gradients), as CSV. */
    public void metrics(List<IterationMetrics> rows, Path file) {
        List<IterationMetrics> copy = List.copyOf(rows);
        write(file, f -> Exports.metricsCsv(copy, f));
    }

    /** A run's grids, one frame per epoch with its number (and, unless null, the curves up to it), as a GIF. */
    public void progression(List<EpochGrid> epochs, List<IterationMetrics> curves, Path file) {
        List<EpochGrid> frames = List.copyOf(epochs);
        List<IterationMetrics> rows = curves == null ? null : List.copyOf(curves);
        write(file, f -> Exports.progressionGif(frames, rows, f));
    }

    /** Pictures drawn already (the playground's checks), one frame each, as a GIF. */
    public void frames(List<BufferedImage> images, Path file) {
        List<BufferedImage> frames = List.copyOf(images);
        write(file, f -> ProgressionGif.writeFrames(f, frames));
    }

    /** Says that there is nothing of {@code what} to export yet ("no grid to export yet"). */
    public void nothing(String what) {
        status.accept("no " + what + " to export yet");
    }

    private void write(Path file, Write write) {
        tasks.files(() -> {
            write.to(file);
            return "exported " + file;
        }, status, e -> status.accept("could not write " + file + ": " + BackgroundTasks.describe(e)));
    }
}
