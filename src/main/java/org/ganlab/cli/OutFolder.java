package org.ganlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An output folder checked before any work: made if missing and written to once (a probe file, removed at once), so
 * that an unwritable place ({@code --out /proc/x}, a read-only disk) is refused in one line with status 2 before the
 * data is read or a model is built. {@link #discardIfUnused()} removes the folders it made when the command then
 * refuses for another reason, so a refusal leaves nothing behind.
 */
final class OutFolder {
    /** The folders made here, deepest last. */
    private final List<Path> made = new ArrayList<>();

    private OutFolder() {
    }

    /** Checks (and makes) {@code dir} for the option {@code option}; refuses with a one-line message otherwise. */
    static OutFolder writable(String option, Path dir) {
        if (dir.toString().isBlank()) {
            throw new GanLabCli.BadArgumentException(option + ": empty; name a folder");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new GanLabCli.BadArgumentException(option + ": " + dir + " is a file, not a folder");
        }
        OutFolder out = new OutFolder();
        try {
            List<Path> missing = new ArrayList<>();
            for (Path p = dir.toAbsolutePath(); p != null && !Files.exists(p); p = p.getParent()) {
                missing.add(0, p);
            }
            for (Path p : missing) {
                Files.createDirectory(p);
                out.made.add(p);
            }
            Path probe = Files.createTempFile(dir, ".gan-lab-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            out.discardIfUnused();
            throw new GanLabCli.BadArgumentException(option + ": cannot write to " + dir + " (" + reason(e)
                    + "); choose a folder you can write to");
        }
        return out;
    }

    /**
     * The folder of a new run: not the working folder itself and not a folder that already holds files (a run's
     * files would be mixed with them), then checked and made as {@link #writable}.
     */
    static OutFolder forNewRun(String option, Path dir) {
        if (!dir.toString().isBlank() && dir.toAbsolutePath().normalize().equals(Path.of("").toAbsolutePath())) {
            throw new GanLabCli.BadArgumentException(option + ": " + dir + " is the working folder itself; name a new "
                    + "folder for the run, for example runs/NAME");
        }
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new GanLabCli.BadArgumentException(option + ": " + dir + " already holds files; name a new "
                            + "or empty folder for the run");
                }
            } catch (IOException e) {
                throw new GanLabCli.BadArgumentException(option + ": cannot read " + dir + " (" + reason(e) + ")");
            }
        }
        return writable(option, dir);
    }

    /**
     * A file to be written: not a folder, in a folder that can be written to (made if missing), checked before any
     * work so that a refusal costs nothing and leaves nothing behind.
     */
    static OutFolder forFile(String option, Path file) {
        if (file.toString().isBlank()) {
            throw new GanLabCli.BadArgumentException(option + ": empty; name a file");
        }
        if (Files.isDirectory(file)) {
            throw new GanLabCli.BadArgumentException(option + ": " + file + " is a folder; name a file");
        }
        return writable(option, file.toAbsolutePath().getParent());
    }

    private static String reason(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return kind.isBlank() ? e.toString() : kind;
    }

    /** Removes the folders this check made, deepest first, as long as they are still empty. */
    void discardIfUnused() {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException notEmpty) {
                return;
            }
        }
    }
}
