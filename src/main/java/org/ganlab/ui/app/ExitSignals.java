package org.ganlab.ui.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ctrl+C (SIGINT) and SIGTERM end the lab the way closing its window does, instead of the JVM's default (exit at
 * once, with native work possibly still running). Where the signals cannot be taken over, the lab's shutdown hook
 * still waits for native work.
 */
public final class ExitSignals {
    private static final Logger LOG = LoggerFactory.getLogger(ExitSignals.class);

    private ExitSignals() {
    }

    static void onTerminate(Runnable close) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> close.run());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                LOG.debug("SIG{} left to the JVM: {}", name, e.toString());
            }
        }
    }
}
