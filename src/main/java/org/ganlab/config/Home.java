package org.ganlab.config;

import java.nio.file.Path;

/**
 * The lab's one root for what it ships beside the code (the bundled MNIST files, the classifier's weights, the
 * gallery and sweep records): the {@code ganlab.home} system property when set, else the folder the lab was
 * started in (the project's folder, for {@code ./mvnw}).
 */
public final class Home {
    /** The system property that names the root. */
    public static final String PROPERTY = "ganlab.home";

    private Home() {
    }

    /** The root itself. */
    public static Path root() {
        String home = System.getProperty(PROPERTY);
        return home == null || home.isBlank() ? Path.of("") : Path.of(home);
    }

    /** {@code relative} under the root. */
    public static Path resolve(Path relative) {
        return root().resolve(relative);
    }
}
