package org.ganlab.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.ganlab.run.RunsFolder;

/**
 * What the lab was started with: {@code --runs DIR} (or {@code --runs=DIR}) for the folder new runs go into,
 * {@code --preset NAME} for the experiment shown (a plane preset opens the 2-D playground with it), {@code --start} to
 * start training it at once, a run folder or a lesson's file to open at once, and with a playground run
 * {@code --compare DIR}, the saved playground run to put beside it. Without {@code --runs}, the folder chosen last time
 * (File > Runs folder), else {@link RunsFolder#defaultRoot()}.
 */
public record LaunchArguments(Path runsFolder, Optional<Path> run, Optional<String> preset, boolean start,
                              Optional<Path> compare) {
    static final String RUNS_FOLDER = "runsFolder";

    static LaunchArguments parse(List<String> raw, Preferences prefs) {
        Path runs = null;
        Path open = null;
        String preset = null;
        boolean start = false;
        Path compare = null;
        for (int i = 0; i < raw.size(); i++) {
            String a = raw.get(i);
            if (a.equals("--runs") && i + 1 < raw.size()) {
                runs = Path.of(raw.get(++i));
            } else if (a.startsWith("--runs=")) {
                runs = Path.of(a.substring("--runs=".length()));
            } else if (a.equals("--preset") && i + 1 < raw.size()) {
                preset = raw.get(++i);
            } else if (a.startsWith("--preset=")) {
                preset = a.substring("--preset=".length());
            } else if (a.equals("--compare") && i + 1 < raw.size()) {
                compare = Path.of(raw.get(++i));
            } else if (a.startsWith("--compare=")) {
                compare = Path.of(a.substring("--compare=".length()));
            } else if (a.equals("--start")) {
                start = true;
            } else if (open == null && !a.startsWith("--")) {
                open = Path.of(a);
            }
        }
        if (runs == null) {
            String remembered = prefs == null ? null : prefs.get(RUNS_FOLDER, null);
            runs = remembered == null ? RunsFolder.defaultRoot() : Path.of(remembered);
        }
        return new LaunchArguments(runs, Optional.ofNullable(open).filter(p -> Files.isDirectory(p)
                        || Files.isRegularFile(p)),
                Optional.ofNullable(preset), start, Optional.ofNullable(compare));
    }
}
