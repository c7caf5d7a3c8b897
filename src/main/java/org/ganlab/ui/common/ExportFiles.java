package org.ganlab.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file an Export item writes, asked of the user with the one dialog the lab and the playground share. */
public final class ExportFiles {
    private ExportFiles() {
    }

    /** The file chosen in a save dialog titled {@code title} for files ending in {@code extension}; empty if none. */
    public static Optional<Path> choose(Window owner, String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
