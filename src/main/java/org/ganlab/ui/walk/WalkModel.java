package org.ganlab.ui.walk;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.SampleGrid;
import org.ganlab.session.SavedGenerators;
import org.ganlab.train.LatentWalk;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * The latent walk's state and I/O, for {@link LatentWalkView} to bind to: which run and epoch, the strip last drawn
 * and what the status line says. G after the walk's epoch is read from the run's checkpoint by the first walk and
 * kept for the next, on the native owner (the only thread that touches {@link #walker}); walks are latest-wins.
 */
public final class WalkModel implements ViewModel {
    static final int STEPS = 10;
    static final double RANGE = 3.0;

    private final BackgroundTasks tasks;
    private final Path run;
    private final ExperimentConfig config;
    private final int epoch;
    private final ReadOnlyObjectWrapper<SampleGrid> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** G after the walk's epoch, loaded by the first walk (used on the native owner only). */
    private LatentWalk.Walker walker;

    public WalkModel(BackgroundTasks tasks, Path run, ExperimentConfig config, int epoch) {
        this.tasks = tasks;
        this.run = run;
        this.config = config;
        this.epoch = epoch;
    }

    ExperimentConfig config() {
        return config;
    }

    int epoch() {
        return epoch;
    }

    /** The strip last drawn: the newest walk asked for, once it has been drawn. */
    ReadOnlyObjectProperty<SampleGrid> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Draws the walk along {@code dimension} (for a conditional G, of {@code digit}) in the background. */
    void walk(int dimension, int digit) {
        status.set("drawing…");
        tasks.latest("latent walk", () -> walker().walk(dimension, STEPS, RANGE, digit), grid -> {
            status.set("left: dimension " + dimension + " = -" + RANGE + "   right: +" + RANGE
                    + (config.conditional() ? "   (G asked for " + digit + "s)" : ""));
            shown.set(grid);
        }, e -> status.set("cannot walk: " + BackgroundTasks.describe(e)));
    }

    private LatentWalk.Walker walker() throws IOException {
        if (walker == null) {
            boolean pictures = !config.imageFolder().isBlank();
            walker = new LatentWalk.Walker(config, SavedGenerators.after(run, epoch),
                    pictures ? config.imageSize() : 28, pictures && config.colour() ? 3 : 1);
        }
        return walker;
    }
}
