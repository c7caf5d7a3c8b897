package org.ganlab.ui.app;

import javafx.application.Application;
import org.ganlab.backend.Backend;

/** Plain main class (JavaFX is on the class path, not the module path): selects the natives, then opens the lab. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Backend.prepare();
        Application.launch(GanLabApp.class, args);
    }
}
