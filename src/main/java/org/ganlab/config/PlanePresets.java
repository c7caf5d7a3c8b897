package org.ganlab.config;

import java.util.List;
import java.util.Optional;

/** The plane playground's presets, in the order of {@code plane-presets/index.json} on the class path. */
public final class PlanePresets {
    private static final String FOLDER = "/plane-presets/";

    private PlanePresets() {
    }

    public static List<PlanePreset> all() {
        return Loaded.SHELF.presets();
    }

    /** Read (and checked) the first time they are asked for. */
    private static final class Loaded {
        static final Shelf<PlanePreset> SHELF = new Shelf<>("plane preset", load());
    }

    public static Optional<PlanePreset> find(String name) {
        return Loaded.SHELF.find(name);
    }

    public static PlanePreset get(String name) {
        return Loaded.SHELF.get(name);
    }

    /** The remedies that name {@code failure} as the failure they cure. */
    public static List<PlanePreset> curesOf(String failure) {
        return Loaded.SHELF.curesOf(failure);
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
