package org.ganlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    private static String reason(Exception e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
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
