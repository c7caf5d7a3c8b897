package org.ganlab.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.config.Home;
import org.ganlab.config.Presets;

/**
 * Recorded runs that ship with the lab (resources/gallery/NAME/, each a run directory made by the headless runner),
 * so a class can look at a full run without waiting. See resources/gallery/README.md for how they were made.
 */
public final class Gallery {
    /** Where the gallery lives, relative to the lab's folder (the repository). */
    public static final Path FOLDER = Path.of("resources", "gallery");

    /** A recorded run: its folder and a title for menus. */
    public record Entry(Path dir, String title) { }

    private Gallery() {
    }

    public static Path folder() {
        return Home.resolve(FOLDER);
    }

    /** The recorded runs in preset order; folders that are not runs are left out. */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        for (String preset : Presets.names()) {
            Path dir = folder.resolve(preset);
            Path config = dir.resolve(RunFiles.CONFIG);
            if (!Files.isRegularFile(config)) {
                continue;
            }
            try {
                RunRecord r = RunRecords.read(config);
                entries.add(new Entry(dir, Presets.get(preset).title() + " (" + r.completedEpochs() + " epochs, seed "
                        + r.config().seed() + ")"));
            } catch (IOException | RuntimeException e) {
                // an unreadable recording is left out of the menu rather than breaking it
            }
        }
        return entries;
    }
}
