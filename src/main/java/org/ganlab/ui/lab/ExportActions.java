package org.ganlab.ui.lab;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ganlab.records.PerEpoch;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.run.Exports;

/**
 * The lab's File > Export items: each asks for a file, copies what it needs on the JavaFX thread and writes in the
 * background (see {@link Exports}), then says in the status line what was written or why not.
 */
final class ExportActions {
    private interface Write {
        void run() throws IOException;
    }

    private final LabViewModel model;
    private final BackgroundTasks tasks;
    private final Window owner;

    ExportActions(LabViewModel model, BackgroundTasks tasks, Window owner) {
        this.model = model;
        this.tasks = tasks;
        this.owner = owner;
    }

    /** The curves as on screen (a snapshot of their pane). */
    void curves(Image snapshot) {
        File file = choose("Export the curves", "png");
        if (file != null) {
            var buffered = SwingFXUtils.fromFXImage(snapshot, null);
            write(file.toPath(), () -> Exports.png(buffered, file.toPath()));
        }
    }

    /** The grid of the epoch on screen. */
    void grid() {
        int epoch = model.selectedEpochProperty().get();
        var grid = PerEpoch.find(model.epochs(), epoch);
        if (grid.isEmpty()) {
            model.messageProperty().set("no grid to export yet");
            return;
        }
        File file = choose("Export the grid of epoch " + epoch, "png");
        if (file != null) {
            var shown = grid.get().grid();
            write(file.toPath(), () -> Exports.gridPng(shown, file.toPath()));
        }
    }

    void metrics() {
        File file = choose("Export the metrics", "csv");
        if (file != null) {
            var rows = List.copyOf(model.metrics());
            write(file.toPath(), () -> Exports.metricsCsv(rows, file.toPath()));
        }
    }

    /** The run's grids, one frame per epoch with its number (and the curves up to it), as an animated GIF. */
    void progression(boolean withCurves) {
        if (model.epochs().isEmpty()) {
            model.messageProperty().set("no epochs to export yet");
            return;
        }
        File file = choose("Export the run's progression", "gif");
        if (file != null) {
            var epochs = List.copyOf(model.epochs());
            var rows = List.copyOf(model.metrics());
            write(file.toPath(), () -> Exports.progressionGif(epochs, withCurves ? rows : null, file.toPath()));
        }
    }

    private File choose(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return chooser.showSaveDialog(owner);
    }

    private void write(Path target, Write write) {
        tasks.files(() -> {
            write.run();
            return "exported " + target;
        }, model.messageProperty()::set,
                e -> model.messageProperty().set("could not write " + target + ": " + BackgroundTasks.describe(e)));
    }
}
