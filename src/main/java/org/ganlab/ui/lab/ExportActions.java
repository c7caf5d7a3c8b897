package org.ganlab.ui.lab;

import java.io.File;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The lab's File > Export items: each asks for a file and hands it to the {@link ExportModel}. */
final class ExportActions {
    private final ExportModel exports;
    private final Window owner;

    ExportActions(ExportModel exports, Window owner) {
        this.exports = exports;
        this.owner = owner;
    }

    /**
     * The export a File > Export item names ("curves", "grid", "metrics", "gif", else the GIF with curves);
     * {@code curves} is the curves' pane, snapshotted only for that export.
     */
    void run(String what, Node curves) {
        switch (what) {
            case "curves" -> curves(curves.snapshot(null, null));
            case "grid" -> grid();
            case "metrics" -> metrics();
            case "gif" -> progression(false);
            default -> progression(true);
        }
    }

    /** The curves as on screen (a snapshot of their pane). */
    void curves(Image snapshot) {
        File file = choose("Export the curves", "png");
        if (file != null) {
            exports.curves(SwingFXUtils.fromFXImage(snapshot, null), file.toPath());
        }
    }

    /** The grid of the epoch on screen. */
    void grid() {
        exports.shownGrid().ifPresent(shown -> {
            File file = choose("Export the grid of epoch " + shown.epoch(), "png");
            if (file != null) {
                exports.grid(shown.grid(), file.toPath());
            }
        });
    }

    void metrics() {
        File file = choose("Export the metrics", "csv");
        if (file != null) {
            exports.metrics(file.toPath());
        }
    }

    /** The run's grids, one frame per epoch (and the curves up to it), as an animated GIF. */
    void progression(boolean withCurves) {
        if (exports.hasEpochs()) {
            File file = choose("Export the run's progression", "gif");
            if (file != null) {
                exports.progression(withCurves, file.toPath());
            }
        }
    }

    private File choose(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        return chooser.showSaveDialog(owner);
    }
}
