package org.ganlab.ui.lab;

import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.stage.Window;
import org.ganlab.records.EpochGrid;
import org.ganlab.records.PerEpoch;
import org.ganlab.ui.common.ExportFiles;
import org.ganlab.ui.common.ExportModel;
import org.ganlab.ui.run.ShownRunModel;

/**
 * The lab's File > Export items: each takes what the run on screen has, asks for a file and hands both to the
 * {@link ExportModel} the playground uses too.
 */
final class ExportActions {
    private final ShownRunModel shown;
    private final ExportModel exports;
    private final Window owner;

    ExportActions(ShownRunModel shown, ExportModel exports, Window owner) {
        this.shown = shown;
        this.exports = exports;
        this.owner = owner;
    }

    /**
     * The export a File > Export item names ("curves", "grid", "metrics", "gif", else the GIF with curves);
     * {@code curves} is the curves' pane, snapshotted only for that export.
     */
    void run(String what, Node curves) {
        switch (what) {
            case "curves" -> ExportFiles.choose(owner, "Export the curves", "png").ifPresent(file ->
                    exports.png(SwingFXUtils.fromFXImage(curves.snapshot(null, null), null), file));
            case "grid" -> grid();
            case "metrics" -> ExportFiles.choose(owner, "Export the metrics", "csv").ifPresent(file ->
                    exports.metrics(shown.metrics(), file));
            case "gif" -> progression(false);
            default -> progression(true);
        }
    }

    /** The grid of the epoch on screen. */
    private void grid() {
        Optional<EpochGrid> on = PerEpoch.find(shown.epochs(), shown.selectedEpochProperty().get());
        if (on.isEmpty()) {
            exports.nothing("grid");
            return;
        }
        ExportFiles.choose(owner, "Export the grid of epoch " + on.get().epoch(), "png").ifPresent(file ->
                exports.grid(on.get().grid(), file));
    }

    /** The run's grids, one frame per epoch (and the curves up to it), as an animated GIF. */
    private void progression(boolean withCurves) {
        if (shown.epochs().isEmpty()) {
            exports.nothing("epochs");
            return;
        }
        ExportFiles.choose(owner, "Export the run's progression", "gif").ifPresent(file ->
                exports.progression(shown.epochs(), withCurves ? shown.metrics() : null, file));
    }
}
