package org.ganlab.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The folder dialog every view uses: open a run, save a run, choose a picture folder. */
public final class Folders {
    private Folders() {
    }

    /** Asks for a folder; empty when the user cancels. */
    public static Optional<Path> choose(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(owner);
        return Optional.ofNullable(dir).map(File::toPath);
    }
}
