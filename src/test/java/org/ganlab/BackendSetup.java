package org.ganlab;

import org.ganlab.backend.Backend;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Selects the native backend once, before any test touches ND4J (registered as a JUnit service). */
public class BackendSetup implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Backend.prepare();
    }
}
