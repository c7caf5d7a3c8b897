package org.ganlab.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The lab's one root for what it ships beside the code (the bundled MNIST files, the classifier's weights, the
 * gallery and sweep records): the {@code ganlab.home} system property when set, else the application's own folder,
 * found from where its classes were loaded (the project's folder for {@code target/classes}, the folder above
 * {@code lib/} for an installed copy), so the lab and the CLI find their files whatever folder they start in. The
 * working folder is the last resort, when the classes come from nowhere that holds the shipped files.
 */
public final class Home {
    /** The system property that names the root. */
    public static final String PROPERTY = "ganlab.home";
    /** A file every copy of the lab ships; the folder that holds it is the root. */
    static final Path MARKER = Path.of("datasets", "mnist");

    private static final Path FOUND = find();

    private Home() {
    }

    /** The root itself. */
    public static Path root() {
        String home = System.getProperty(PROPERTY);
        return home == null || home.isBlank() ? FOUND : Path.of(home);
    }

    /** {@code relative} under the root. */
    public static Path resolve(Path relative) {
        return root().resolve(relative);
    }

    /** The nearest folder at or above the classes' location that holds the shipped files, else the working folder. */
    private static Path find() {
        CodeSource source = Home.class.getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
            try {
                return above(Path.of(source.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
                // a class loader with no file location: fall back on the working folder
            }
        }
        return Path.of("");
    }

    /** The nearest folder at or above {@code start} that holds {@link #MARKER}, else the working folder. */
    static Path above(Path start) {
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(MARKER))) {
                return p;
            }
        }
        return Path.of("");
    }
}
