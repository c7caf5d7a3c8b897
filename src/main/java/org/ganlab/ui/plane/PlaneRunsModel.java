package org.ganlab.ui.plane;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.ganlab.config.PlaneData;
import org.ganlab.config.PlanePreset;
import org.ganlab.config.PlanePresets;
import org.ganlab.run.PlaneRunFolder;
import org.ganlab.run.RunFiles;
import org.ganlab.ui.common.BackgroundTasks;
import org.ganlab.ui.common.ViewModel;

/**
 * The playground's runs on disk, read and copied in the background for {@link PlaneModel}: a run to open (with the
 * run it opens beside), a run to compare with the one on the screen, a copy of the one on the screen. What goes
 * wrong is said in the status line, naming the folder.
 */
final class PlaneRunsModel implements ViewModel {
    /** A saved run and the saved run it opens beside (null for none). */
    record Opened(PlaneRunFolder saved, ComparedRun compared) {
    }

    private final BackgroundTasks tasks;
    private final Consumer<String> status;

    PlaneRunsModel(BackgroundTasks tasks, Consumer<String> status) {
        this.tasks = tasks;
        this.status = status;
    }

    /** The run saved in {@code dir}, beside the run saved in {@code other} (on the same data) unless that is null. */
    void open(Path dir, Path other, Consumer<Opened> then) {
        tasks.files(() -> {
            PlaneRunFolder saved = PlaneRunFolder.read(dir);
            return new Opened(saved, other == null ? null : compared(other, saved.settings().data()));
        }, then, e -> status.accept("could not open " + dir + ": " + BackgroundTasks.describe(e)));
    }

    /** The run saved in {@code dir}, to go beside a run on {@code data}; refused by name when on other data. */
    void compared(Path dir, PlaneData data, Consumer<ComparedRun> then) {
        tasks.files(() -> compared(dir, data), then, e -> status.accept(BackgroundTasks.describe(e)));
    }

    /** Copies the run in {@code from} into the new folder {@code to}. */
    void copy(Path from, Path to) {
        tasks.files(() -> {
            RunFiles.copyRun(from, to);
            return "saved a copy of " + from.getFileName() + " in " + to;
        }, status, e -> status.accept("could not save " + to + ": " + BackgroundTasks.describe(e)));
    }

    private static ComparedRun compared(Path dir, PlaneData data) throws IOException {
        PlaneRunFolder saved;
        try {
            saved = PlaneRunFolder.read(dir);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot compare with " + dir + ": " + BackgroundTasks.describe(e), e);
        }
        if (!saved.settings().data().equals(data)) {
            throw new IOException("cannot compare with " + dir + ": it trained on "
                    + DataChoices.of(saved.settings().data()) + ", the run on the screen on " + DataChoices.of(data)
                    + " (compare runs on the same data)");
        }
        String title = PlanePresets.find(saved.preset()).map(PlanePreset::title).orElse(saved.preset());
        return ComparedRun.saved(title + ", seed " + saved.settings().seed() + " (" + dir.getFileName() + ")",
                saved.checks(), saved.frames(), dir);
    }
}
