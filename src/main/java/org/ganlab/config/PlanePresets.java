package org.ganlab.config;

import java.util.List;
import java.util.Optional;

/** The plane playground's presets, in the order of {@code plane-presets/index.json} on the class path. */
public final class PlanePresets {
    private static final String FOLDER = "/plane-presets/";

    private PlanePresets() {
    }

    public static List<PlanePreset> all() {
        return Loaded.ALL;
    }

    /** Read (and checked) the first time they are asked for. */
    private static final class Loaded {
        static final List<PlanePreset> ALL = load();
    }

    public static Optional<PlanePreset> find(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public static PlanePreset get(String name) {
        return find(name).orElseThrow(() -> new ConfigException(
                "preset", "unknown plane preset '" + name + "'; known: "
                        + String.join(", ", all().stream().map(PlanePreset::name).toList())));
    }

    /** The remedies that name {@code failure} as the failure they cure. */
    public static List<PlanePreset> curesOf(String failure) {
        return all().stream().filter(p -> failure.equals(p.cures())).toList();
    }

    private static List<PlanePreset> load() {
        List<PlanePreset> presets = BundledFiles.read(FOLDER, "plane preset", PlanePreset.class, PlanePreset::name);
        for (PlanePreset p : presets) {
            if (p.kind() != DataKind.POINTS) {
                throw new IllegalStateException("plane preset " + p.name() + " is of kind " + p.kind() + ", in the "
                        + "points' folder");
            }
            p.settings(1).problem().ifPresent(problem -> {
                throw new IllegalStateException("plane preset " + p.name() + ": " + problem);
            });
            if (p.cures() != null && presets.stream().noneMatch(f -> f.name().equals(p.cures()))) {
                throw new IllegalStateException("plane preset " + p.name() + " cures '" + p.cures()
                        + "', which is not a plane preset");
            }
        }
        return presets;
    }
}
