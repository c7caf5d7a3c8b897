package org.ganlab.ui.lab;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.PerEpoch;
import org.ganlab.records.SampleGrid;
import org.ganlab.run.Exports;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * What File > Export writes, and how: what is to be written is copied on the JavaFX thread, the file is written in
 * the background (whole or not at all, see {@link Exports}), and the status line says what was written or why not.
 * The view only asks the user for the file.
 */
final class ExportModel implements ViewModel {
    private interface Write {
        void run() throws IOException;
    }

    private final LabViewModel model;
    private final BackgroundTasks tasks;

    ExportModel(LabViewModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
    }

    /** The curves as on screen (a snapshot of their pane). */
    void curves(RenderedImage snapshot, Path file) {
        write(file, () -> Exports.png(snapshot, file));
    }

    /** The epoch on screen with its grid, if it has one to export; otherwise the status line says there is none. */
    Optional<EpochGrid> shownGrid() {
        Optional<EpochGrid> shown = PerEpoch.find(model.shown().epochs(), model.shown().selectedEpochProperty().get());
        if (shown.isEmpty()) {
            model.say("no grid to export yet");
        }
        return shown;
    }

    /** A grid, dark strokes on white as on screen. */
    void grid(SampleGrid grid, Path file) {
        write(file, () -> Exports.gridPng(grid, file));
    }

    void metrics(Path file) {
        var rows = List.copyOf(model.shown().metrics());
        write(file, () -> Exports.metricsCsv(rows, file));
    }

    /** Whether there are epochs to animate; if not, the status line says so. */
    boolean hasEpochs() {
        if (model.shown().epochs().isEmpty()) {
            model.say("no epochs to export yet");
            return false;
        }
        return true;
    }

    /** The run's grids, one frame per epoch with its number (and the curves up to it), as an animated GIF. */
    void progression(boolean withCurves, Path file) {
        var epochs = List.copyOf(model.shown().epochs());
        var rows = List.copyOf(model.shown().metrics());
        write(file, () -> Exports.progressionGif(epochs, withCurves ? rows : null, file));
    }

    private void write(Path target, Write write) {
        tasks.files(() -> {
            write.run();
            return "exported " + target;
        }, model::say,
                e -> model.say("could not write " + target + ": " + BackgroundTasks.describe(e)));
    }
}
