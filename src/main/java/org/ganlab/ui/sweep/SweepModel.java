package org.ganlab.ui.sweep;

import org.ganlab.ui.common.BackgroundTasks;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.session.Sweep;

/**
 * A sweep's table for {@link SweepView} to bind to: the rows read from the sweep's folder in the background, and the
 * title that says what was read (or why it could not be).
 */
public final class SweepModel {
    private final Path sweep;
    private final ReadOnlyObjectWrapper<List<Sweep.Row>> rows = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    public SweepModel(BackgroundTasks tasks, Path sweep) {
        this.sweep = sweep;
        title.set("Sweep " + sweep.getFileName() + ": reading…");
        tasks.files(() -> Sweep.rows(sweep), read -> {
            title.set("Sweep of " + read.size() + " runs in " + sweep.getFileName() + "; click a cell to open its run");
            rows.set(List.copyOf(read));
        }, e -> title.set("cannot read the sweep " + sweep + ": " + BackgroundTasks.describe(e)));
    }

    Path folder() {
        return sweep;
    }

    /** The table's rows, null until they have been read. */
    ReadOnlyObjectProperty<List<Sweep.Row>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
