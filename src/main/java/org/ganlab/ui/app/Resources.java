package org.ganlab.ui.app;

import java.net.URL;

/** Loads the UI's own resources and fails loudly, naming the file, when one is missing. */
public final class Resources {
    private Resources() {
    }

    static URL url(String name) {
        URL url = Resources.class.getResource("/org/ganlab/ui/" + name);
        if (url == null) {
            throw new IllegalStateException("missing UI resource org/ganlab/ui/" + name);
        }
        return url;
    }
}
