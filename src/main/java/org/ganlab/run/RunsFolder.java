package org.ganlab.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.ganlab.records.RunStatus;

/**
 * The folder the lab trains into: one folder per run, named by date, time and preset
 * ({@code 2026-12-04_15-30-12_mode-collapse}), so that a run that was never saved by hand is still there after a
 * restart and sorts by when it was trained. The default is {@code gan-lab-runs} in the user's home folder.
 */
public final class RunsFolder {
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss", Locale.ROOT);
    private final Path root;

    public RunsFolder(Path root) {
        this.root = root;
    }

    /** The per-user default: {@code ~/gan-lab-runs}. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), "gan-lab-runs");
    }

    public Path root() {
        return root;
    }

    /**
     * Makes the folder of a new run of {@code preset} started at {@code now} ({@code suffix} is added to the name when
     * not empty, for example "branch-e3"); a second run in the same second gets "-2" and so on.
     *
     * @throws IOException naming the runs folder when it cannot be created or written
     */
    public Path newRun(String preset, String suffix, LocalDateTime now) throws IOException {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new IOException("the runs folder " + root + " cannot be created (" + e + "); choose another under "
                    + "File > Runs folder", e);
        }
        String base = NAME.format(now) + "_" + safe(preset) + (suffix.isEmpty() ? "" : "_" + safe(suffix));
        for (int n = 1; ; n++) {
            Path dir = root.resolve(n == 1 ? base : base + "-" + n);
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException taken) {
                // the same second and preset: try the next number
            } catch (IOException e) {
                throw new IOException("cannot create a run folder in " + root + " (" + e + "); choose another runs "
                        + "folder under File > Runs folder", e);
            }
        }
    }

    /** A name that is safe as a folder name on every system: letters, digits, '-' and '_'. */
    static String safe(String name) {
        String s = name == null || name.isBlank() ? "run" : name.strip();
        return s.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    /** Removes a run folder that was made but never written to (its data could not be read, say); one with files stays. */
    public static void discardIfEmpty(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException notEmpty) {
            // the run wrote something: it stays, with its status
        }
    }

    /** A run of the runs folder and how it is named in a list: "stable · 2026-12-04 15:33 · stopped, 1 of 10 epochs". */
    public record Recent(Path dir, String label) { }

    /** The newest {@code max} runs with their labels, newest first. */
    public List<Recent> recentLabelled(int max) throws IOException {
        return recent(max).stream().map(d -> new Recent(d, label(d))).toList();
    }

    /** What a list of runs says of one: preset, when, how it ended (its folder's name when config.json is unreadable). */
    static String label(Path dir) {
        String name = dir.getFileName().toString();
        String when = name.length() >= 16 && name.charAt(10) == '_'
                ? name.substring(0, 10) + " " + name.substring(11, 16).replace('-', ':') : name;
        try {
            RunRecord r = RunRecords.read(dir.resolve(RunFiles.CONFIG));
            RunStatus status = r.status() == RunStatus.RUNNING && !RunLock.held(dir) ? RunStatus.INTERRUPTED
                    : r.status();
            return r.preset() + " · " + when + " · " + status.name().toLowerCase(Locale.ROOT) + ", "
                    + r.completedEpochs() + " of " + r.plannedEpochs() + " " + r.kind().epochs();
        } catch (IOException | RuntimeException e) {
            return name + " (unreadable: " + RunFiles.CONFIG + ")";
        }
    }

    /** The newest {@code max} run folders (those holding config.json), newest first. */
    public List<Path> recent(int max) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> runs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            entries.filter(d -> Files.isRegularFile(d.resolve(RunFiles.CONFIG))).forEach(runs::add);
        }
        runs.sort(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed());
        return runs.size() > max ? List.copyOf(runs.subList(0, max)) : List.copyOf(runs);
    }
}
