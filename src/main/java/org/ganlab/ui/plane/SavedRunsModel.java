package org.ganlab.ui.plane;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ganlab.data.PlaneData;
import org.ganlab.session.PlaneRunFolder;
import org.ganlab.train.PlanePreset;
import org.ganlab.train.PlanePresets;
import org.ganlab.ui.common.BackgroundTasks;

/** Playground runs saved on disk, read for the screen: a run to open, and a run to go beside another. */
public final class SavedRunsModel {
    private SavedRunsModel() {
    }

    /** A saved run and the saved run it opens beside (null for none). */
    record Opened(PlaneRunFolder saved, ComparedRun compared) {
    }

    /** Whether {@code dir} holds a saved run of the playground. */
    public static boolean isSaved(Path dir) {
        return Files.isRegularFile(dir.resolve(PlaneRunFolder.RUN));
    }

    /** The run saved in {@code dir}, beside the run saved in {@code other} (on the same data) unless that is null. */
    static Opened read(Path dir, Path other) throws IOException {
        PlaneRunFolder saved = PlaneRunFolder.read(dir);
        return new Opened(saved, other == null ? null : compared(other, saved.settings().data()));
    }

    /** The run saved in {@code dir}, to go beside a run on {@code data}; refused by name when it trained on other data. */
    static ComparedRun compared(Path dir, PlaneData data) {
        PlaneRunFolder saved;
        try {
            saved = PlaneRunFolder.read(dir);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot compare with " + dir + ": " + BackgroundTasks.describe(e), e);
        }
        if (!saved.settings().data().equals(data)) {
            throw new IllegalArgumentException("cannot compare with " + dir + ": it trained on "
                    + DataChoiceModel.of(saved.settings().data()) + ", the run on the screen on "
                    + DataChoiceModel.of(data) + " (compare runs on the same data)");
        }
        String title = PlanePresets.find(saved.preset()).map(PlanePreset::title).orElse(saved.preset());
        return ComparedRun.saved(title + ", seed " + saved.settings().seed() + " (" + dir.getFileName() + ")",
                saved.checks(), saved.frames());
    }
}
